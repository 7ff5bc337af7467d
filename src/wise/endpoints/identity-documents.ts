import { route } from "../route.js";
import { wiseDocumentResult, type WiseDocumentResult } from "../schemas/identity-document.js";
import type { WiseSession } from "../session.js";

/** An identification document's details, as the verification-documents calls take them (fields left out are not sent). */
export interface WiseIdentityDocument {
  type: string;
  uniqueIdentifier?: string;
  firstName?: string;
  lastName?: string;
  issueDate?: string;
  issuerCountry?: string;
  issuerState?: string;
  expiryDate?: string;
  nationality?: string;
  employerName?: string;
  employerCity?: string;
  employerCountry?: string;
  birthCity?: string;
  birthCountry?: string;
  sex?: string;
  placeOfBirth?: string;
}

/**
 * `POST /v1/profiles/{profileId}/verification-documents`: adds an identification document to a
 * personal profile.
 * @wiseOperation POST /v1/profiles/{profileId}/verification-documents
 */
export function createIdentityDocument(wise: WiseSession, profileId: number, document: WiseIdentityDocument): Promise<WiseDocumentResult> {
  return wise.call({ method: "POST", route: route`/v1/profiles/${profileId}/verification-documents`, json: document, decoder: wiseDocumentResult });
}

/**
 * `PUT /v1/profiles/{profileId}/verification-documents`: replaces a personal profile's document
 * of the same type in full (fields left out become null). Only KYC partners may: `clientId` is
 * the partner's.
 * @wiseOperation PUT /v1/profiles/{profileId}/verification-documents
 */
export function updateIdentityDocument(wise: WiseSession, profileId: number, clientId: string, document: WiseIdentityDocument): Promise<WiseDocumentResult> {
  return wise.call({ method: "PUT", route: route`/v1/profiles/${profileId}/verification-documents`, json: { clientId, ...document }, decoder: wiseDocumentResult });
}
