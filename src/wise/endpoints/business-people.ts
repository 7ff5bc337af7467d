import { z } from "zod";
import { route } from "../route.js";
import { wiseDirector, wiseUbo, type WiseDirector, type WiseUbo } from "../schemas/business-people.js";
import type { WiseSession } from "../session.js";

/** A director as the directors calls take it. */
export interface WiseDirectorRequest {
  firstName: string;
  lastName: string;
  /** yyyy-mm-dd. */
  dateOfBirth: string;
  /** ISO 3166-1 alpha-3, lowercase. */
  countryOfResidenceIso3Code: string;
}

/** An ultimate beneficial owner as the UBO calls take it. */
export interface WiseUboRequest {
  name: string;
  dateOfBirth: string;
  countryOfResidenceIso3Code: string;
  addressFirstLine: string;
  postCode: string;
  /** Whole percent; null where Wise does not ask for it (sent as null, as Wise asks). */
  ownershipPercentage: number | null;
}

/**
 * `GET /v1/profiles/{profileId}/directors`: every director of a business profile (a plain list,
 * not paged).
 * @wiseOperation GET /v1/profiles/{profileId}/directors
 */
export function listDirectors(wise: WiseSession, profileId: number): Promise<WiseDirector[]> {
  return wise.call({ method: "GET", route: route`/v1/profiles/${profileId}/directors`, decoder: z.array(wiseDirector) });
}

/**
 * `POST /v1/profiles/{profileId}/directors`: adds directors and answers the whole list. No
 * idempotency key: sent twice, it adds them twice.
 * @wiseOperation POST /v1/profiles/{profileId}/directors
 */
export function addDirectors(wise: WiseSession, profileId: number, directors: readonly WiseDirectorRequest[]): Promise<WiseDirector[]> {
  return wise.call({ method: "POST", route: route`/v1/profiles/${profileId}/directors`, json: directors, decoder: z.array(wiseDirector) });
}

/**
 * `PUT /v1/profiles/{profileId}/directors`: replaces every director with these (new ids) and
 * answers the new list.
 * @wiseOperation PUT /v1/profiles/{profileId}/directors
 */
export function replaceDirectors(wise: WiseSession, profileId: number, directors: readonly WiseDirectorRequest[]): Promise<WiseDirector[]> {
  return wise.call({ method: "PUT", route: route`/v1/profiles/${profileId}/directors`, json: directors, decoder: z.array(wiseDirector) });
}

/**
 * `GET /v1/profiles/{profileId}/ubos`: every ultimate beneficial owner of a business profile (a
 * plain list, not paged).
 * @wiseOperation GET /v1/profiles/{profileId}/ubos
 */
export function listUbos(wise: WiseSession, profileId: number): Promise<WiseUbo[]> {
  return wise.call({ method: "GET", route: route`/v1/profiles/${profileId}/ubos`, decoder: z.array(wiseUbo) });
}

/**
 * `POST /v1/profiles/{profileId}/ubos`: adds owners and answers the whole list. No idempotency
 * key: sent twice, it adds them twice.
 * @wiseOperation POST /v1/profiles/{profileId}/ubos
 */
export function addUbos(wise: WiseSession, profileId: number, owners: readonly WiseUboRequest[]): Promise<WiseUbo[]> {
  return wise.call({ method: "POST", route: route`/v1/profiles/${profileId}/ubos`, json: owners, decoder: z.array(wiseUbo) });
}

/**
 * `PUT /v1/profiles/{profileId}/ubos`: replaces every owner with these (new ids) and answers the
 * new list.
 * @wiseOperation PUT /v1/profiles/{profileId}/ubos
 */
export function replaceUbos(wise: WiseSession, profileId: number, owners: readonly WiseUboRequest[]): Promise<WiseUbo[]> {
  return wise.call({ method: "PUT", route: route`/v1/profiles/${profileId}/ubos`, json: owners, decoder: z.array(wiseUbo) });
}
