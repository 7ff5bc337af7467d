// Public entry point: starts an embedded Wise sandbox (a real HTTP server faithful to
// Wise's REST contract) on a free port by default. Used by the GraphQL server when no
// Wise credentials are configured, and by every test and benchmark.

import { createPublicKey } from "node:crypto";
import type { AddressInfo } from "node:net";
import { DEMO_CLIENT } from "./api/oauth/tokens.js";
import { Faults, type SandboxFaults } from "./faults.js";
import { WISE_ROUTES } from "./api/index.js";
import { createSandboxServer } from "./server.js";
import { Stats } from "./stats.js";
import { Store } from "./store.js";
import { WebhookDeliveryQueue, type WebhookDeliveryStats } from "./webhooks/delivery-queue.js";
import { WISE_DELIVERY_TIMEOUT_MS, webhookKeyPair } from "./webhooks/dispatcher.js";
import { checkRetryDelays, WISE_RETRY_DELAYS_MS } from "./webhooks/retry-schedule.js";

export interface DemoUser {
  name: string;
  /** Bearer token for this user. */
  token: string;
  userId: number;
  personalProfileId: number;
  businessProfileId: number;
  /** The PIN that clears this user's PIN challenges. */
  pin: string;
  /** The code every SMS, WhatsApp or voice challenge of this user accepts. */
  otp: string;
}

export interface SandboxOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Interface to bind; default 127.0.0.1. */
  host?: string;
  /** Fixed delay added to every Wise-route request, in ms (default 0). */
  latencyMs?: number;
  /** Clock for market data ("current" rates); defaults to Date.now. Seeded data never uses it. */
  now?: () => number;
  /**
   * The public key (PEM) of the personal-token SCA flow: a gated call that carries a one-time
   * token signed with the matching private key in `X-Signature` passes without challenges.
   */
  scaPublicKey?: string;
  /** Lifetime of the access tokens POST /oauth/token issues, in seconds (Wise's: 12 hours, the default); tests shorten it. */
  accessTokenTtlSeconds?: number;
  /**
   * The gaps between attempts at a webhook delivery its receiver did not acknowledge, in ms: at
   * most 24 (25 attempts). Default: Wise's schedule of about two weeks (1 minute doubling up to
   * a day); tests shorten it.
   */
  webhookRetryDelaysMs?: readonly number[];
  /** How long a webhook receiver has to answer one attempt with a 2xx, in ms (Wise's 5 s by default). */
  webhookTimeoutMs?: number;
  /** Unfinished webhook deliveries one subscription may hold (default 1000); a new one beyond it drops the oldest. */
  webhookQueueLimit?: number;
}

/** Unfinished webhook deliveries a subscription may hold by default. */
export const DEFAULT_WEBHOOK_QUEUE_LIMIT = 1000;

/** The sandbox's demo partner client: Basic-auth credentials for POST /oauth/token. */
export interface DemoClient {
  id: string;
  secret: string;
  /** The redirect URL registered for it, which the `authorization_code` grant must name. */
  redirectUri: string;
}

export interface RunningSandbox {
  /** Base URL without trailing slash, e.g. http://127.0.0.1:PORT. */
  url: string;
  port: number;
  /** The demo users whose calls never ask for strong customer authentication: alice and bob. */
  users: DemoUser[];
  /** The demo partner client (client credentials). */
  client: DemoClient;
  /** The demo users whose transfer funding asks for strong customer authentication, as Wise does in the EEA: dana. */
  scaUsers: DemoUser[];
  /** Stops listening and closes keep-alive sockets too (and hung, dripping or delayed requests). */
  close(): Promise<void>;
  /** In-process access to the state, for tests; HTTP clients use /__sandbox/*. */
  store: Store;
  /** Fault injection, same registry as /__sandbox/faults: add({route, fault, ...}), list(), remove(id), clear(). */
  faults: SandboxFaults;
  /** The public key (PEM) the sandbox's webhooks are signed with, which a receiver must trust. */
  webhookPublicKey: string;
  /** What webhook delivery has done so far: attempts, delivered, given up, dropped, cancelled, pending. */
  webhookDeliveryStats(): WebhookDeliveryStats;
}

export type { StatsSnapshot } from "./stats.js";
export type { WebhookDeliveryStats } from "./webhooks/delivery-queue.js";
export type { Fault, FaultInfo, FaultSpec, FaultType, SandboxFaults } from "./faults.js";
export { FaultSpecError } from "./faults.js";
export { Store } from "./store.js";
/** Every Wise route the sandbox serves (method and path template), for the contract and coverage tools. */
export { WISE_ROUTES } from "./api/index.js";

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? "127.0.0.1";
  const store = new Store();
  if (options.accessTokenTtlSeconds !== undefined) store.oauth.accessTokenTtlSeconds = options.accessTokenTtlSeconds;
  const stats = new Stats();
  const webhookKeys = webhookKeyPair();
  const deliveries = new WebhookDeliveryQueue({
    privateKey: webhookKeys.privateKey,
    retryDelaysMs: checkRetryDelays(options.webhookRetryDelaysMs ?? WISE_RETRY_DELAYS_MS),
    timeoutMs: positive(options.webhookTimeoutMs ?? WISE_DELIVERY_TIMEOUT_MS, "webhookTimeoutMs"),
    maxPendingPerSubscription: positive(options.webhookQueueLimit ?? DEFAULT_WEBHOOK_QUEUE_LIMIT, "webhookQueueLimit"),
  });
  store.webhooks.setSink(
    (delivery) => deliveries.enqueue(delivery),
    (subscriptionId) => deliveries.cancel(subscriptionId),
  );
  const faults = new Faults({
    routes: WISE_ROUTES.map((def) => `${def.method} ${def.path}`),
    users: () => [...store.users.values()].map((u) => u.name),
  });
  const server = createSandboxServer({
    store,
    stats,
    latencyMs: Math.max(0, options.latencyMs ?? 0),
    now: options.now ?? Date.now,
    faults,
    scaPublicKey: options.scaPublicKey ? createPublicKey(options.scaPublicKey) : null,
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  const demo = [...store.users.values()].map((u) => ({
    user: {
      name: u.name,
      token: u.token,
      userId: u.id,
      personalProfileId: u.personalProfileId,
      businessProfileId: u.businessProfileId,
      pin: u.pin,
      otp: u.otp,
    },
    scaGated: u.scaGated,
  }));
  const users: DemoUser[] = demo.filter((d) => !d.scaGated).map((d) => d.user);
  const scaUsers: DemoUser[] = demo.filter((d) => d.scaGated).map((d) => d.user);
  let closing: Promise<void> | null = null;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    users,
    client: { ...DEMO_CLIENT },
    scaUsers,
    store,
    faults,
    webhookPublicKey: webhookKeys.publicKeyPem,
    webhookDeliveryStats: () => deliveries.stats(),
    close: () => {
      closing ??= Promise.all([
        new Promise<void>((resolve, reject) => {
          faults.shutdown();
          server.close((err) => (err ? reject(err) : resolve()));
          server.closeAllConnections();
        }),
        deliveries.close(),
      ]).then(() => undefined);
      return closing;
    },
  };
}

/** A whole number above 0 from the options; a RangeError names the option otherwise. */
function positive(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value <= 0) throw new RangeError(`${name}: a whole number above 0`);
  return value;
}
