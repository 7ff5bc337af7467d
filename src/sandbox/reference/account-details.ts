// The currencies Wise issues bank account details in (the payin currencies), and what their
// details look like: the rows of each receive option (type, label, the masked example Wise shows
// before details are issued), the bank features, and the issued values, derived from the
// details' id. Labels, masks and features follow the recorded GET /v1/profiles/{id}/account-details.

import { makeIban } from "./countries.js";

export type ReceiveOptionType = "LOCAL" | "INTERNATIONAL";

/** One row of a receive option: what it is, its label, and its value before and after issuing. */
export interface DetailRow {
  type: string;
  title: string;
  /** The masked example shown while the details are only AVAILABLE. */
  preview: string;
  /** The issued value for details number `n` (a positive integer). */
  issued: (n: number) => string;
  hidden?: boolean;
}

export interface ReceiveOptionTemplate {
  type: ReceiveOptionType;
  title: string;
  /** Our own one-line description of where the money may come from. */
  body: string;
  /** The TIME summary's title; null for an option without details. */
  time: string | null;
  /** Empty: the option exists but details for it cannot be issued. */
  rows: DetailRow[];
}

export interface AccountDetailsTemplate {
  code: string;
  name: string;
  subtitle: string;
  options: [ReceiveOptionTemplate, ReceiveOptionTemplate];
  /** LOCAL_RECEIVE, SWIFT, DIRECT_DEBITS, PLATFORM_RECEIVE, in Wise's order. */
  features: [boolean, boolean, boolean, boolean];
}

export const BANK_FEATURES = [
  { key: "LOCAL_RECEIVE", title: "Receive locally" },
  { key: "SWIFT", title: "Receive internationally (Swift)" },
  { key: "DIRECT_DEBITS", title: "Set up Direct Debits" },
  { key: "PLATFORM_RECEIVE", title: "Receive from PayPal and Stripe" },
] as const;

/** `n` as exactly `width` digits (the low digits when longer). */
const digits = (n: number, width: number) => String(n).padStart(width, "0").slice(-width);

/** An IBAN in groups of four, as Wise displays it. */
const grouped = (iban: string) => iban.replace(/(.{4})(?=.)/g, "$1 ");

const WISE_EUROPE = "TransferWise Europe SA\nSquare de Meeûs 38 bte 40\nBrussels\n1000\nBelgium";
const WISE_UK = "TransferWise\n56 Shoreditch High Street\nLondon\nE1 6JJ\nUnited Kingdom";
const WISE_US = "TransferWise\n19 W 24th Street\nNew York NY 10010\nUnited States";

const holder: DetailRow = { type: "ACCOUNT_HOLDER", title: "Account holder", preview: "", issued: () => "" };
const fixed = (type: string, title: string, value: string, hidden = false, preview = value): DetailRow => ({ type, title, preview, issued: () => value, hidden });

const eurIban = (n: number) => grouped(makeIban("BE", `967${digits(n, 7)}${digits(n % 97 || 97, 2)}`));
const gbpAccount = (n: number) => digits(n, 8);
const gbpIban = (n: number) => grouped(makeIban("GB", `TRWI231470${gbpAccount(n)}`));
const usdAccount = (n: number) => `8310${digits(n, 6)}`;
const hufAccount = (n: number) => `12600016-${digits(n, 8)}-${digits(n * 7, 8)}`;
const hufIban = (n: number) => grouped(makeIban("HU", hufAccount(n).replace(/-/g, "")));

const noInternational = (code: string): ReceiveOptionTemplate => ({
  type: "INTERNATIONAL",
  title: "Global · Swift",
  body: `International ${code} payments cannot be received with these details.`,
  time: null,
  rows: [],
});

