// Recipient JSON in Wise's two shapes.
// v1 (POST /v1/accounts, GET /v1/accounts[/{id}]; recordings/iban-process.yaml): lowercase
//   `type`, `business`/`profile`/`user`, and `details` listing every detail key Wise knows,
//   null when unused, IBAN/BIC under both spellings.
// v2 (GET /v2/accounts[/{id}], DELETE; recordings/recipient-get.yaml, recipients-list-all.yaml):
//   PascalCase `type`, `name{...}`, only the set details plus hashes, summaries and
//   displayFields; `country` omitted for email recipients, `email` only when set, and
//   `isDefaultAccount` only in lists (as recorded).

import { confirmationsView } from "./confirmations.js";
import { createHash } from "node:crypto";
import type { RecipientRecord, RecipientType } from "../../model.js";
import type { Store } from "../../store.js";

/** Every key of a v1 recipient's `details`, in Wise's order. */
const V1_DETAIL_KEYS = [
  "address",
  "email",
  "legalType",
  "accountHolderName",
  "accountNumber",
  "sortCode",
  "abartn",
  "accountType",
  "bankgiroNumber",
  "ifscCode",
  "bsbCode",
  "institutionNumber",
  "transitNumber",
  "phoneNumber",
  "bankCode",
  "russiaRegion",
  "routingNumber",
  "branchCode",
  "cpf",
  "cardToken",
  "idType",
  "idNumber",
  "idCountryIso3",
  "idValidFrom",
  "idValidTo",
  "clabe",
  "swiftCode",
  "dateOfBirth",
  "clearingNumber",
  "bankName",
  "branchName",
  "businessNumber",
  "province",
  "city",
  "rut",
  "token",
  "cnpj",
  "payinReference",
  "pspReference",
  "orderId",
  "idDocumentType",
  "idDocumentNumber",
  "identificationNumber",
  "targetProfile",
  "targetUserId",
  "taxId",
  "job",
  "nationality",
  "interacAccount",
  "bban",
  "town",
  "postCode",
  "language",
  "billerCode",
  "customerReferenceNumber",
  "prefix",
  "relationship",
  "IBAN",
  "iban",
  "bic",
  "BIC",
] as const;

export function recipientV1View(store: Store, r: RecipientRecord) {
  const details: Record<string, unknown> = Object.fromEntries(V1_DETAIL_KEYS.map((k) => [k, null]));
  for (const [key, value] of Object.entries(r.details)) details[key] = value;
  details.iban = r.details.IBAN ?? null;
  details.bic = r.details.BIC ?? null;
  details.email = r.email;
  details.legalType = r.legalType;
  details.address =
    r.address === null
      ? null
      : {
          country: r.address.country,
          countryCode: r.address.country,
          firstLine: r.address.firstLine,
          postCode: r.address.postCode,
          city: r.address.city,
          state: r.address.state,
        };
  const profile = store.profiles.get(r.profileId);
  return {
    id: r.id,
    business: profile?.type === "BUSINESS" ? r.profileId : null,
    profile: r.profileId,
    accountHolderName: r.accountHolderName,
    currency: r.currency,
    country: r.country,
    type: r.type,
    details,
    user: r.creatorId,
    active: r.active,
    ownedByCustomer: r.ownedByCustomer,
    confirmations: confirmationsView(r),
  };
}

