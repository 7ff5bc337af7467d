// Hand-written recipient requirement forms (GET/POST /v1/account-requirements and the quote
// variant) for six currencies, and the validation POST /v1/accounts runs against any form
// (forms.ts picks these or the recorded ones). The forms are written for the sandbox in the
// structure Wise records: one `fields[]` entry per input, each with a one-item `group`:
//   GBP sort_code, iban, email | EUR iban, swift_code, email | USD aba, swift_code, email
//   PLN polish, iban, email    | INR indian                  | JPY japanese, email
// v1.1 (header Accept-Minor-Version: 1) adds the account holder's name and email inputs.
// Address inputs are added when the route needs them (target USD, PHP, THB, TRY; source USD,
// AUD; addressRequired=true) and always for aba and indian (as recorded: EUR swift_code
// forms have no address, USD ones do); a POST that answers
// address.country US or CA reveals address.state.

import type { BuiltInRecipientType, RecipientType } from "../model.js";
import { COUNTRIES, LANGUAGES, isValidAbaRouting, isValidIban, statesOf, type Choice } from "./countries.js";

export type InputType = "text" | "select" | "radio" | "date";

export interface FieldDef {
  key: string;
  name: string;
  /** Name of the group this input shares with its neighbours (recorded multi-input groups); else its own. */
  group?: string;
  type: InputType;
  refreshRequirementsOnChange: boolean;
  required: boolean;
  displayFormat: string | null;
  example: string;
  minLength: number | null;
  maxLength: number | null;
  validationRegexp: string | null;
  validationAsync: null;
  valuesAllowed: readonly Choice[] | null;
}

export interface FormDef {
  type: RecipientType;
  title: string;
  usageInfo: string | null;
  fields: FieldDef[];
}

/** The partial recipient a POST sends (same body as POST /v1/accounts). */
export interface RecipientInput {
  type?: unknown;
  currency?: unknown;
  accountHolderName?: unknown;
  email?: unknown;
  details?: unknown;
}

export interface FormOptions {
  source: string;
  target: string;
  /** v1.1 (Accept-Minor-Version: 1): name and email are part of the form. */
  minorVersion: boolean;
  addressRequired: boolean;
  /** Answers so far (POST); reveal dependent inputs. */
  answers: RecipientInput | null;
}

export function field(key: string, name: string, type: InputType, opts: Partial<FieldDef> = {}): FieldDef {
  return {
    key,
    name,
    type,
    refreshRequirementsOnChange: false,
    required: true,
    displayFormat: null,
    example: "",
    minLength: null,
    maxLength: null,
    validationRegexp: null,
    validationAsync: null,
    valuesAllowed: null,
    ...opts,
  };
}

