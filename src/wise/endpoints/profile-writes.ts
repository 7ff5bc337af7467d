import { z } from "zod";
import { route } from "../route.js";
import {
  wiseBankTransferVerification,
  wiseBusinessRepresentative,
  wiseProfileWritten,
  type WiseBankTransferVerification,
  type WiseBusinessRepresentative,
  type WiseProfileWritten,
} from "../schemas/profile-writes.js";
import type { WiseSession } from "../session.js";

/** An address as profile writes send it: the country as lowercase ISO 3166-1 alpha-3. */
export interface WiseProfileAddressRequest {
  addressFirstLine: string;
  city: string;
  countryIso3Code: string;
  postCode?: string;
  stateCode?: string;
}

/** The body of a personal profile create or update. */
export interface WisePersonalProfileRequest {
  firstName: string;
  lastName: string;
  preferredName?: string;
  firstNameInKana?: string;
  lastNameInKana?: string;
  address: WiseProfileAddressRequest;
  nationality?: string;
  dateOfBirth: string;
  externalCustomerId?: string;
  contactDetails: { email: string; phoneNumber: string };
  occupations?: { code: string; format: "FREE_FORM" }[];
}

/** A business representative's details (v3). */
export interface WiseRepresentativeRequest {
  firstName?: string;
  lastName?: string;
  preferredName?: string;
  address?: WiseProfileAddressRequest;
  dateOfBirth?: string;
  contactDetails?: { email: string; phoneNumber: string };
}

/** The body of a business profile create (v2, or v3 with `businessRepresentative`) or update (with `id`). */
export interface WiseBusinessProfileRequest {
  id?: number;
  businessName?: string;
  businessNameInKatakana?: string;
  businessFreeFormDescription?: string;
  registrationNumber?: string;
  acn?: string;
  abn?: string;
  arbn?: string;
  companyType?: string;
  companyRole?: string;
  address?: WiseProfileAddressRequest;
  externalCustomerId?: string;
  actorEmail?: string;
  firstLevelCategory?: string;
  secondLevelCategory?: string;
  operationalAddresses?: WiseProfileAddressRequest[];
  webpage?: string;
  businessRepresentative?: WiseRepresentativeRequest | { businessRepresentativeId: number };
}

/**
 * `POST /v2/profiles/personal-profile`: the user's one personal profile. The same
 * `X-idempotence-uuid` answers the first creation again; without one, a second is 409.
 * @wiseOperation POST /v2/profiles/personal-profile
 */
export function createPersonalProfile(wise: WiseSession, request: WisePersonalProfileRequest, idempotencyKey: string): Promise<WiseProfileWritten> {
  return wise.call({
    method: "POST",
    route: route`/v2/profiles/personal-profile`,
    headers: { "x-idempotence-uuid": idempotencyKey },
    json: request,
    decoder: wiseProfileWritten,
  });
}

/**
 * `POST /v2/profiles/business-profile`: a business managed by the user's personal profile.
 * @wiseOperation POST /v2/profiles/business-profile
 */
export function createBusinessProfile(wise: WiseSession, request: WiseBusinessProfileRequest, idempotencyKey: string): Promise<WiseProfileWritten> {
  return wise.call({
    method: "POST",
    route: route`/v2/profiles/business-profile`,
    headers: { "x-idempotence-uuid": idempotencyKey },
    json: request,
    decoder: wiseProfileWritten,
  });
}

/**
 * `POST /v3/profiles/business-profile` (beta): a business with its representative, new or an existing one by id.
 * @wiseOperation POST /v3/profiles/business-profile
 */
export function createRepresentedBusinessProfile(wise: WiseSession, request: WiseBusinessProfileRequest, idempotencyKey: string): Promise<WiseProfileWritten> {
  return wise.call({
    method: "POST",
    route: route`/v3/profiles/business-profile`,
    headers: { "x-idempotence-uuid": idempotencyKey },
    json: request,
    decoder: wiseProfileWritten,
  });
}

/**
 * `PUT /v2/profiles/{profileId}/personal-profile`: replaces the personal details.
 * @wiseOperation PUT /v2/profiles/{profileId}/personal-profile
 */
export function updatePersonalProfile(wise: WiseSession, profileId: number, request: WisePersonalProfileRequest): Promise<unknown> {
  return wise.call({ method: "PUT", route: route`/v2/profiles/${profileId}/personal-profile`, json: request, decoder: z.unknown() });
}

/**
 * `PUT /v2/profiles/{profileId}/business-profile`: changes the business details given (`id` must be the path's).
 * @wiseOperation PUT /v2/profiles/{profileId}/business-profile
 */
export function updateBusinessProfile(wise: WiseSession, profileId: number, request: WiseBusinessProfileRequest): Promise<unknown> {
  return wise.call({ method: "PUT", route: route`/v2/profiles/${profileId}/business-profile`, json: request, decoder: z.unknown() });
}

/**
 * `GET /v3/profiles/{profileId}/business-profile/business-representative` (beta).
 * @wiseOperation GET /v3/profiles/{profileId}/business-profile/business-representative
 */
export function getBusinessRepresentative(wise: WiseSession, profileId: number): Promise<WiseBusinessRepresentative> {
  return wise.call({ method: "GET", route: route`/v3/profiles/${profileId}/business-profile/business-representative`, decoder: wiseBusinessRepresentative });
}

/**
 * `PUT /v3/profiles/{profileId}/business-profile/business-representative` (beta): UPDATE_DETAILS
 * changes the representative's details; TRANSFER_OF_AUTHORISATION names a new representative.
 * @wiseOperation PUT /v3/profiles/{profileId}/business-profile/business-representative
 */
export function updateBusinessRepresentative(
  wise: WiseSession,
  profileId: number,
  request: WiseRepresentativeRequest & { updateContext: "UPDATE_DETAILS" | "TRANSFER_OF_AUTHORISATION"; actorEmail?: string },
): Promise<WiseBusinessRepresentative> {
  return wise.call({
    method: "PUT",
    route: route`/v3/profiles/${profileId}/business-profile/business-representative`,
    json: request,
    decoder: wiseBusinessRepresentative,
  });
}

/**
 * `POST /v1/profiles/{profileId}/update-window`: opens the window inside which a verified profile's details may change.
 * @wiseOperation POST /v1/profiles/{profileId}/update-window
 */
export function openProfileUpdateWindow(wise: WiseSession, profileId: number): Promise<unknown> {
  return wise.call({ method: "POST", route: route`/v1/profiles/${profileId}/update-window`, decoder: z.unknown() });
}

/**
 * `DELETE /v1/profiles/{profileId}/update-window`: tells Wise the profile's update is complete.
 * @wiseOperation DELETE /v1/profiles/{profileId}/update-window
 */
export function closeProfileUpdateWindow(wise: WiseSession, profileId: number): Promise<unknown> {
  return wise.call({ method: "DELETE", route: route`/v1/profiles/${profileId}/update-window`, decoder: z.unknown() });
}

/**
 * `POST /v3/profiles/{profileId}/verification-status/bank-transfer?source_currencies=`: a read
 * despite the POST (nothing changes), so a lost answer may be asked again.
 * @wiseOperation POST /v3/profiles/{profileId}/verification-status/bank-transfer
 */
export function getBankTransferVerification(wise: WiseSession, profileId: number, sourceCurrencies: readonly string[]): Promise<WiseBankTransferVerification> {
  return wise.call({
    method: "POST",
    route: route`/v3/profiles/${profileId}/verification-status/bank-transfer`,
    searchParams: { source_currencies: sourceCurrencies.join(",") },
    decoder: wiseBankTransferVerification,
  });
}
