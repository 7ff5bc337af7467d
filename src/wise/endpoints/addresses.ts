import { z } from "zod";
import { route } from "../route.js";
import { wiseAddress, type WiseAddress } from "../schemas/address.js";
import type { WiseSession } from "../session.js";

/**
 * `GET /v1/addresses/{addressId}`.
 * @wiseOperation GET /v1/addresses/{addressId}
 */
export function getAddress(wise: WiseSession, addressId: number): Promise<WiseAddress> {
  return wise.call({ method: "GET", route: route`/v1/addresses/${addressId}`, decoder: wiseAddress });
}

/**
 * `GET /v1/addresses?profile=`: every address of a profile.
 * @wiseOperation GET /v1/addresses
 */
export function listAddresses(wise: WiseSession, profileId: number): Promise<WiseAddress[]> {
  return wise.call({
    method: "GET",
    route: route`/v1/addresses`,

    searchParams: { profile: profileId },
    decoder: z.array(wiseAddress),
  });
}