const EMAIL_REGEXP = "\\s*[a-zA-Z0-9.!#$%&'*+\\/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+\\s*";
/** Characters Wise's forms accept in names. */
const NAME_REGEXP = "^[0-9A-Za-zÀ-ÖØ-öø-ÿ-_()'*,.%#^@&{}~<>+$\"\\[\\]\\\\ ]+$";
/** Japanese forms also take katakana and full-width characters. */
const JP_NAME_REGEXP = "^[ -~\u30A0-\u30FF\u3000-\u303F\u00A5\uFFE5\uFF01-\uFF9F\u3099-\u309C]+$";
/** The narrower rule from Wise's recipient docs, applied to non-Japanese names: [0-9A-Za-zÀ-ÖØ-öø-ÿ-_()'*,.\s]. */
const DOCS_NAME_CHARS = /^[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\-_()'*,.\s]+$/;
const BIC_REGEXP = "^[A-Za-z]{6}[A-Za-z\\d]{2}([A-Za-z\\d]{3})?$";

const legalType = () =>
  field("legalType", "Recipient type", "select", {
    refreshRequirementsOnChange: true,
    valuesAllowed: [
      { key: "PRIVATE", name: "Person" },
      { key: "BUSINESS", name: "Business" },
    ],
  });
const optionalEmail = () => field("email", "Email (Optional)", "text", { required: false, example: "example@example.ex", maxLength: 255, validationRegexp: EMAIL_REGEXP });
const holderName = (maxLength = 140, validationRegexp: string | null = NAME_REGEXP) =>
  field("accountHolderName", "Full name of the account holder", "text", { minLength: 2, maxLength, validationRegexp });

export function addressFields(answers: RecipientInput | null): FieldDef[] {
  const country = field("address.country", "Country", "select", {
    refreshRequirementsOnChange: true,
    example: "Choose a country",
    valuesAllowed: COUNTRIES,
  });
  const chosen = answerOf(answers, "address.country");
  const states = typeof chosen === "string" ? statesOf(chosen.toUpperCase()) : null;
  const state = states === null ? [] : [field("address.state", "State", "select", { example: "Choose a state", valuesAllowed: states })];
  return [
    country,
    ...state,
    field("address.city", "City", "text", { minLength: 1, maxLength: 255, validationRegexp: "^.{1,255}$" }),
    field("address.firstLine", "Recipient address", "text", { minLength: 1, maxLength: 255, validationRegexp: "^.{1,255}$" }),
    field("address.postCode", "Post code", "text", { minLength: 1, maxLength: 32, validationRegexp: "^.{1,32}$" }),
  ];
}

const JAPANESE_BANKS: readonly Choice[] = [
  { key: "0001", name: "Mizuho Bank [0001]" },
  { key: "0005", name: "MUFG Bank [0005]" },
  { key: "0009", name: "Sumitomo Mitsui Banking Corporation [0009]" },
  { key: "0010", name: "Resona Bank [0010]" },
  { key: "0033", name: "PayPay Bank [0033]" },
  { key: "0036", name: "Rakuten Bank [0036]" },
  { key: "9900", name: "Japan Post Bank [9900]" },
];

/** The bank-details inputs of each recipient type (before name/email/address). */
function bankFields(type: BuiltInRecipientType, target: string): FieldDef[] {
  switch (type) {
    case "sort_code":
      return [
        field("sortCode", "UK sort code", "text", {
          displayFormat: "**-**-**",
          example: "40-30-20",
          minLength: 6,
          maxLength: 8,
          validationRegexp: "^\\d{2}-?\\d{2}-?\\d{2}$",
        }),
        field("accountNumber", "Account number", "text", { example: "12345678", minLength: 8, maxLength: 8, validationRegexp: "[0-9]{8}" }),
      ];
    case "iban":
      return [
        field("BIC", "Bank code (BIC/SWIFT)", "text", {
          required: false,
          example: target === "EUR" ? "BARCGB22XXX" : "Please choose recipient's bank",
          minLength: 8,
          maxLength: 11,
          validationRegexp: BIC_REGEXP,
        }),
        field("IBAN", "IBAN", "text", {
          refreshRequirementsOnChange: true,
          displayFormat: "**** **** **** **** **** **** **** ****",
          example: "DE12345678901234567890",
          minLength: 14,
          maxLength: 42,
          validationRegexp: "^[a-zA-Z]{2}[a-zA-Z0-9 ]{12,40}$",
        }),
      ];
    case "swift_code":
      return [
        field("swiftCode", "SWIFT / BIC code", "text", {
          refreshRequirementsOnChange: true,
          example: "BUKBGB22",
          minLength: 8,
          maxLength: 11,
          validationRegexp: "^[a-zA-Z]{6}(([a-zA-Z0-9]{2})|([a-zA-Z0-9]{5}))$",
        }),
        field("accountNumber", "IBAN / Account number", "text", { minLength: 4, maxLength: 34, validationRegexp: "^[a-zA-Z0-9\\s]{4,34}$" }),
      ];
    case "aba":
      return [
        field("abartn", "Routing number", "text", { example: "020123456", minLength: 9, maxLength: 9, validationRegexp: "^\\d{9}$" }),
        field("accountNumber", "Account number", "text", { example: "12345678", minLength: 4, maxLength: 17, validationRegexp: "^\\d{4,17}$" }),
        field("accountType", "Account type", "radio", {
          valuesAllowed: [
            { key: "CHECKING", name: "Checking" },
            { key: "SAVINGS", name: "Savings" },
          ],
        }),
      ];
    case "polish":
      return [
        field("BIC", "Bank code (BIC/SWIFT)", "text", { required: false, example: "Please choose recipient's bank", minLength: 8, maxLength: 11 }),
        field("accountNumber", "Account number", "text", {
          example: "12345678901234567890123456",
          minLength: 26,
          maxLength: 26,
          validationRegexp: "^[0-9]{26}$",
        }),
      ];
    case "indian":
      return [
        field("ifscCode", "IFSC code", "text", { example: "YESB0236041", minLength: 11, maxLength: 11, validationRegexp: "^[A-Za-z]{4}0[A-Za-z0-9]{6}$" }),
        field("accountNumber", "Account number", "text", { example: "678911234567891", minLength: 5, maxLength: 20, validationRegexp: "^[a-zA-Z0-9]{5,20}$" }),
      ];
    case "japanese":
      return [
        field("bankCode", "Bank name", "select", {
          refreshRequirementsOnChange: true,
          example: "Please enter bank name or bank code",
          minLength: 4,
          maxLength: 4,
          valuesAllowed: JAPANESE_BANKS,
        }),
        field("branchCode", "Branch name", "select", { example: "Please choose recipient's branch", minLength: 3, maxLength: 3 }),
        field("accountType", "Account type", "select", {
          valuesAllowed: [
            { key: "CURRENT", name: "普通 (Futsuu) Savings/General" },
            { key: "SAVINGS", name: "貯蓄 (Chochiku) Savings deposit" },
            { key: "CHECKING", name: "当座 (Touza) Checking/Current" },
          ],
        }),
        field("accountNumber", "Account number", "text", { example: "1234567", minLength: 2, maxLength: 7, validationRegexp: "^\\d{2,7}$" }),
      ];
    case "email":
      return [];
  }
}

const TITLES: Readonly<Record<BuiltInRecipientType, string>> = {
  sort_code: "Local bank account",
  iban: "IBAN",
  swift_code: "SWIFT",
  aba: "ACH",
  email: "Email",
  polish: "Local bank account",
  indian: "Local bank account",
  japanese: "Local bank account",
};

/**
 * Currencies whose forms are written above (they carry the sandbox's own checks: IBAN and ABA
 * checksums, Polish account numbers, Japanese names); every other currency answers the forms
 * recorded from Wise (generated/recipient-forms.json).
 */
export const HAND_WRITTEN = new Set(["GBP", "EUR", "USD", "PLN", "INR", "JPY"]);

/** Recipient types of the hand-written forms, in Wise's order. */
function typesFor(target: string): BuiltInRecipientType[] {
  switch (target) {
    case "GBP":
      return ["sort_code", "iban", "email"];
    case "EUR":
      return ["iban", "swift_code", "email"];
    case "USD":
      return ["aba", "swift_code", "email"];
    case "PLN":
      return ["polish", "iban", "email"];
    case "INR":
      return ["indian"];
    case "JPY":
      return ["japanese", "email"];
    default:
      return [];
  }
}

const ADDRESS_TARGETS = new Set(["USD", "PHP", "THB", "TRY"]);
const ADDRESS_SOURCES = new Set(["USD", "AUD"]);
const ADDRESS_TYPES = new Set<RecipientType>(["aba", "indian"]);

/** Wise's rule: the recipient's address is needed for these routes (recipient docs). */
export function addressNeeded(source: string, target: string): boolean {
  return ADDRESS_TARGETS.has(target) || ADDRESS_SOURCES.has(source);
}

function titleOf(type: BuiltInRecipientType, target: string): string {
  if (type === "iban" && target === "EUR") return "Inside Europe";
  if (type === "swift_code" && target === "EUR") return "Outside Europe";
  return TITLES[type];
}

/** The hand-written forms for a route, with the inputs revealed by the answers given so far. */
export function handWrittenFormsFor(options: FormOptions): FormDef[] {
  const { source, target, minorVersion, answers } = options;
  const withAddress = options.addressRequired || addressNeeded(source, target);
  return typesFor(target).map((type) => {
    let fields: FieldDef[];
    if (type === "email") {
      fields = [
        field("email", "Email (Optional)", "text", { example: "example@example.ex", maxLength: 255, validationRegexp: EMAIL_REGEXP }),
        ...(minorVersion ? [holderName(255, null)] : []),
        field("language", "Recipient's preferred language", "select", { required: false, valuesAllowed: LANGUAGES }),
      ];
    } else {
      const name = type === "japanese" ? holderName(140, JP_NAME_REGEXP) : type === "polish" ? holderName(255) : holderName();
      fields = [
        legalType(),
        ...(minorVersion ? [optionalEmail(), name] : []),
        ...bankFields(type, target),
        ...(withAddress || ADDRESS_TYPES.has(type) ? addressFields(answers) : []),
      ];
    }
    return { type, title: titleOf(type, target), usageInfo: null, fields };
  });
}

// ---------------------------------------------------------------------------------------
// Validation of POST /v1/accounts against the form.

export interface FieldError {
  code: "NOT_VALID";
  message: string;
  path: string;
  arguments: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The value a form key refers to in a recipient body: top-level name, details.*, details.address.*. */
export function answerOf(input: RecipientInput | null, key: string): unknown {
  if (input === null) return undefined;
  const details = isRecord(input.details) ? input.details : {};
  if (key === "accountHolderName") return input.accountHolderName ?? details.accountHolderName;
  if (key === "email") return details.email ?? input.email;
  if (key.startsWith("address.")) {
    const address = isRecord(details.address) ? details.address : {};
    return address[key.slice("address.".length)];
  }
  return details[key];
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

function fullMatch(pattern: string, value: string): boolean {
  return new RegExp(`^(?:${pattern})$`).test(value);
}

/**
 * Name rules from Wise's recipient docs (personal: first and last name of 2+ characters, no
 * digits). `ownCharset`: the form's name input sets its own characters (Japanese, Cyrillic...).
 */
export function nameProblem(name: string, legalType: string, ownCharset: boolean): string | null {
  const trimmed = name.trim();
  if (!ownCharset && !DOCS_NAME_CHARS.test(trimmed)) return "Please use only letters, spaces and the characters _()'*,.- in the name.";
  if (legalType === "BUSINESS") return trimmed.replace(/\s+/g, "").length < 2 ? "Please enter the full business name." : null;
  if (/\d/.test(trimmed)) return "Numbers are not allowed in personal names.";
  const parts = trimmed.split(/\s+/);
  if (parts.length < 2 || parts[0]!.length < 2 || parts[parts.length - 1]!.length < 2) return "Please enter the recipients first and last name.";
  return null;
}

/**
 * Every problem of a recipient body against its form (empty when valid). The form is the
 * v1.1 one (name and email included), with inputs revealed by the body's own answers.
 */
export function validateAgainst(form: FormDef, input: RecipientInput): FieldError[] {
  const errors: FieldError[] = [];
  const add = (path: string, message: string, value?: string) => errors.push({ code: "NOT_VALID", message, path, arguments: value === undefined ? [path] : [path, value] });
  for (const f of form.fields) {
    const value = answerOf(input, f.key);
    if (blank(value)) {
      if (f.required) add(f.key, `Please specify ${f.name}.`);
      continue;
    }
    if (typeof value !== "string") {
      add(f.key, `Please enter a valid ${f.name}.`, String(value));
      continue;
    }
    const text = value.trim();
    if ((f.minLength !== null && text.length < f.minLength) || (f.maxLength !== null && text.length > f.maxLength)) {
      add(f.key, `${f.name} must be between ${f.minLength ?? 0} and ${f.maxLength ?? "any number of"} characters long.`, value);
      continue;
    }
    if (f.validationRegexp !== null && !fullMatch(f.validationRegexp, value)) {
      add(f.key, `Please enter a valid ${f.name}.`, value);
      continue;
    }
    if (f.valuesAllowed !== null && !f.valuesAllowed.some((c) => c.key === text.toUpperCase() || c.key === text)) {
      add(f.key, `Please select a valid ${f.name}.`, value);
      continue;
    }
    if (f.key === "IBAN" && !isValidIban(text)) add(f.key, "Please specify a valid IBAN.", value);
    if (f.key === "abartn" && !isValidAbaRouting(text)) add(f.key, "Please enter a valid ACH routing number.", value);
    if (f.key === "accountNumber" && form.type === "polish" && !isValidIban(`PL${text}`)) add(f.key, "Please enter a valid account number.", value);
    if (f.key === "accountHolderName") {
      const details = isRecord(input.details) ? input.details : {};
      const legal = typeof details.legalType === "string" ? details.legalType : "PRIVATE";
      const ownCharset = form.type === "japanese" || (f.validationRegexp !== null && f.validationRegexp !== NAME_REGEXP);
      const problem = nameProblem(text, legal, ownCharset);
      if (problem !== null) add("accountHolderName", problem, value);
    }
  }
  return errors;
}

// ---------------------------------------------------------------------------------------
// Transfer requirements (POST /v1/transfer-requirements): a small dynamic form checked
// again by POST /v1/transfers. Reference length depends on the payout network; INR
// transfers need a purpose; transfers to USD of 80,000 USD or more need a source of funds
// (the OAS example of a conditional requirement).

const REFERENCE_MAX: Readonly<Record<string, number>> = { GBP: 18, EUR: 140, PLN: 140, USD: 10, INR: 30 };
const DEFAULT_REFERENCE_MAX = 35;
export const SOURCE_OF_FUNDS_THRESHOLD_USD = "80000";

const PURPOSES: readonly Choice[] = [
  { key: "verification.transfers.purpose.purchase.property", name: "Buying property abroad" },
  { key: "verification.transfers.purpose.pay.bills", name: "Rent or other property expenses" },
  { key: "verification.transfers.purpose.mortgage", name: "Mortgage payment" },
  { key: "verification.transfers.purpose.pay.tuition", name: "Tuition fees or studying expenses" },
  { key: "verification.transfers.purpose.send.to.family", name: "Sending money home to family" },
  { key: "verification.transfers.purpose.living.expenses", name: "General monthly living expenses" },
  { key: "verification.transfers.purpose.other", name: "Other" },
];

const SOURCES_OF_FUNDS: readonly Choice[] = [
  { key: "verification.source.of.funds.salary", name: "Salary" },
  { key: "verification.source.of.funds.investment", name: "Investments" },
  { key: "verification.source.of.funds.inheritance", name: "Inheritance" },
  { key: "verification.source.of.funds.loan", name: "Loan" },
  { key: "verification.source.of.funds.other", name: "Other" },
];

export function transferFields(target: string, large: boolean): FieldDef[] {
  return [
    field("reference", "Transfer reference", "text", {
      required: false,
      maxLength: REFERENCE_MAX[target] ?? DEFAULT_REFERENCE_MAX,
      validationRegexp: target === "USD" ? "[a-zA-Z0-9- ]*" : null,
    }),
    ...(target === "INR" ? [field("transferPurpose", "Transfer purpose", "select", { refreshRequirementsOnChange: true, valuesAllowed: PURPOSES })] : []),
    ...(large ? [field("sourceOfFunds", "Source of funds", "select", { valuesAllowed: SOURCES_OF_FUNDS })] : []),
  ];
}

/** Problems of a transfer's `details` against its transfer form (paths are the form keys). */
export function validateTransferDetails(fields: readonly FieldDef[], details: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  for (const f of fields) {
    const value = details[f.key];
    if (blank(value)) {
      if (f.required) errors.push({ code: "NOT_VALID", message: `Please specify ${f.name}.`, path: f.key, arguments: [f.key] });
      continue;
    }
    const text = typeof value === "string" ? value : String(value);
    const bad =
      typeof value !== "string" ||
      (f.maxLength !== null && text.length > f.maxLength) ||
      (f.validationRegexp !== null && !fullMatch(f.validationRegexp, text)) ||
      (f.valuesAllowed !== null && !f.valuesAllowed.some((c) => c.key === text));
    if (bad) errors.push({ code: "NOT_VALID", message: `Please enter a valid ${f.name}.`, path: f.key, arguments: [f.key, text] });
  }
  return errors;
}
