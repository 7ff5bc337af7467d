import { randomUUID } from "node:crypto";
import { parse } from "graphql";
import { createClient, type Client, type FormattedExecutionResult as ExecutionResult } from "graphql-ws";
import WebSocket from "ws";
import type { Harness } from "../helpers/harness.js";
import type { WiseEvent } from "../../src/live/wise-event.js";

/** How a connection ended, as the client saw it. */
export interface Closed {
  code: number;
  reason: string;
}

/** A real graphql-ws client of the harness, acting with `token` (none: no connectionParams). */
export interface TestClient {
  client: Client;
  /** Resolves with the close code and reason once the server closes the connection. */
  closed: Promise<Closed>;
  /** Resolves once the server acknowledged `connection_init`. */
  connected: Promise<void>;
  dispose(): Promise<void>;
}

export function wsClient(h: Harness, token: string | null, connectionParams?: Record<string, unknown>, webSocketImpl: unknown = WebSocket): TestClient {
  let onClosed!: (closed: Closed) => void;
  const closed = new Promise<Closed>((resolve) => (onClosed = resolve));
  let onConnected!: () => void;
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const client = createClient({
    url: h.wsUrl,
    webSocketImpl,
    connectionParams: connectionParams ?? (token ? { authorization: `Bearer ${token}` } : undefined),
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => {},
    on: {
      connected: () => onConnected(),
      closed: (event) => {
        const { code, reason } = event as { code: number; reason: string };
        onClosed({ code, reason: String(reason) });
      },
    },
  });
  return { client, closed, connected, dispose: () => client.dispose() as Promise<void> };
}

/** One subscription's results as they arrive, with a way to wait for the next ones. */
export interface Stream<TData> {
  results: ExecutionResult<TData, unknown>[];
  /** Set when the server ended the subscription with an error message. */
  error: unknown;
  /** Resolves when the subscription ended (complete or error). */
  done: Promise<void>;
  /** Waits until `count` results have arrived (or fails after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ExecutionResult<TData, unknown>[]>;
  unsubscribe(): void;
}

export function subscribe<TData = Record<string, unknown>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
  extensions?: Record<string, unknown>,
): Stream<TData> {
  const results: ExecutionResult<TData, unknown>[] = [];
  const waiters: Array<() => void> = [];
  let onDone!: () => void;
  const done = new Promise<void>((resolve) => (onDone = resolve));
  const stream: Stream<TData> = {
    results,
    error: undefined,
    done,
    async waitFor(count, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (results.length < count) {
        if (Date.now() > deadline) throw new Error(`waited ${timeoutMs} ms for ${count} results, got ${results.length}: ${JSON.stringify(results)}`);
        await Promise.race([new Promise<void>((resolve) => waiters.push(resolve)), new Promise((resolve) => setTimeout(resolve, 50)), done]);
      }
      return results.slice(0, count);
    },
    unsubscribe: () => unsubscribe(),
  };
  const unsubscribe = client.subscribe<TData>(
    { query, variables, extensions },
    {
      next: (result) => {
        results.push(result);
        for (const waiter of waiters.splice(0)) waiter();
      },
      error: (error) => {
        stream.error = error;
        onDone();
      },
      complete: () => onDone(),
    },
  );
  return stream;
}

/** A `transfers#state-change` event as the webhook receiver publishes it, in Wise's data shape (schema 2.0.0). */
export function transferStateChange(profileId: number, transferId: number, previous: string | null, current: string, occurredAt = new Date().toISOString()): WiseEvent {
  return {
    eventType: "transfers#state-change",
    deliveryId: randomUUID(),
    schemaVersion: "2.0.0",
    profileId: String(profileId),
    resourceKey: `transfer:${transferId}`,
    occurredAt,
    receivedAt: Date.now(),
    test: false,
    data: {
      resource: { type: "transfer", id: transferId, profile_id: profileId, account_id: 0 },
      current_state: current,
      previous_state: previous,
      occurred_at: occurredAt,
    },
  };
}

/** Waits until `check` holds, polling (for server-side effects such as a registered subscription). */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export const TRANSFER_STATE_CHANGED = `subscription($profileId: ID!, $transferId: ID) {
  transferStateChanged(profileId: $profileId, transferId: $transferId) { previousStatus currentStatus transferId transfer { id wiseId status } }
}`;

export interface SeededTransfer {
  id: string;
  wiseId: number;
  status: string;
}

/** A user's personal profile's global id and its first transfers, read over HTTP. */
export async function personalProfile(h: Harness, token: string): Promise<{ id: string; transfers: SeededTransfer[] }> {
  const response = await h.request<{ profiles: { id: string; __typename: string; transfers: { nodes: SeededTransfer[] } }[] }, never>(
    parse("{ profiles { id __typename transfers(first: 3) { nodes { id wiseId status } } } }") as never,
    undefined,
    { token },
  );
  const personal = response.body.data!.profiles.find((p) => p.__typename === "PersonalProfile")!;
  return { id: personal.id, transfers: personal.transfers.nodes };
}

/** Any Wise event as the webhook receiver publishes it, with `data` in Wise's shape for its type. */
export function wiseEvent(eventType: string, profileId: number, data: Record<string, unknown>, schemaVersion = "2.0.0"): WiseEvent {
  return {
    eventType,
    deliveryId: randomUUID(),
    schemaVersion,
    profileId: String(profileId),
    resourceKey: null,
    occurredAt: "2026-01-02T03:04:05.000Z",
    receivedAt: Date.now(),
    test: false,
    data,
  };
}
