// POST /v2/profiles/{profileId}/contacts?isDirectIdentifierCreation=true: finds another Wise
// profile by an identifier (a Wisetag such as "@AliceS", an email, or a phone number in
// international form) and answers it as a contact {contactId, name}. Client-credentials tokens
// only, as the spec says; the path's profile must exist (404). The sandbox's profiles are found by
// their email or contact email (any case), their phone numbers, and a Wisetag made from the name:
// "@" + first name + the last name's initial for a person ("@AliceS"), "@" + the business name's
// letters and digits for a business. A deactivated profile, or the path's own profile, is not
// found (404). The contact id is the same for the same pair of profiles, so adding a contact
// twice answers the same contact and stores nothing. 400 without isDirectIdentifierCreation=true
// or an identifier; 422 NOT_VALID for a targetCurrency that is not three letters.

import { createHash } from "node:crypto";
import { jsonBody, optString } from "../../body.js";
import { badRequest, json, notFound, wiseErrors } from "../../http.js";
import type { ProfileRecord } from "../../model.js";
import { pathLong } from "../../params.js";
import type { PartnerRouteDef } from "../../route.js";
import type { Store } from "../../store.js";

/** A profile's Wisetag in the sandbox, derived from its name. */
export function wisetagOf(profile: ProfileRecord): string {
  const letters = (text: string) => text.replace(/[^A-Za-z0-9]/g, "");
  return profile.type === "PERSONAL" ? `@${letters(profile.firstName)}${letters(profile.lastName).charAt(0)}` : `@${letters(profile.businessName)}`;
}

const nameOf = (profile: ProfileRecord) => (profile.type === "PERSONAL" ? `${profile.firstName} ${profile.lastName}` : profile.businessName);

const digits = (phone: string) => phone.replace(/[\s\-()]/g, "");

/** The discoverable profile an identifier names, if any. */
function findProfile(store: Store, identifier: string): ProfileRecord | undefined {
  const wanted = identifier.trim();
  const lower = wanted.toLowerCase();
  const matches = (p: ProfileRecord) => {
    if (wanted.startsWith("@")) return wisetagOf(p).toLowerCase() === lower;
    if (wanted.includes("@")) return p.email.toLowerCase() === lower || p.contactEmail.toLowerCase() === lower;
    const phone = digits(wanted);
    return /^\+\d{7,15}$/.test(phone) && (p.contactPhone === phone || (p.type === "PERSONAL" && p.phoneNumber === phone));
  };
  return [...store.profiles.values()].find((p) => p.currentState !== "DEACTIVATED" && matches(p));
}

/** The same contact id for the same owner and found profile: a UUID made from the pair. */
function contactIdOf(ownerId: number, found: ProfileRecord): string {
  const hex = createHash("sha256").update(`contact:${ownerId}:${found.id}`).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const contactRoutes: PartnerRouteDef[] = [
  {
    method: "POST",
    path: "/v2/profiles/:profileId/contacts",
    auth: "partner",
    handler: async (ctx) => {
      const profileId = pathLong(ctx, "profileId");
      const owner = ctx.store.profiles.get(profileId);
      if (owner === undefined) throw notFound("Profile", "profileId", String(profileId));
      if (ctx.query.get("isDirectIdentifierCreation") !== "true") throw badRequest("'isDirectIdentifierCreation' must be true to create a contact from an identifier");
      const body = await jsonBody(ctx);
      const identifier = optString(body, "identifier")?.trim() ?? "";
      if (identifier === "") throw wiseErrors(400, { code: "NotNull", message: "must not be null", path: "identifier", arguments: [] });
      const targetCurrency = optString(body, "targetCurrency");
      if (targetCurrency !== undefined && !/^[A-Za-z]{3}$/.test(targetCurrency.trim())) {
        throw wiseErrors(422, {
          code: "NOT_VALID",
          message: "targetCurrency is a three-letter currency code.",
          path: "targetCurrency",
          arguments: ["targetCurrency", targetCurrency],
        });
      }
      const found = findProfile(ctx.store, identifier);
      if (found === undefined || found.id === owner.id) {
        throw wiseErrors(404, { code: "NOT_FOUND", message: "No Wise profile can be found with this identifier.", path: "identifier", arguments: ["identifier", identifier] });
      }
      return json({ contactId: contactIdOf(owner.id, found), name: nameOf(found) });
    },
  },
];
