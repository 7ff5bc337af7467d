import DataLoader from "dataloader";
import { listDirectors, listUbos } from "../wise/endpoints/business-people.js";
import type { WiseDirector, WiseUbo } from "../wise/schemas/business-people.js";
import type { WiseSession } from "../wise/session.js";

/** The directors and the ultimate beneficial owners of each business profile (one call per profile and list). */
export function createBusinessPeopleLoaders(wise: () => WiseSession) {
  const directorsByProfile = new DataLoader<number, WiseDirector[]>((profileIds) =>
    Promise.all(profileIds.map((profileId) => listDirectors(wise(), profileId).catch((error: Error) => error))),
  );
  const ubosByProfile = new DataLoader<number, WiseUbo[]>((profileIds) => Promise.all(profileIds.map((profileId) => listUbos(wise(), profileId).catch((error: Error) => error))));
  return { directorsByProfile, ubosByProfile };
}
