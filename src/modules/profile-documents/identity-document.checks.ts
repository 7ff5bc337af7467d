import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { WiseIdentityDocument } from "../../wise/endpoints/identity-documents.js";
import { IdentityDocumentType } from "./identity-document.enums.js";

/** Wise's limit on a document number. */
export const MAX_IDENTIFIER = 30;

const TEXTS = ["uniqueIdentifier", "firstName", "lastName", "issuerState", "employerName", "employerCity", "birthCity", "placeOfBirth", "sex"] as const;
const COUNTRIES = ["issuerCountry", "nationality", "employerCountry", "birthCountry"] as const;
const DATES = ["issueDate", "expiryDate"] as const;
const EMPLOYER = ["employerName", "employerCity", "employerCountry"] as const;

/** What both inputs hold: the type, text fields and dates, each optional. */
type Input = { type: IdentityDocumentType } & Partial<Record<(typeof TEXTS)[number] | (typeof COUNTRIES)[number], string | null>> &
  Partial<Record<(typeof DATES)[number], Date | null>>;

/**
 * The document as Wise's body (blank fields left out), or the userErrors that keep it from Wise:
 * the rules Wise states (number length and form, two-letter countries, employer fields only for
 * EMIRATES_EMPLOYER), checked here so each names its input field.
 */
export function documentBody(input: Input): { body: WiseIdentityDocument } | { userErrors: UserError[] } {
  const userErrors: UserError[] = [];
  const at = (name: string) => ["input", name];
  const body: WiseIdentityDocument = { type: input.type };
  for (const name of TEXTS) {
    const value = input[name]?.trim();
    if (value) body[name] = value;
  }
  for (const name of COUNTRIES) {
    const value = input[name]?.trim();
    if (!value) continue;
    if (/^[A-Za-z]{2}$/.test(value)) body[name] = value.toUpperCase();
    else userErrors.push(UserError.of(UserErrorCode.INVALID, `${name} must be an ISO 3166-1 alpha-2 country code.`, at(name)));
  }
  for (const name of DATES) {
    const value = input[name];
    if (value) body[name] = value.toISOString().slice(0, 10);
  }
  const identifier = body.uniqueIdentifier;
  if (identifier !== undefined && identifier.length > MAX_IDENTIFIER) {
    userErrors.push(UserError.of(UserErrorCode.INVALID, `uniqueIdentifier must be at most ${MAX_IDENTIFIER} characters.`, at("uniqueIdentifier")));
  } else if (identifier !== undefined && input.type === IdentityDocumentType.SSN && !/^\d{9}$/.test(identifier)) {
    userErrors.push(UserError.of(UserErrorCode.INVALID, "A social security number is 9 digits.", at("uniqueIdentifier")));
  } else if (identifier !== undefined && input.type === IdentityDocumentType.FINANCIAL_CAPACITY_BR && !/^\d+(\.\d{1,2})?$/.test(identifier)) {
    userErrors.push(UserError.of(UserErrorCode.INVALID, "A financial capacity is an amount in digits, such as 150000.00.", at("uniqueIdentifier")));
  }
  if (input.type !== IdentityDocumentType.EMIRATES_EMPLOYER) {
    for (const name of EMPLOYER) if (body[name] !== undefined) userErrors.push(UserError.of(UserErrorCode.INVALID, `${name} is only for an EMIRATES_EMPLOYER document.`, at(name)));
  }
  return userErrors.length > 0 ? { userErrors } : { body };
}
