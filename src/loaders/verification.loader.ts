import DataLoader from "dataloader";
import { getRequiredEvidences } from "../wise/endpoints/verification.js";
import type { WiseSession } from "../wise/session.js";

/** The evidences Wise still asks of each profile (one call per profile). */
export function createVerificationLoaders(wise: () => WiseSession) {
  const requiredEvidencesByProfile = new DataLoader<number, string[]>((profileIds) =>
    Promise.all(profileIds.map((profileId) => getRequiredEvidences(wise(), profileId).catch((error: Error) => error))),
  );
  return { requiredEvidencesByProfile };
}
