import DataLoader from "dataloader";
import { getAddress, listAddresses } from "../wise/endpoints/addresses.js";
import type { WiseAddress } from "../wise/schemas/address.js";
import type { WiseSession } from "../wise/session.js";

/** Addresses by id (one call per distinct id) and by profile (one call per profile). */
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
  return { addressById, addressesByProfile };
}
