import { z } from "zod";
import type { PartnerSession } from "../partner-session.js";
import { route } from "../route.js";
import { wisePhoneNumber, type WisePhoneNumber } from "../schemas/user.js";

/**
 * `POST /v1/application/users/{userId}/phone-numbers` (client-credentials token): a verified
 * phone number for the user's SMS and voice challenges. A repeat is refused (422: the number is
 * already linked), so it never adds the number twice.
 * @wiseOperation POST /v1/application/users/{userId}/phone-numbers
 */
export function createPhoneNumber(partner: PartnerSession, userId: number, phoneNumber: string): Promise<WisePhoneNumber> {
  return partner.call({ method: "POST", route: route`/v1/application/users/${userId}/phone-numbers`, json: { phoneNumber }, decoder: wisePhoneNumber });
}

/**
 * `DELETE /v1/application/users/{userId}/phone-numbers/{phoneNumberId}` (client-credentials token): 204, no body.
 * @wiseOperation DELETE /v1/application/users/{userId}/phone-numbers/{phoneNumberId}
 */
export async function deletePhoneNumber(partner: PartnerSession, userId: number, phoneNumberId: number): Promise<void> {
  await partner.call({ method: "DELETE", route: route`/v1/application/users/${userId}/phone-numbers/${phoneNumberId}`, decoder: z.unknown() });
}
