// Checks shared by the user and user-security routes: which user a path names for the caller,
// and the email rule.

import { forbidden, notFound } from "../../http.js";
import type { UserRecord } from "../../model.js";
import { pathLong } from "../../params.js";
import type { Ctx, PartnerCtx } from "../../route.js";
import type { OAuthClient } from "../oauth/tokens.js";
import { DEMO_CLIENT } from "../oauth/tokens.js";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** The `userId` of the path when it is the caller's own; 403 for anyone else's, known or not (no existence oracle). */
export function ownUserFromPath(ctx: Ctx): UserRecord {
  const userId = pathLong(ctx, "userId");
  if (userId !== ctx.user.id) throw forbidden(ctx.path);
  return ctx.user;
}

/** The API client that manages the user: the one that created them, and (in the sandbox) the demo client for the seeded users. */
export function managingClientId(user: UserRecord): string {
  return user.registration?.clientId ?? DEMO_CLIENT.id;
}

/** Whether this API client may manage the user. */
function managedBy(user: UserRecord, client: OAuthClient): boolean {
  return managingClientId(user) === client.id;
}

/** The `userId` of the path when the calling client manages that user; 404 otherwise. */
export function managedUserFromPath(ctx: PartnerCtx): UserRecord {
  const userId = pathLong(ctx, "userId");
  const user = ctx.store.users.get(userId);
  if (user === undefined || !managedBy(user, ctx.client)) throw notFound("User", "userId", String(userId));
  return user;
}
