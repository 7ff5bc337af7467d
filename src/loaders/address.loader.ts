import DataLoader from "dataloader";
import { getAddress, getAddressRequirements, listAddresses } from "../wise/endpoints/addresses.js";
import type { WiseAddress } from "../wise/schemas/address.js";
import type { WiseRequirement } from "../wise/schemas/requirements.js";
import type { WiseSession } from "../wise/session.js";

/** The answers given so far to the address form, by field key; null before any. */
export interface AddressRequirementsKey {
  details: Record<string, string> | null;
}

/**
 * Addresses by id (one call per distinct id) and by profile (one call per profile), and the
 * address form by the answers given so far (the same answers asked twice, as aliases, are one call).
 */
export function createAddressLoaders(wise: () => WiseSession) {
  const addressById = new DataLoader<number, WiseAddress>((ids) => Promise.all(ids.map((id) => getAddress(wise(), id).catch((error: Error) => error))));
  const addressesByProfile = new DataLoader<number, WiseAddress[]>((profileIds) =>
    Promise.all(
      profileIds.map((profileId) =>
        listAddresses(wise(), profileId).then(
          (addresses) => {
            for (const address of addresses) addressById.prime(address.id, address);
            return addresses;
          },
          (error: Error) => error,
        ),
      ),
    ),
  );
  // Keyed by the answers (none yet: the GET form), in any order; each form is its own call.
  const addressRequirements = new DataLoader<AddressRequirementsKey, WiseRequirement[], string>(
    (keys) => Promise.all(keys.map((key) => getAddressRequirements(wise(), key.details ?? undefined).catch((error: Error) => error))),
    { batch: false, cacheKeyFn: (key) => JSON.stringify(key.details ? Object.entries(key.details).sort() : null) },
  );
  return { addressById, addressesByProfile, addressRequirements };
}
