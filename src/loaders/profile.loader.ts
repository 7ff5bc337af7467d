import DataLoader from "dataloader";
import { getProfile, listProfiles } from "../wise/endpoints/profiles.js";
import type { WiseProfile } from "../wise/schemas/profile.js";
import type { WiseSession } from "../wise/session.js";

/**
 * Profiles by id. Wise's list call returns every profile of the token's user at once, so one
 * `GET /v2/profiles` serves any number of ids; only an id missing from it (another user's, or a
 * wrong one) costs a `GET /v2/profiles/{id}`, which lets Wise answer 403 or 404 for it.
 */
export function createProfileLoaders(wise: () => WiseSession) {
  let all: Promise<WiseProfile[]> | undefined;
  const profileList = () => (all ??= listProfiles(wise()));

  const profileById = new DataLoader<number, WiseProfile>(async (ids) => {
    const profiles = await profileList();
    const byId = new Map(profiles.map((profile) => [profile.id, profile]));
    return Promise.all(ids.map((id) => byId.get(id) ?? getProfile(wise(), id).catch((error: Error) => error)));
  });

  return {
    profileById,
    /** Drops what this request read of the caller's profiles, after a write changed them. */
    forgetProfiles: () => {
      all = undefined;
      profileById.clearAll();
    },
    /** Every profile of the caller, fetched once per request. */
    profileList: async () => {
      const profiles = await profileList();
      for (const profile of profiles) profileById.prime(profile.id, profile);
      return profiles;
    },
  };
}
