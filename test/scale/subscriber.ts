// A graphql-ws client as a browser would hold one, for the multi-instance tests: it keeps every
// message it receives, and can be given several server URLs to try in turn when its connection
// drops (as a client behind a load balancer reaches another instance).

import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export interface Subscriber<TData> {
  /** Every message's data, in the order received. */
  readonly messages: TData[];
  /** Errors the subscription ended with, and error results. */
  readonly errors: unknown[];
  /** The URL of each connection it has had acknowledged, in order. */
  readonly connections: string[];
  /** Resolves once `predicate` holds for the messages so far (checked on every message). */
  waitFor(predicate: (messages: TData[]) => boolean, timeoutMs?: number, what?: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Subscribes with `query` on the first of `urls` (ws://…/graphql). When the connection drops it
 * reconnects (up to `retryAttempts` times, quickly) to the next URL in turn, and graphql-ws sends
 * the subscription again on the new connection.
 */
export function subscribe<TData>(options: { urls: string[]; token: string; query: string; variables: Record<string, unknown>; retryAttempts?: number }): Subscriber<TData> {
  const messages: TData[] = [];
  const errors: unknown[] = [];
  const connections: string[] = [];
  const waiters = new Set<() => void>();
  let attempt = 0;
  let current = "";
  const client: Client = createClient({
    url: () => {
      current = options.urls[attempt++ % options.urls.length]!;
      return current;
    },
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${options.token}` },
    lazy: false,
    retryAttempts: options.retryAttempts ?? 0,
    retryWait: () => new Promise((resolve) => setTimeout(resolve, 100)),
    // A connection that ends for good reaches the subscription's error sink (kept in `errors`).
    onNonLazyError: () => undefined,
    on: { connected: () => connections.push(current) },
  });
  client.subscribe<TData>(
    { query: options.query, variables: options.variables },
    {
      next: (result) => {
        if (result.errors) errors.push(result.errors);
        if (result.data) messages.push(result.data);
        for (const wake of [...waiters]) wake();
      },
      error: (error) => {
        errors.push(error);
        for (const wake of [...waiters]) wake();
      },
      complete: () => undefined,
    },
  );
  return {
    messages,
    errors,
    connections,
    waitFor(predicate, timeoutMs = 10_000, what = "the expected messages") {
      if (predicate(messages)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${what} within ${timeoutMs} ms; got ${JSON.stringify(messages).slice(0, 1500)}; errors ${JSON.stringify(errors).slice(0, 500)}`));
        }, timeoutMs);
        const check = () => {
          if (!predicate(messages)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      });
    },
    close: () => client.dispose() as Promise<void>,
  };
}
