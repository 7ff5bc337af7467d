// Wise's JOSE public keys: the key its signed answers are checked with and the key bodies are
// encrypted to. Wise serves them to client-credentials tokens only, so they are fetched through
// the partner session; they are the same for every caller, so one process keeps each for a few
// minutes (Wise may rotate them) and every request shares it.

import { createPublicKey, type KeyObject } from "node:crypto";
import type { WiseClient } from "../client.js";
import { getWisePublicKey, type WiseKeyQuery } from "../endpoints/jose.js";
import { WiseApiError } from "../errors.js";
import type { PartnerSession } from "../partner-session.js";
import type { WiseJosePublicKey } from "../schemas/jose.js";

/** How long a fetched key is used before it is fetched again. */
export const WISE_KEY_TTL_MS = 10 * 60_000;

/** The key Wise signs its answers with (the only signing algorithm Wise's answers use). */
export const WISE_SIGNING_KEY: WiseKeyQuery = { scope: "PAYLOAD_SIGNING", algorithm: "ES512" };

/** The key bodies are encrypted to (RSA-OAEP-256, the one algorithm Wise accepts). */
export const WISE_ENCRYPTION_KEY: WiseKeyQuery = { scope: "PAYLOAD_ENCRYPTION", algorithm: "RSA_OAEP_256" };

interface Entry {
  answer: Promise<WiseJosePublicKey>;
  /** Epoch ms after which the key is fetched again; Infinity while the fetch is in flight. */
  expiresMs: number;
}

/**
 * Wise's public keys for one process. Concurrent misses share one fetch; a fetched key is kept for
 * the TTL; a failed fetch is not kept, so the next caller tries again. Only keys Wise served are
 * kept, so the entries are bounded by the few scope and algorithm pairs Wise knows.
 */
export class WiseKeyCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    readonly ttlMs = WISE_KEY_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(query: WiseKeyQuery, fetch: () => Promise<WiseJosePublicKey>): Promise<WiseJosePublicKey> {
    const name = `${query.scope} ${query.algorithm} ${query.version ?? "current"}`;
    const kept = this.entries.get(name);
    if (kept !== undefined && this.now() < kept.expiresMs) return kept.answer;
    const entry: Entry = { answer: fetch(), expiresMs: Infinity };
    this.entries.set(name, entry);
    entry.answer.then(
      () => {
        entry.expiresMs = this.now() + this.ttlMs;
      },
      () => {
        if (this.entries.get(name) === entry) this.entries.delete(name);
      },
    );
    return entry.answer;
  }
}

const caches = new WeakMap<WiseClient, WiseKeyCache>();

/** The key cache of one Wise client: one per process in production, one per server a test starts. */
export function wiseKeyCacheFor(client: WiseClient): WiseKeyCache {
  let cache = caches.get(client);
  if (cache === undefined) {
    cache = new WiseKeyCache();
    caches.set(client, cache);
  }
  return cache;
}

/** One request's access to Wise's public keys: the process's cache, filled through the partner session. */
export class WiseKeys {
  constructor(
    private readonly cache: WiseKeyCache,
    /** The partner session; throws when the server has no client credentials (a kept key is not handed out either). */
    private readonly partner: () => PartnerSession,
  ) {}

  /** Wise's public key for a JOSE use, as Wise publishes it (base64 DER). */
  async publicKey(query: WiseKeyQuery): Promise<WiseJosePublicKey> {
    const partner = this.partner();
    return this.cache.get(query, () => getWisePublicKey(partner, query));
  }

  /** The key Wise's signed answers are checked with. */
  signingKey(): Promise<KeyObject> {
    return this.keyFor(WISE_SIGNING_KEY);
  }

  /** The key bodies for Wise are encrypted to. */
  encryptionKey(): Promise<KeyObject> {
    return this.keyFor(WISE_ENCRYPTION_KEY);
  }

  /**
   * A key the SCA calls need. Wise refusing this fixed query is Wise's fault, not the caller's: it
   * is a bad answer, so it cannot read as a refusal of the PIN or payment the key was wanted for.
   */
  private async keyFor(query: WiseKeyQuery): Promise<KeyObject> {
    try {
      return keyObject(await this.publicKey(query));
    } catch (error) {
      if (!(error instanceof WiseApiError) || !REFUSALS.has(error.status ?? 0)) throw error;
      throw new WiseApiError("BAD_RESPONSE", error.status, error.details, null, error.operation, `${error.operation}: Wise did not serve its ${query.scope} key (${error.status})`);
    }
  }
}

/** The statuses a mutation reads as a refusal of its caller's input. */
const REFUSALS = new Set([400, 404, 409, 422]);

const keyObject = (key: WiseJosePublicKey): KeyObject => createPublicKey({ key: Buffer.from(key.keyMaterial.keyMaterial, "base64"), format: "der", type: "spki" });
