import type { PartnerSession } from "../partner-session.js";
import { route } from "../route.js";
import { wiseContactEmail, wiseUser, wiseUserExists, type WiseUser } from "../schemas/user.js";
import type { WiseSession } from "../session.js";

/**
 * `GET /v1/me`: the user behind the caller's token.
 * @wiseOperation GET /v1/me
 */
export function getCurrentUser(wise: WiseSession): Promise<WiseUser> {
  return wise.call({ method: "GET", route: route`/v1/me`, decoder: wiseUser });
}

/**
 * `GET /v1/users/{userId}`: Wise answers only for the token's own user.
 * @wiseOperation GET /v1/users/{userId}
 */
export function getUser(wise: WiseSession, userId: number): Promise<WiseUser> {
  return wise.call({ method: "GET", route: route`/v1/users/${userId}`, decoder: wiseUser });
}

/**
 * `GET /v1/users/{userId}/contact-email`: null when none was set.
 * @wiseOperation GET /v1/users/{userId}/contact-email
 */
export async function getContactEmail(wise: WiseSession, userId: number): Promise<string | null> {
  return (await wise.call({ method: "GET", route: route`/v1/users/${userId}/contact-email`, decoder: wiseContactEmail })).email ?? null;
}

/**
 * `PUT /v1/users/{userId}/contact-email`: sets it, answering the address set. Setting the same
 * address twice is the same as once.
 * @wiseOperation PUT /v1/users/{userId}/contact-email
 */
export async function setContactEmail(wise: WiseSession, userId: number, email: string): Promise<string | null> {
  return (await wise.call({ method: "PUT", route: route`/v1/users/${userId}/contact-email`, json: { email }, decoder: wiseContactEmail })).email ?? null;
}

/**
 * `POST /v1/user/signup/registration_code` (client-credentials token): creates a user the
 * partner then acts for with the registration code grant. Not idempotent in itself, but a
 * repeat is refused (409 NOT_UNIQUE: the email is taken), so it never makes two users.
 * @wiseOperation POST /v1/user/signup/registration_code
 */
export function createUser(partner: PartnerSession, request: { email: string; registrationCode: string; language?: string }): Promise<WiseUser> {
  return partner.call({ method: "POST", route: route`/v1/user/signup/registration_code`, json: request, decoder: wiseUser });
}

/**
 * `POST /v1/users/exists` (client-credentials token): whether an email already belongs to a user.
 * @wiseOperation POST /v1/users/exists
 */
export async function userExists(partner: PartnerSession, email: string): Promise<boolean> {
  return (await partner.call({ method: "POST", route: route`/v1/users/exists`, json: { email }, decoder: wiseUserExists })).exists;
}
