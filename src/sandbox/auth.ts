// Bearer-token authentication and ownership checks. Each demo token sees only its own
// user's profiles; a profile that exists but belongs to someone else answers 403
// (Spring body, as Wise does for addresses of a profile not owned), an unknown one 404.

import type { IncomingMessage } from "node:http";
import { forbidden, invalidToken, missingToken, notFound } from "./http.js";
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

/** Resolves the caller or throws Wise's 401 body. */
export function authenticate(store: Store, token: string | null): UserRecord {
  if (token === null || token === "") throw missingToken();
  const user = store.userByToken(token);
  if (user === undefined) throw invalidToken(token);
  return user;
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
