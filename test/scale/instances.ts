// Two GraphQL server processes (A and B) on one Redis and one sandbox, as a deployment with
// several instances behind a load balancer runs them: both point at the sandbox as their Wise
// (WISE_API_URL), share REDIS_URL, and trust the sandbox's webhook signing key.

import { randomUUID } from "node:crypto";
import { print } from "graphql";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { RunningSandbox } from "../../src/sandbox/index.js";
import { webhookKeyPair } from "../../src/sandbox/webhooks/dispatcher.js";
import { startServerProcess, type ServerProcess } from "../helpers/server-process.js";
import { deliver, transferStateChange } from "../webhooks/deliveries.js";

/** Starts one instance: the server bundle in its own process, on the shared sandbox and Redis. */
export function startInstance(sandbox: RunningSandbox, redisUrl: string): Promise<ServerProcess> {
  return startServerProcess({
    WISE_API_URL: sandbox.url,
    WISE_API_TOKEN: sandbox.users[0]!.token,
    REDIS_URL: redisUrl,
    WISE_WEBHOOK_PUBLIC_KEY: sandbox.webhookPublicKey,
  });
}

/** The graphql-ws endpoint of an instance (same port and path as its HTTP endpoint). */
export const wsUrl = (server: ServerProcess): string => server.url.replace(/^http/, "ws");

/** One delivery as Wise sends it: the exact body and its delivery id (the same on every retry). */
export interface StateDelivery {
  body: string;
  deliveryId: string;
  /** The event's `occurred_at`, in ms: what tells its message apart. */
  occurredAtMs: number;
}

/** Wise's webhook timestamps: seconds, no fraction, UTC. */
const webhookTime = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

/** A `transfers#state-change` delivery of a transfer of `profileId`. */
export function stateChange(transferId: number, state: string, occurredAtMs: number, profileId: number): StateDelivery {
  return { body: transferStateChange(transferId, state, webhookTime(occurredAtMs), profileId), deliveryId: randomUUID(), occurredAtMs };
}

/** POSTs `delivery` to an instance's receiver, signed with the sandbox's webhook key; resolves with the HTTP status. */
export async function post(server: ServerProcess, delivery: StateDelivery): Promise<number> {
  const url = server.url.replace(/\/graphql$/, "/webhooks/wise");
  return (await deliver(url, { body: delivery.body, key: webhookKeyPair().privateKey, deliveryId: delivery.deliveryId })).status;
}

/** Sends a typed operation to an instance over HTTP with `token`; throws on GraphQL errors. */
export async function send<TData, TVariables>(server: ServerProcess, token: string, document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData> {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data: TData; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
