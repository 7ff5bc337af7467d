// Verification outcomes:
//   POST /v1/simulation/profiles/{profileId}/verifications  verifies one profile of the caller;
//   POST /v1/simulation/verify-profile                      verifies every profile of the caller.
// Both answer 200 with no body. A verified profile has no evidence left to provide (the
// required-evidences read answers an empty list), counts as verified for bank-transfer limits and
// profile updates, and subscribers of profiles#verification-state-change hear of it. Safe to
// repeat: a profile already verified with nothing left to provide changes nothing and raises no
// event. User tokens only here (the sandbox's application tokens act for no profile).

import type { ProfileRecord } from "../../model.js";
import { profileFromPath } from "../../auth.js";
import type { Ctx, RouteDef } from "../../route.js";
import { isVerified } from "../profile/profile-records.js";
import { markProvided, verificationOf } from "../verification/evidences.js";

/** Verifies a profile; markProvided raises the event when that changed its state. */
function verifyProfile(ctx: Ctx, profile: ProfileRecord): void {
  const record = verificationOf(ctx.store, profile);
  if (isVerified(ctx.store, profile) && record.required.length === 0) return;
  markProvided(ctx.store, record, record.required, ctx.now());
}

export const verificationSimulationRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v1/simulation/profiles/:profileId/verifications",
    handler: (ctx) => {
      verifyProfile(ctx, profileFromPath(ctx));
      return { status: 200, body: "" };
    },
  },
  {
    method: "POST",
    path: "/v1/simulation/verify-profile",
    handler: (ctx) => {
      for (const profile of ctx.store.profiles.values()) if (profile.userId === ctx.user.id) verifyProfile(ctx, profile);
      return { status: 200, body: "" };
    },
  },
];
