// Where each of Wise's event types names its profile, the resource whose state it carries, and
// when it happened: the event types disagree (`resource.profile_id`, `profile_id`,
// `resource.profileId`, `action.profile_id`, ...), so each has its rule. An event type not listed
// falls back to the usual places and carries no state (it is never dropped as out of date).

import { isJsonNumber, jsonNumberText } from "../wise/json.js";

type Data = Record<string, unknown>;

/** The value at a dotted path of the event's data, or undefined. */
function at(data: Data, path: string): unknown {
  let value: unknown = data;
  for (const part of path.split(".")) {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
    value = (value as Data)[part];
  }
  return value;
}

/** An id as a decimal or opaque string; null when absent or not a plain id. */
function id(data: Data, path: string): string | null {
  const value = at(data, path);
  // Numbers arrive exact (parseWiseJson); an id is a whole number of at most 15 digits.
  if (isJsonNumber(value)) return /^\d{1,15}$/.test(jsonNumberText(value)) ? String(Number(jsonNumberText(value))) : null;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  if (typeof value === "string" && /^[A-Za-z0-9_-]{1,100}$/.test(value)) return value;
  return null;
}

/** The first of the paths that holds an id. */
function firstId(data: Data, paths: readonly string[]): string | null {
  for (const path of paths) {
    const found = id(data, path);
    if (found !== null) return found;
  }
  return null;
}

/** The resource key `kind:<id>`, or null when the id is missing. */
function key(kind: string, data: Data, path: string): string | null {
  const found = id(data, path);
  return found === null ? null : `${kind}:${found}`;
}

interface SubjectRule {
  /** Where the profile id is, in order of preference. */
  profile: readonly string[];
  /** The resource whose state the event carries; absent for events that are news, not state (a credit, a challenge). */
  resource?: (data: Data) => string | null;
}

const PROFILE_PLACES = ["resource.profile_id", "profile_id", "resource.profileId", "profileId", "action.profile_id", "resource.details.profile_id"] as const;

const RULES: Record<string, SubjectRule> = {
  "transfers#state-change": { profile: ["resource.profile_id"], resource: (d) => key("transfer", d, "resource.id") },
  "transfers#active-cases": { profile: ["resource.profile_id"], resource: (d) => key("transfer", d, "resource.id") },
  "transfers#payout-failure": { profile: ["profile_id"] },
  "transfers#refund": { profile: ["resource.profile_id"] },
  "account-details-payment#state-change": { profile: ["resource.profile_id"], resource: (d) => key("account-details-payment", d, "transfer.id") },
  // Each credit is news of its own; an update carries the balance's amount after it, a state.
  "balances#credit": { profile: ["resource.profile_id"] },
  "balances#update": { profile: ["resource.profile_id"], resource: (d) => key("balance", d, "balance_id") },
  "balances#account-state-change": { profile: ["resource.profile_id"], resource: (d) => key("balance-account", d, "resource.id") },
  "profiles#verification-state-change": { profile: ["resource.id"], resource: (d) => key("profile", d, "resource.id") },
  "profiles#cdd-check-state-change": { profile: ["resource.id"], resource: (d) => key("profile", d, "resource.id") },
  "profiles#overdraft-limit-threshold": { profile: ["resource.id"] },
  "batch-payment-initiations#state-change": { profile: ["resource.profileId"], resource: (d) => key("batch-payment-initiation", d, "resource.id") },
  "swift-in#credit": { profile: ["action.profile_id"] },
  "cards#transaction-state-change": { profile: ["resource.profile_id"], resource: (d) => key("card-transaction", d, "transaction_id") },
  "cards#card-status-change": { profile: ["resource.profile_id"], resource: (d) => key("card", d, "resource.card_token") },
  "cards#card-order-status-change": { profile: ["resource.profile_id"], resource: (d) => key("card-order", d, "order_id") },
  "cards#card-production-status-change": { profile: ["resource.profile_id"], resource: (d) => key("card-production", d, "resource.card_token") },
  "cards#3ds-challenge": { profile: ["resource.profile_id"] },
  "partner-support#case-changed": { profile: ["resource.details.profile_id"], resource: (d) => key("partner-case", d, "resource.case_id") },
  "transaction-disputes#update": { profile: ["resource.profile_id"], resource: (d) => key("dispute", d, "resource.id") },
  "users#state-change": { profile: [], resource: (d) => key("user", d, "resource.id") },
  "kyc-reviews#state-change": { profile: ["resource.profileId"], resource: (d) => key("kyc-review", d, "resource.id") },
  "account-details-order#order-state-change": { profile: ["profile_id"], resource: (d) => key("account-details-order", d, "order_id") },
  "bulk-settlement#payment-received": { profile: [] },
  // In Wise's API spec, not in its list of event types.
  "hold-limit-breach#update": { profile: ["resource.profile_id"], resource: (d) => key("hold-limit-breach", d, "resource.hold_limit_breach_id") },
  "cards#manual-provisioning-verification": { profile: ["resource.profile_id"] },
};

/** Every event type this server knows where to find the profile of (Wise's list). */
export const KNOWN_EVENT_TYPES: readonly string[] = Object.keys(RULES);

/** The profile an event is about (decimal string), or null when it names none. */
export function eventProfileId(eventType: string, data: Data): string | null {
  return firstId(data, RULES[eventType]?.profile ?? PROFILE_PLACES);
}

/**
 * The resource whose state the event carries (e.g. "transfer:111"), or null for news and unknown
 * types, and for an event without `occurred_at`: the envelope's `sent_at` changes when Wise
 * retries, so it cannot order states.
 */
export function eventResourceKey(eventType: string, data: Data): string | null {
  if (eventOccurredAt(data) === null) return null;
  return RULES[eventType]?.resource?.(data) ?? null;
}

/** When it happened: the data's `occurred_at` (or its variants), else null. */
export function eventOccurredAt(data: Data): string | null {
  for (const path of ["occurred_at", "occurredAt", "occured_at"]) {
    const value = at(data, path);
    if (typeof value === "string" && value.length <= 40 && Number.isFinite(Date.parse(value))) return value;
  }
  return null;
}
