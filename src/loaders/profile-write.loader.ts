import DataLoader from "dataloader";
import { getBankTransferVerification, getBusinessRepresentative } from "../wise/endpoints/profile-writes.js";
import type { WiseBankTransferVerification, WiseBusinessRepresentative } from "../wise/schemas/profile-writes.js";
import type { WiseSession } from "../wise/session.js";

/** A bank-transfer verification read: the profile and its source currencies (sorted, unique). */
export interface BankTransferVerificationKey {
  profileId: number;
  currencies: readonly string[];
}

/** A business's representative by profile id, and bank-transfer verification by profile and currencies: each distinct read once per request. */
export function createProfileWriteLoaders(wise: () => WiseSession) {
  return {
    businessRepresentativeByProfile: new DataLoader<number, WiseBusinessRepresentative>((ids) =>
      Promise.all(ids.map((id) => getBusinessRepresentative(wise(), id).catch((error: Error) => error))),
    ),
    bankTransferVerification: new DataLoader<BankTransferVerificationKey, WiseBankTransferVerification, string>(
      (keys) => Promise.all(keys.map((key) => getBankTransferVerification(wise(), key.profileId, key.currencies).catch((error: Error) => error))),
      { batch: false, cacheKeyFn: (key) => `${key.profileId}:${key.currencies.join(",")}` },
    ),
  };
}
