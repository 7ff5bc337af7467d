import { route } from "../route.js";
import { wiseContact, type WiseContact } from "../schemas/contact.js";
import type { PartnerSession } from "../partner-session.js";

/**
 * `POST /v2/profiles/{profileId}/contacts?isDirectIdentifierCreation=true` (client-credentials
 * token): finds the Wise profile a Wisetag, email or phone number names and adds it to the
 * profile's contacts. The same pair answers the same contact, so a lost answer may be sent again.
 * @wiseOperation POST /v2/profiles/{profileId}/contacts
 */
export function createContact(partner: PartnerSession, profileId: number, request: { identifier: string; targetCurrency?: string }): Promise<WiseContact> {
  return partner.call({
    method: "POST",
    route: route`/v2/profiles/${profileId}/contacts`,
    searchParams: { isDirectIdentifierCreation: "true" },
    json: request,
    decoder: wiseContact,
  });
}