export const ACCOUNT_DETAILS_TEMPLATES: readonly AccountDetailsTemplate[] = [
  {
    code: "EUR",
    name: "Euro",
    subtitle: "IBAN and Swift/BIC",
    options: [
      {
        type: "LOCAL",
        title: "Local",
        body: "For euro payments from banks in the Eurozone (SEPA).",
        time: "Payments take up to 2 working days to arrive",
        rows: [
          holder,
          fixed("SWIFT_CODE", "BIC", "TRWIBEB1XXX", false, "TRWIBxxxxxx"),
          { type: "IBAN", title: "IBAN", preview: "BE29 9670 xxxx xxxx", issued: eurIban },
          fixed("BANK_NAME_AND_ADDRESS", "Bank name and address", WISE_EUROPE),
        ],
      },
      {
        type: "INTERNATIONAL",
        title: "Global · Swift",
        body: "For euro payments from banks outside the Eurozone.",
        time: "Payments take up to 5 working days to arrive",
        rows: [
          holder,
          fixed("SWIFT_CODE", "Swift/BIC", "TRWIBEB1XXX", false, "TRWIBxxxxxx"),
          { type: "IBAN", title: "IBAN", preview: "BE29 9670 xxxx xxxx", issued: eurIban },
          fixed("BANK_NAME_AND_ADDRESS", "Bank name and address", WISE_EUROPE),
        ],
      },
    ],
    features: [true, true, true, true],
  },
  {
    code: "GBP",
    name: "British pound (accepts US dollar)",
    subtitle: "UK sort code, account number and IBAN to receive US dollars + 22 other currencies",
    options: [
      {
        type: "LOCAL",
        title: "Local",
        body: "For pound payments from banks in the UK.",
        time: "Payments take up to 1 working day to arrive",
        rows: [
          holder,
          fixed("BANK_CODE", "Sort code", "23-14-70", false, "23-1x-xx"),
          { type: "ACCOUNT_NUMBER", title: "Account number", preview: "1000xxxx", issued: gbpAccount },
          { type: "IBAN", title: "IBAN", preview: "GB77 TRWI 2314 7010 0000 00", issued: gbpIban },
          fixed("BANK_NAME_AND_ADDRESS", "Bank name and address", WISE_UK),
        ],
      },
      {
        type: "INTERNATIONAL",
        title: "Global · Swift",
        body: "For payments from banks outside the UK, in pounds and other currencies.",
        time: "Payments take up to 5 working days to arrive",
        rows: [
          holder,
          fixed("SWIFT_CODE", "Swift/BIC", "TRWIGB2L"),
          { type: "IBAN", title: "IBAN", preview: "GB77 TRWI 2314 7010 0000 00", issued: gbpIban },
          fixed("BANK_NAME_AND_ADDRESS", "Bank name and address", WISE_UK),
        ],
      },
    ],
    features: [true, true, true, true],
  },
  {
    code: "USD",
    name: "US dollar",
    subtitle: "Routing number (ACH or ABA), account number and Swift/BIC",
    options: [
      {
        type: "LOCAL",
        title: "Local",
        body: "For dollar payments from banks in the US (ACH and wire).",
        time: "Payments take up to 3 working days to arrive",
        rows: [
          holder,
          fixed("ROUTING_NUMBER", "Wire routing number", "026073008"),
          { type: "ACCOUNT_NUMBER", title: "Account number", preview: "8xx00xxxxx", issued: usdAccount },
          fixed("ACCOUNT_TYPE", "Account type", "Checking"),
          fixed("BANK_NAME_AND_ADDRESS", "Bank name and address", WISE_US),
        ],
      },
      {
        type: "INTERNATIONAL",
        title: "Global · Swift",
        body: "For dollar payments from banks outside the US.",
        time: "Payments take up to 5 working days to arrive",
        rows: [
          holder,
          fixed("ROUTING_NUMBER", "Routing number", "026073008"),
          fixed("SWIFT_CODE", "Swift/BIC", "CMFGUS33", true, "CMFGxxxx"),
          { type: "ACCOUNT_NUMBER", title: "Account number", preview: "8xx00xxxxx", issued: usdAccount },
          fixed("BANK_NAME_AND_ADDRESS", "Bank name and address", WISE_US),
        ],
      },
    ],
    features: [true, true, true, true],
  },
  {
    code: "AUD",
    name: "Australian dollar",
    subtitle: "BSB code, account number and Swift/BIC",
    options: [
      {
        type: "LOCAL",
        title: "Local",
        body: "For dollar payments from banks in Australia.",
        time: "Payments take up to 1 working day to arrive",
        rows: [
          holder,
          fixed("BANK_CODE", "BSB code", "802985", false, "802xxx"),
          { type: "ACCOUNT_NUMBER", title: "Account number", preview: "6129xxxxx", issued: (n) => `6129${digits(n, 5)}` },
        ],
      },
      noInternational("AUD"),
    ],
    features: [true, false, true, false],
  },
  {
    code: "NZD",
    name: "New Zealand dollar",
    subtitle: "Account number and Swift/BIC",
    options: [
      {
        type: "LOCAL",
        title: "Local",
        body: "For dollar payments from banks in New Zealand.",
        time: "Payments take up to 2 working days to arrive",
        rows: [holder, { type: "ACCOUNT_NUMBER", title: "Account number", preview: "02-1290-0xxxxxx-xxx", issued: (n) => `02-1290-0${digits(n, 6)}-${digits(n, 3)}` }],
      },
      noInternational("NZD"),
    ],
    features: [true, false, false, false],
  },
  {
    code: "CAD",
    name: "Canadian dollar",
    subtitle: "Institution number, transit number, account number and Swift/BIC",
    options: [
      {
        type: "LOCAL",
        title: "Local",
        body: "For dollar payments from banks in Canada (EFT and direct deposit).",
        time: "Payments take up to 2 working days to arrive",
        rows: [
          holder,
          fixed("ROUTING_NUMBER", "Institution number", "621", false, "6xx"),
          { type: "ACCOUNT_NUMBER", title: "Account number", preview: "200110xxxxxx", issued: (n) => `200110${digits(n, 6)}` },
          fixed("BANK_NAME_AND_ADDRESS", "Bank name and address", "Peoples Trust\n595 Burrard Street\nVancouver BC V7X 1L7\nCanada"),
        ],
      },
      noInternational("CAD"),
    ],
    features: [true, false, true, false],
  },
  {
    code: "HUF",
    name: "Hungarian forint",
    subtitle: "Bank code, account number, IBAN and Swift/BIC",
    options: [
      {
        type: "LOCAL",
        title: "Local",
        body: "For forint payments from banks in Hungary.",
        time: "Payments take up to 1 working day to arrive",
        rows: [
          holder,
          { type: "ACCOUNT_NUMBER", title: "Account number", preview: "12600016-0000xxxx-xxxxxxxx", issued: hufAccount },
          fixed("BANK_NAME_AND_ADDRESS", "Bank name and address", WISE_EUROPE),
        ],
      },
      {
        type: "INTERNATIONAL",
        title: "Global · Swift",
        body: "For forint payments from banks outside Hungary.",
        time: "Payments take up to 5 working days to arrive",
        rows: [
          holder,
          fixed("SWIFT_CODE", "Swift/BIC", "TRWIBEB1XXX", false, "TRWIBxxxxxx"),
          { type: "IBAN", title: "IBAN", preview: "HU68 1260 0016 0000 0000 0000 0000", issued: hufIban },
          fixed("BANK_NAME_AND_ADDRESS", "Bank name and address", WISE_EUROPE),
        ],
      },
    ],
    features: [true, false, false, false],
  },
  {
    code: "MYR",
    name: "Malaysian ringgit",
    subtitle: "Account number",
    options: [
      {
        type: "LOCAL",
        title: "Local",
        body: "For ringgit payments from banks in Malaysia.",
        time: "Payments take up to 1 working day to arrive",
        rows: [
          holder,
          fixed("PARTNER_BANK_NAME", "Partner bank name", "JPMorgan Chase Bank Berhad"),
          { type: "ACCOUNT_NUMBER", title: "Account number", preview: "3120000xxxxxxxx", issued: (n) => `3120000${digits(n, 8)}` },
        ],
      },
      noInternational("MYR"),
    ],
    features: [false, false, false, false],
  },
  {
    code: "RON",
    name: "Romanian leu",
    subtitle: "Bank code, account number and IBAN",
    options: [
      {
        type: "LOCAL",
        title: "Local",
        body: "For leu payments from banks in Romania.",
        time: "Payments take up to 1 working day to arrive",
        rows: [
          holder,
          fixed("SWIFT_CODE", "Bank code", "BRELROBUXXX", false, "BRELRxxxxxx"),
          { type: "ACCOUNT_NUMBER", title: "Account number", preview: "RO83 BREL 0005 xxxx xxxx xxxx", issued: (n) => grouped(makeIban("RO", `BREL0005${digits(n, 12)}`)) },
          fixed("BANK_NAME_AND_ADDRESS", "Bank name and address", "Libra Internet Bank\nCalea Vitan Nr. 6-6A\nBucuresti\n031296\nRomania"),
        ],
      },
      noInternational("RON"),
    ],
    features: [true, false, false, false],
  },
  {
    code: "SGD",
    name: "Singapore dollar",
    subtitle: "Bank code, account number and Swift/BIC",
    options: [
      {
        type: "LOCAL",
        title: "Local",
        body: "For dollar payments from banks in Singapore (FAST).",
        time: "Payments take up to 1 working day to arrive",
        rows: [
          fixed("SUPPORTED_PAYMENT_NETWORK", "Payment network", "FAST"),
          holder,
          fixed("BANK_NAME", "Bank name", "DBS Bank Ltd"),
          fixed("BANK_CODE", "Bank code", "7171", false, "71xx"),
          { type: "ACCOUNT_NUMBER", title: "Account number", preview: "885-074-xxx-xxx", issued: (n) => `885-074-${digits(n, 6).slice(0, 3)}-${digits(n, 3)}` },
          fixed("ADDRESS", "Wise’s address", "56 Shoreditch High Street\nLondon E1 6JJ"),
        ],
      },
      noInternational("SGD"),
    ],
    features: [true, false, false, false],
  },
  {
    code: "TRY",
    name: "Turkish lira",
    subtitle: "IBAN",
    options: [
      {
        type: "LOCAL",
        title: "Local",
        body: "For lira payments from banks in Turkey.",
        time: "Payments take up to 1 working day to arrive",
        rows: [holder, { type: "IBAN", title: "IBAN", preview: "TR29 0010 3000 0xxx xxxx xxxx xx", issued: (n) => grouped(makeIban("TR", `001030000${digits(n, 15)}`)) }],
      },
      noInternational("TRY"),
    ],
    features: [true, false, false, false],
  },
];

const BY_CODE = new Map(ACCOUNT_DETAILS_TEMPLATES.map((t) => [t.code, t]));

/** The template of a currency Wise issues account details in, if it does. */
export function accountDetailsTemplate(currency: string): AccountDetailsTemplate | undefined {
  return BY_CODE.get(currency);
}

/** The currencies Wise issues account details in (GET .../payin-currencies), in Wise's order. */
export const PAYIN_CURRENCIES: readonly string[] = ACCOUNT_DETAILS_TEMPLATES.map((t) => t.code);
