// Many GraphQL subscribers at once: one graphql-ws client (its own WebSocket) per subscriber, as
// many browsers would hold, each subscribed to one operation. Every message is stamped on arrival
// with a wall clock that other processes on this machine share, so that a latency can be taken
// from a moment recorded elsewhere (the webhook's POST).

import { performance } from "node:perf_hooks";
import { createClient } from "graphql-ws";
import WebSocket from "ws";

/** Milliseconds since the epoch with sub-millisecond resolution, comparable across processes. */
export const wallClock = () => performance.timeOrigin + performance.now();

/**
 * Opens `count` clients on `url` (ws://…/graphql), the i-th with `tokens[i % tokens.length]` in
 * its connectionParams, each subscribed once to `query` with `variables`. Resolves once every
 * client's connection is acknowledged (at most `concurrency` handshakes at a time, so that the
 * server is not also measured on a connection storm). `onNext(payload, index, atMs)` sees every
 * message; an error or an early end of a subscription is counted and kept.
 */
export async function openSubscribers({ url, count, tokens, query, variables, onNext, concurrency = 50, connectTimeoutMs = 30_000 }) {
  const clients = [];
  const failures = [];
  let ended = 0;
  const open = (index) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`subscriber ${index} got no connection_ack within ${connectTimeoutMs} ms`)), connectTimeoutMs);
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${tokens[index % tokens.length]}` },
        lazy: false,
        // A benchmark counts what a dropped connection loses instead of reconnecting.
        retryAttempts: 0,
        on: {
          connected: () => {
            clearTimeout(timer);
            resolve();
          },
          closed: (event) => {
            clearTimeout(timer);
            reject(new Error(`subscriber ${index} closed before it was acknowledged: ${event?.code ?? ""} ${event?.reason ?? ""}`));
          },
        },
      });
      clients.push(client);
      client.subscribe(
        { query, variables },
        {
          next: (result) => {
            const at = wallClock();
            if (result.errors) failures.push(`subscriber ${index}: ${JSON.stringify(result.errors).slice(0, 300)}`);
            else onNext(result.data, index, at);
          },
          error: (error) => failures.push(`subscriber ${index}: ${describe(error)}`),
          complete: () => ended++,
        },
      );
    });
  let next = 0;
  const worker = async () => {
    while (next < count) await open(next++);
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  } catch (error) {
    await Promise.all(clients.map((client) => client.dispose()));
    throw error;
  }
  return {
    /** Messages that were errors, and errors that ended a subscription. */
    failures,
    /** Subscriptions the server completed (it should complete none while they are measured). */
    get ended() {
      return ended;
    },
    /** Closes every client. */
    close: () => Promise.all(clients.map((client) => client.dispose())),
  };
}

function describe(error) {
  if (Array.isArray(error)) return JSON.stringify(error).slice(0, 300);
  if (error && typeof error === "object" && "code" in error) return `closed ${error.code} ${error.reason ?? ""}`;
  return String(error?.message ?? error);
}
