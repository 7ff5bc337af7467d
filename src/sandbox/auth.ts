// Bearer-token authentication and ownership checks. Each demo token sees only its own
// user's profiles; a profile that exists but belongs to someone else answers 403
// (Spring body, as Wise does for addresses of a profile not owned), an unknown one 404.

import type { IncomingMessage } from "node:http";
import type { OAuthClient } from "./api/oauth/tokens.js";
import { forbidden, HttpError, invalidToken, missingToken, notFound } from "./http.js";
import type { ProfileRecord, UserRecord } from "./model.js";
import { pathLong } from "./params.js";
import type { Ctx } from "./route.js";
import type { Store } from "./store.js";

/** The token from "Authorization: Bearer <token>", or null when none was sent. */
export function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization;
  if (header === undefined) return null;
  const m = /^\s*bearer\s+(.*?)\s*$/i.exec(header);
  return m ? (m[1] ?? "") : header.trim();
}

/** Who a bearer token stands for: a user (a demo token or one a user grant issued) or an API client (client credentials). */
export type Caller = { kind: "user"; user: UserRecord } | { kind: "client"; client: OAuthClient };

/** The caller behind a token, if it names one (expired tokens included); for stats and faults. */
export function knownCaller(store: Store, token: string | null): { caller: Caller; expiresMs: number | null } | undefined {
  if (token === null || token === "") return undefined;
  const demo = store.userByToken(token);
  if (demo !== undefined) return { caller: { kind: "user", user: demo }, expiresMs: null };
  const issued = store.oauth.accessToken(token);
  if (issued === undefined) return undefined;
  if (issued.kind === "client") {
    const client = store.oauth.clients.get(issued.clientId);
    return client === undefined ? undefined : { caller: { kind: "client", client }, expiresMs: issued.expiresMs };
  }
  const user = store.users.get(issued.userId ?? -1);
  return user === undefined ? undefined : { caller: { kind: "user", user }, expiresMs: issued.expiresMs };
}

/** The stats and faults name of a caller: the demo user's name, or `client:<id>`. */
export function callerName(caller: Caller): string {
  return caller.kind === "user" ? caller.user.name : `client:${caller.client.id}`;
}

/** Resolves a valid, unexpired caller or throws Wise's 401 body (missing, unknown or expired token). */
export function authenticateCaller(store: Store, token: string | null, nowMs: number): Caller {
  if (token === null || token === "") throw missingToken();
  const known = knownCaller(store, token);
  if (known === undefined) throw invalidToken(token);
  // An expired token gets the same 401 as an unknown one, echoing it (as Wise answers both).
  if (known.expiresMs !== null && known.expiresMs <= nowMs) throw invalidToken(token);
  return known.caller;
}

/**
 * 403 for a token of the wrong kind: a user's token on an endpoint Wise reserves for the partner,
 * or a client-credentials token on a user's endpoint (Spring Security OAuth's access-denied body).
 */
export function wrongTokenKind(): HttpError {
  return new HttpError(403, { error: "access_denied", error_description: "Access is denied" });
}

/** The profile with this id if the caller owns it (404 unknown, 403 someone else's). */
export function ownedProfile(ctx: Ctx, profileId: number): ProfileRecord {
  const profile = ctx.store.profiles.get(profileId);
  if (profile === undefined) throw notFound("Profile", "profileId", String(profileId));
  if (profile.userId !== ctx.user.id) throw forbidden(ctx.path);
  return profile;
}

/** Same as ownedProfile, reading the `profileId` path parameter. */
export function profileFromPath(ctx: Ctx): ProfileRecord {
  return ownedProfile(ctx, pathLong(ctx, "profileId"));
}
