// One-time tokens (OTTs): issuing one when a gated call arrives without a cleared token, their
// JSON view, finding the caller's own token from the One-Time-Token header, and the gate that
// gated routes call (403 + x-2fa-approval-result: REJECTED + a fresh x-2fa-approval).

import { randomUUID, verify } from "node:crypto";
import { HttpError, springError, wiseErrors } from "../../http.js";
import type { Ctx } from "../../route.js";
import { challengePassed, challengesFor, MAX_FAILED_ATTEMPTS, OTT_VALIDITY_SECONDS, ottCleared, type ChallengeType, type OttRecord } from "../../sca-state.js";

/** Starts a one-time token of the caller for an action on one of their profiles. */
export function issueOtt(ctx: Ctx, profileId: number, actionType: string | null, action: string | null): OttRecord {
  const now = ctx.now();
  const ott: OttRecord = {
    token: randomUUID(),
    userId: ctx.user.id,
    profileId,
    actionType,
    action,
    createdMs: now,
    expiresMs: now + OTT_VALIDITY_SECONDS * 1000,
    challenges: challengesFor(ctx.store.sca.factorsOf(profileId)),
    passed: new Set(),
    triggered: new Set(),
    failedAttempts: 0,
    used: false,
  };
  ctx.store.sca.otts.set(ott.token, ott);
  return ott;
}

const challengeView = (type: ChallengeType, userId: number) => ({ type, viewData: { attributes: { userId } } });

/** `{oneTimeTokenProperties: {...}}` as Wise answers it; `validity` counts the seconds left. */
export function ottView(ctx: Ctx, ott: OttRecord): unknown {
  return {
    oneTimeTokenProperties: {
      oneTimeToken: ott.token,
      challenges: ott.challenges.map((c) => ({
        primaryChallenge: challengeView(c.types[0]!, ott.userId),
        alternatives: c.types.slice(1).map((type) => challengeView(type, ott.userId)),
        required: c.required,
        passed: challengePassed(ott, c),
      })),
      validity: Math.max(0, Math.floor((ott.expiresMs - ctx.now()) / 1000)),
      actionType: ott.actionType,
      userId: ott.userId,
    },
  };
}

function usable(ctx: Ctx, ott: OttRecord | undefined): ott is OttRecord {
  return ott !== undefined && ott.userId === ctx.user.id && !ott.used && ott.expiresMs > ctx.now() && ott.failedAttempts < MAX_FAILED_ATTEMPTS;
}

function headerValue(ctx: Ctx, name: string): string | undefined {
  const value = ctx.req.headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/**
 * The caller's live token named by the One-Time-Token header. Another user's token is answered
 * exactly as an unknown one, so its existence never shows.
 */
export function ottFromHeader(ctx: Ctx, notFoundStatus: 400 | 404 = 400): OttRecord {
  const token = headerValue(ctx, "one-time-token");
  if (token === undefined) throw wiseErrors(400, { code: "NotNull", message: "One-Time-Token header is required", path: "One-Time-Token", arguments: [] });
  const ott = ctx.store.sca.otts.get(token);
  if (!usable(ctx, ott)) {
    throw notFoundStatus === 404
      ? wiseErrors(404, { code: "NOT_FOUND", message: "One-time token not found", path: "One-Time-Token", arguments: [] })
      : wiseErrors(400, { code: "ott.invalid", message: "The one-time token is unknown, expired or already used.", path: "One-Time-Token", arguments: [] });
  }
  return ott;
}

/** Records a wrong answer; the fifth burns the token. */
export function failedAttempt(ott: OttRecord, code: string, message: string): HttpError {
  ott.failedAttempts++;
  return wiseErrors(400, { code, message, arguments: [MAX_FAILED_ATTEMPTS - ott.failedAttempts] });
}

/**
 * The SCA gate of a protected call. A call of a gated user passes only with `x-2fa-approval`
 * naming their own live token for this very request that is either cleared or signed in
 * `X-Signature` with the configured personal-token key; the token is then used up. Anything
 * else answers 403 with a fresh token. A low-risk call also passes within the user's SCA session.
 * Returns the headers of an approved answer. `subject` ties the token to one object when the
 * path does not name it.
 */
export function requireSca(ctx: Ctx, profileId: number, actionType: string, risk: "high" | "low" = "high", subject?: string): Record<string, string> {
  if (!ctx.user.scaGated) return {};
  // `subject` names what a path does not (the card of a card-data call, sent in a header).
  const action = `${ctx.req.method ?? "GET"} ${ctx.path}${subject === undefined ? "" : ` ${subject}`}`;
  const offered = headerValue(ctx, "x-2fa-approval");
  const ott = offered === undefined ? undefined : ctx.store.sca.otts.get(offered);
  if (usable(ctx, ott) && ott.action === action && ott.profileId === profileId && (ottCleared(ott) || signedByAccount(ctx, ott.token))) {
    ott.used = true;
    return { "x-2fa-approval-result": "APPROVED" };
  }
  // A low-risk call (a statement) also passes within the SCA session that clearing any token opened.
  if (risk === "low" && (ctx.store.sca.sessionUntil.get(ctx.user.id) ?? 0) > ctx.now()) return {};
  const fresh = issueOtt(ctx, profileId, actionType, action);
  const refusal = springError(403, "Forbidden", "You are forbidden to send this request", ctx.path);
  throw new HttpError(refusal.status, refusal.body, { "x-2fa-approval-result": "REJECTED", "x-2fa-approval": fresh.token });
}

/** The personal-token flow: the token's text signed (RSA, SHA-256) with the key whose public half the sandbox holds. */
function signedByAccount(ctx: Ctx, token: string): boolean {
  const signature = headerValue(ctx, "x-signature");
  if (!ctx.scaPublicKey || signature === undefined) return false;
  try {
    return verify("sha256", Buffer.from(token, "ascii"), ctx.scaPublicKey, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}
