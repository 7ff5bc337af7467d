import { z } from "zod";
import { route } from "../route.js";
import { wiseAddress, type WiseAddress } from "../schemas/address.js";
import { wiseRequirement, type WiseRequirement } from "../schemas/requirements.js";
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

/** The body of `POST /v1/addresses` (the spec's AddressRequest). */
export interface WiseAddressRequest {
  profile: number;
  details: {
    country: string;
    firstLine: string;
    postCode: string;
    city: string;
    state?: string;
    occupations?: { code: string; format: "FREE_FORM" }[];
  };
}

/**
 * `POST /v1/addresses`: adds an address to a profile and answers it. It carries no idempotency
 * key, so sending it twice may make two addresses.
 * @wiseOperation POST /v1/addresses
 */
export function createAddress(wise: WiseSession, request: WiseAddressRequest): Promise<WiseAddress> {
  return wise.call({ method: "POST", route: route`/v1/addresses`, json: request, decoder: wiseAddress });
}

/**
 * `GET /v1/address-requirements`, or with `details` (the answers so far, such as
 * `{ country: "US" }`) the POST that reveals the fields those answers need (`state`, `occupations`).
 * @wiseOperation GET /v1/address-requirements
 * @wiseOperation POST /v1/address-requirements
 */
export function getAddressRequirements(wise: WiseSession, details?: Record<string, string>): Promise<WiseRequirement[]> {
  return wise.call({
    method: details ? "POST" : "GET",
    route: route`/v1/address-requirements`,

    json: details ? { details } : undefined,
    decoder: z.array(wiseRequirement),
  });
}
