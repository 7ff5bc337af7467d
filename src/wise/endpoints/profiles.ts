import { z } from "zod";
import { route } from "../route.js";
import { wiseProfile, type WiseProfile } from "../schemas/profile.js";
import type { WiseSession } from "../session.js";

/**
 * `GET /v2/profiles`: every profile of the token's user.
 * @wiseOperation GET /v2/profiles
 */
export function listProfiles(wise: WiseSession): Promise<WiseProfile[]> {
  return wise.call({ method: "GET", route: route`/v2/profiles`, decoder: z.array(wiseProfile) });
}

/**
 * `GET /v2/profiles/{profileId}`.
 * @wiseOperation GET /v2/profiles/{profileId}
 */
export function getProfile(wise: WiseSession, profileId: number): Promise<WiseProfile> {
  return wise.call({ method: "GET", route: route`/v2/profiles/${profileId}`, decoder: wiseProfile });
}