/** "sort_code" -> "SortCode". */
export function pascalType(type: RecipientType): string {
  return type
    .split("_")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

/** The set bank details under v2 key names (IBAN -> iban, BIC -> bic). */
function v2Details(r: RecipientRecord): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  if (r.type === "sort_code") out.reference = null;
  for (const [key, value] of Object.entries(r.details)) {
    if (key === "IBAN") out.iban = value;
    else if (key === "BIC") out.bic = value;
    else out[key] = value;
  }
  return out;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

const groupIban = (iban: string) => iban.replace(/(.{4})/g, "$1 ").trim();
const dashedSortCode = (sc: string) => sc.replace(/^(\d{2})(\d{2})(\d{2})$/, "$1-$2-$3");

const LABELS: Readonly<Record<string, string>> = {
  sortCode: "UK sort code",
  accountNumber: "Account number",
  iban: "IBAN",
  bic: "Bank code (BIC/SWIFT)",
  abartn: "ACH routing number",
  accountType: "Account type",
  swiftCode: "SWIFT / BIC code",
  ifscCode: "IFSC code",
  bankCode: "Bank name",
  branchCode: "Branch name",
  dateOfBirth: "Date of birth",
  language: "Recipient's preferred language",
};

function displayValue(key: string, value: string): string {
  if (key === "iban") return groupIban(value);
  if (key === "sortCode") return dashedSortCode(value);
  if (key === "accountType") return value.charAt(0) + value.slice(1).toLowerCase();
  return value;
}

function commonFieldMap(type: RecipientType): Record<string, string> {
  switch (type) {
    case "iban":
      return { accountNumberField: "iban", bankCodeField: "bic", bicField: "bic" };
    case "sort_code":
      return { accountNumberField: "accountNumber", bankCodeField: "sortCode" };
    case "aba":
      return { accountNumberField: "accountNumber", bankCodeField: "abartn" };
    case "swift_code":
      return { accountNumberField: "accountNumber", bankCodeField: "swiftCode", bicField: "swiftCode" };
    case "indian":
      return { accountNumberField: "accountNumber", bankCodeField: "ifscCode" };
    case "japanese":
      return { accountNumberField: "accountNumber", bankCodeField: "bankCode" };
    case "polish":
      return { accountNumberField: "accountNumber" };
    case "email":
      return {};
    default:
      // Recorded form types: their account number, wherever the form has one.
      return { accountNumberField: "accountNumber" };
  }
}

function summaries(r: RecipientRecord): { short: string; long: string } {
  const d = r.details;
  const ending = (value: string) => `${r.currency} account ending in ${value.slice(-4)}`;
  switch (r.type) {
    case "email":
      return { short: r.email ?? "", long: r.email ?? "" };
    case "iban":
      return { short: groupIban(d.IBAN ?? ""), long: ending(d.IBAN ?? "") };
    case "sort_code":
      return { short: `(${dashedSortCode(d.sortCode ?? "")}) ${d.accountNumber ?? ""}`, long: ending(d.accountNumber ?? "") };
    case "aba":
      return { short: `(${d.abartn ?? ""}) ${d.accountNumber ?? ""}`, long: ending(d.accountNumber ?? "") };
    case "swift_code":
      return { short: `(${d.swiftCode ?? ""}) ${d.accountNumber ?? ""}`, long: ending(d.accountNumber ?? "") };
    case "indian":
      return { short: `(${d.ifscCode ?? ""}) ${d.accountNumber ?? ""}`, long: ending(d.accountNumber ?? "") };
    case "japanese":
      return { short: `(${d.bankCode ?? ""}-${d.branchCode ?? ""}) ${d.accountNumber ?? ""}`, long: ending(d.accountNumber ?? "") };
    case "polish":
      return { short: d.accountNumber ?? "", long: ending(d.accountNumber ?? "") };
    default: {
      // Recorded form types: the account number, else the first detail (a phone number, an IBAN...).
      const main = d.accountNumber ?? d.IBAN ?? Object.values(d)[0] ?? "";
      return { short: main, long: ending(main) };
    }
  }
}

export function recipientV2View(r: RecipientRecord, opts: { inList: boolean } = { inList: false }) {
  const details = v2Details(r);
  const looseHash = sha256(JSON.stringify(details));
  const hash = sha256(JSON.stringify({ name: r.accountHolderName, details, email: r.email }));
  const displayFields = [
    ...Object.entries(details)
      .filter(([key, value]) => value !== null && key !== "reference")
      .map(([key, value]) => ({ key: `details/${key}`, label: LABELS[key] ?? key, value: displayValue(key, value ?? "") })),
    ...(r.email === null ? [] : [{ key: "email", label: "Email (Optional)", value: r.email }]),
  ];
  const { short, long } = summaries(r);
  return {
    id: r.id,
    creatorId: r.creatorId,
    profileId: r.profileId,
    name: { fullName: r.accountHolderName, givenName: null, familyName: null, middleName: null, patronymicName: null, cannotHavePatronymicName: null },
    currency: r.currency,
    ...(r.country === null ? {} : { country: r.country }),
    type: pascalType(r.type),
    legalEntityType: r.legalType === "BUSINESS" ? "BUSINESS" : "PERSON",
    ...(r.email === null ? {} : { email: r.email }),
    active: r.active,
    details: { ...details, hashedByLooseHashAlgorithm: looseHash },
    commonFieldMap: commonFieldMap(r.type),
    ...(opts.inList ? { isDefaultAccount: r.isDefaultAccount } : {}),
    hash,
    accountSummary: short,
    longAccountSummary: long,
    displayFields,
    isInternal: false,
    ownedByCustomer: r.ownedByCustomer,
    // Only where a name check ran (the recorded v2 recipients have no such key).
    ...(r.confirmations ? { confirmations: confirmationsView(r) } : {}),
  };
}
