// An identification document of a personal profile, as the sandbox keeps it: one per document
// type (a document of a type already held replaces it). Wise serves no read of them.

export const DOCUMENT_TYPES = [
  "DRIVERS_LICENCE",
  "IDENTITY_CARD",
  "GREEN_CARD",
  "MY_NUMBER",
  "PASSPORT",
  "SSN",
  "EMIRATES_EMPLOYER",
  "EMIRATES_PLACE_OF_BIRTH",
  "CPF_CNPJ",
  "FINANCIAL_CAPACITY_BR",
  "OTHER",
] as const;

export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** The text fields a document may carry (each null when not given). */
export const DOCUMENT_FIELDS = [
  "firstName",
  "lastName",
  "uniqueIdentifier",
  "issueDate",
  "issuerCountry",
  "issuerState",
  "expiryDate",
  "nationality",
  "employerName",
  "employerCity",
  "employerCountry",
  "birthCity",
  "birthCountry",
  "sex",
  "placeOfBirth",
] as const;

export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

export type IdentityDocumentRecord = { type: DocumentType; receivedMs: number } & Record<DocumentField, string | null>;
