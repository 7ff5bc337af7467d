// Recipients ("accounts") each profile pays; seeded transfers point at them.
// A hand-written set per profile (well-known public example IBANs / routing numbers),
// then alice's PERSONAL profile gets GENERATED_RECIPIENTS more in GBP, EUR, USD, PLN,
// INR, JPY, CHF and SEK (valid IBAN checksums and ABA routing numbers, addresses where
// Wise needs them), INACTIVE_RECIPIENTS of them deactivated. Ids grow with creation time
// within each block.

import type { BuiltInRecipientType, RecipientRecord } from "../model.js";
import { makeIban } from "../reference/countries.js";
import { DAY_MS, ID_BASE, SEED_NOW_MS } from "./constants.js";
import { Rng } from "./random.js";
import { ALICE, BOB } from "./users.js";

/** Extra recipients generated for alice's personal profile (the big-list demo). */
export const GENERATED_RECIPIENTS = 120;
/** How many of those are deactivated (DELETE /v2/accounts), so 110 stay active. */
export const INACTIVE_RECIPIENTS = 10;

interface Row {
  profileId: number;
  creatorId: number;
  currency: string;
  type: BuiltInRecipientType;
  name: string;
  legalType: "PRIVATE" | "BUSINESS";
  country: string | null;
  details: Record<string, string>;
  email?: string;
  address?: RecipientRecord["address"];
  createdIso: string;
  ownedByCustomer?: boolean;
}

const sortCode = (sc: string, acc: string) => ({ sortCode: sc, accountNumber: acc });
const iban = (ib: string, bic: string) => ({ IBAN: ib, BIC: bic });
const aba = (routing: string, acc: string, kind: "CHECKING" | "SAVINGS") => ({
  abartn: routing,
  accountNumber: acc,
  accountType: kind,
});

const ROWS: Row[] = [
  // alice, personal
  {
    profileId: ALICE.personalProfileId,
    creatorId: ALICE.id,
    currency: "GBP",
    type: "sort_code",
    name: "Emma Thompson",
    legalType: "PRIVATE",
    country: "GB",
    details: sortCode("040075", "37618920"),
    createdIso: "2022-04-02T10:11:12",
  },
  {
    profileId: ALICE.personalProfileId,
    creatorId: ALICE.id,
    currency: "EUR",
    type: "iban",
    name: "Lukas Schneider",
    legalType: "PRIVATE",
    country: "DE",
    details: iban("DE89370400440532013000", "COBADEFFXXX"),
    createdIso: "2022-05-19T18:02:44",
  },
  {
    profileId: ALICE.personalProfileId,
    creatorId: ALICE.id,
    currency: "EUR",
    type: "iban",
    name: "Sophie Dubois",
    legalType: "PRIVATE",
    country: "FR",
    details: iban("FR1420041010050500013M02606", "PSSTFRPPXXX"),
    createdIso: "2023-01-07T09:30:00",
  },
  {
    profileId: ALICE.personalProfileId,
    creatorId: ALICE.id,
    currency: "USD",
    type: "aba",
    name: "Daniel Rivera",
    legalType: "PRIVATE",
    country: "US",
    details: aba("026009593", "000123456789", "CHECKING"),
    address: { country: "US", city: "Austin", firstLine: "700 Congress Avenue", postCode: "78701", state: "TX" },
    createdIso: "2023-08-23T14:45:10",
  },
  {
    profileId: ALICE.personalProfileId,
    creatorId: ALICE.id,
    currency: "EUR",
    type: "email",
    name: "Marco Rossi",
    legalType: "PRIVATE",
    country: null,
    details: {},
    email: "marco.rossi@example.com",
    createdIso: "2024-02-14T20:20:20",
  },
  // alice, business
  {
    profileId: ALICE.businessProfileId,
    creatorId: ALICE.id,
    currency: "GBP",
    type: "sort_code",
    name: "Pixel Print Ltd",
    legalType: "BUSINESS",
    country: "GB",
    details: sortCode("200000", "55779911"),
    createdIso: "2023-06-05T09:00:00",
  },
  {
    profileId: ALICE.businessProfileId,
    creatorId: ALICE.id,
    currency: "EUR",
    type: "iban",
    name: "Studio Verde SRL",
    legalType: "BUSINESS",
    country: "IT",
    details: iban("IT60X0542811101000000123456", "BPMOIT22XXX"),
    createdIso: "2023-07-11T11:11:11",
  },
  {
    profileId: ALICE.businessProfileId,
    creatorId: ALICE.id,
    currency: "USD",
    type: "aba",
    name: "Northwind Traders Inc",
    legalType: "BUSINESS",
    country: "US",
    details: aba("021000021", "000987654321", "CHECKING"),
    address: { country: "US", city: "Boston", firstLine: "1 Federal Street", postCode: "02110", state: "MA" },
    createdIso: "2023-09-30T16:00:00",
  },
  {
    profileId: ALICE.businessProfileId,
    creatorId: ALICE.id,
    currency: "GBP",
    type: "sort_code",
    name: "Emma Thompson",
    legalType: "PRIVATE",
    country: "GB",
    details: sortCode("040075", "37618920"),
    createdIso: "2024-01-15T08:30:00",
  },
  {
    profileId: ALICE.businessProfileId,
    creatorId: ALICE.id,
    currency: "EUR",
    type: "iban",
    name: "Jansen Webdesign BV",
    legalType: "BUSINESS",
    country: "NL",
    details: iban("NL91ABNA0417164300", "ABNANL2AXXX"),
    createdIso: "2024-05-02T13:45:00",
  },
  // bob, personal
  {
    profileId: BOB.personalProfileId,
    creatorId: BOB.id,
    currency: "USD",
    type: "aba",
    name: "Linda Nakamura",
    legalType: "PRIVATE",
    country: "US",
    details: aba("111000025", "000555123456", "SAVINGS"),
    address: { country: "US", city: "Portland", firstLine: "42 Alder Street", postCode: "97204", state: "OR" },
    createdIso: "2021-12-01T12:00:00",
  },
  {
    profileId: BOB.personalProfileId,
    creatorId: BOB.id,
    currency: "EUR",
    type: "iban",
    name: "Hans Müller",
    legalType: "PRIVATE",
    country: "AT",
    details: iban("AT611904300234573201", "BKAUATWWXXX"),
    createdIso: "2022-06-18T07:45:00",
  },
  {
    profileId: BOB.personalProfileId,
    creatorId: BOB.id,
    currency: "GBP",
    type: "sort_code",
    name: "Oliver Bennett",
    legalType: "PRIVATE",
    country: "GB",
    details: sortCode("309634", "12345678"),
    createdIso: "2023-03-03T15:15:15",
  },
  {
    profileId: BOB.personalProfileId,
    creatorId: BOB.id,
    currency: "EUR",
    type: "email",
    name: "Kenji Sato",
    legalType: "PRIVATE",
    country: null,
    details: {},
    email: "kenji.sato@example.com",
    createdIso: "2024-07-07T07:07:07",
  },
  // bob, business
  {
    profileId: BOB.businessProfileId,
    creatorId: BOB.id,
    currency: "USD",
    type: "aba",
    name: "Trailhead Components Inc",
    legalType: "BUSINESS",
    country: "US",
    details: aba("121000248", "000444777111", "CHECKING"),
    address: { country: "US", city: "Denver", firstLine: "1600 Glenarm Place", postCode: "80202", state: "CO" },
    createdIso: "2022-09-01T10:00:00",
  },
  {
    profileId: BOB.businessProfileId,
    creatorId: BOB.id,
    currency: "EUR",
    type: "iban",
    name: "Velo Parts GmbH",
    legalType: "BUSINESS",
    country: "DE",
    details: iban("DE75512108001245126199", "SOGEDEFFXXX"),
    createdIso: "2022-10-12T09:30:00",
  },
  {
    profileId: BOB.businessProfileId,
    creatorId: BOB.id,
    currency: "GBP",
    type: "sort_code",
    name: "Brompton Supplies Ltd",
    legalType: "BUSINESS",
    country: "GB",
    details: sortCode("601613", "31926819"),
    createdIso: "2023-02-20T17:00:00",
  },
  {
    profileId: BOB.businessProfileId,
    creatorId: BOB.id,
    currency: "USD",
    type: "aba",
    name: "Maria Lopez",
    legalType: "PRIVATE",
    country: "US",
    details: aba("322271627", "000333222111", "CHECKING"),
    address: { country: "US", city: "Los Angeles", firstLine: "200 N Spring Street", postCode: "90012", state: "CA" },
    createdIso: "2024-04-04T12:30:00",
  },
  {
    profileId: BOB.businessProfileId,
    creatorId: BOB.id,
    currency: "EUR",
    type: "iban",
    name: "Ciclos Ibéricos SL",
    legalType: "BUSINESS",
    country: "ES",
    details: iban("ES9121000418450200051332", "CAIXESBBXXX"),
    createdIso: "2024-09-09T09:09:09",
  },
];

const FIRST = [
  "Olivia",
  "Noah",
  "Amelia",
  "Lucas",
  "Chloé",
  "Mateo",
  "Zoë",
  "Henrik",
  "Priya",
  "Arjun",
  "Yuki",
  "Haruto",
  "Sofia",
  "Léa",
  "Jakub",
  "Zofia",
  "Aiden",
  "Maya",
  "Tomás",
  "Ingrid",
  "Rahul",
  "Ananya",
  "Kenta",
  "Emil",
  "Isabella",
  "Björn",
  "Marta",
  "Diego",
  "Fatima",
  "Oscar",
];
const LAST = [
  "Walker",
  "Hughes",
  "García",
  "Müller",
  "Rossi",
  "Kowalski",
  "Nowak",
  "Sharma",
  "Patel",
  "Tanaka",
  "Suzuki",
  "Dubois",
  "Jansen",
  "O'Brien",
  "Fernández",
  "Lindqvist",
  "Novak",
  "Iyer",
  "Watanabe",
  "Moreau",
  "Schmidt",
  "Costa",
  "Nakamura",
  "Andersen",
  "Kaur",
];
const BUSINESS = [
  "Oakridge Cycles Ltd",
  "Blue Fern Studio",
  "Kestrel Labs",
  "Harbour Coffee Co",
  "Northwind Traders",
  "Maple & Pine",
  "Atelier Lumière SARL",
  "Studio Nord AB",
  "Sakura Design KK",
  "Vistula Print Sp. z o.o.",
  "Ganges Textiles Pvt Ltd",
  "Alpine Gear AG",
];

interface Plan {
  currency: string;
  type: BuiltInRecipientType;
  count: number;
}

/** What the generated block holds, in creation order before shuffling by date. */
const PLANS: Plan[] = [
  { currency: "GBP", type: "sort_code", count: 24 },
  { currency: "GBP", type: "iban", count: 4 },
  { currency: "EUR", type: "iban", count: 30 },
  { currency: "EUR", type: "email", count: 3 },
  { currency: "USD", type: "aba", count: 18 },
  { currency: "USD", type: "swift_code", count: 4 },
  { currency: "PLN", type: "polish", count: 8 },
  { currency: "PLN", type: "iban", count: 3 },
  { currency: "INR", type: "indian", count: 9 },
  { currency: "JPY", type: "japanese", count: 8 },
  { currency: "CHF", type: "iban", count: 5 },
  { currency: "SEK", type: "iban", count: 4 },
];

const digits = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join("");
const letters = (rng: Rng, n: number) => Array.from({ length: n }, () => String.fromCharCode(65 + rng.int(0, 25))).join("");

/** BBAN generators per country (random digits; the IBAN check digits are computed). */
const EURO_BBANS: ReadonlyArray<readonly [country: string, bban: (rng: Rng) => string, bic: string]> = [
  ["DE", (r) => digits(r, 18), "COBADEFFXXX"],
  ["NL", (r) => `${letters(r, 4)}${digits(r, 10)}`, "ABNANL2AXXX"],
  ["ES", (r) => digits(r, 20), "CAIXESBBXXX"],
  ["BE", (r) => digits(r, 12), "GEBABEBBXXX"],
  ["AT", (r) => digits(r, 16), "BKAUATWWXXX"],
  ["IE", (r) => `${letters(r, 4)}${digits(r, 14)}`, "AIBKIE2DXXX"],
  ["FR", (r) => digits(r, 23), "BNPAFRPPXXX"],
  ["IT", (r) => `${letters(r, 1)}${digits(r, 22)}`, "UNCRITMMXXX"],
  ["PT", (r) => digits(r, 21), "BCOMPTPLXXX"],
  ["FI", (r) => digits(r, 14), "NDEAFIHHXXX"],
];
const US_ADDRESSES = [
  ["Austin", "TX", "78701", "Congress Avenue"],
  ["Boston", "MA", "02110", "Federal Street"],
  ["Seattle", "WA", "98101", "Pike Street"],
  ["Chicago", "IL", "60601", "Michigan Avenue"],
  ["New York", "NY", "10001", "West 34th Street"],
  ["Miami", "FL", "33131", "Brickell Avenue"],
  ["San Francisco", "CA", "94105", "Mission Street"],
  ["Atlanta", "GA", "30303", "Peachtree Street"],
] as const;
const ABA = ["026009593", "021000021", "111000025", "121000248", "322271627", "011000138", "071000013", "091000019", "122105155", "031176110"];
const SWIFT_ABROAD = [
  ["BNMXMXMMXXX", "MX", "Ciudad de México", "06000", "Avenida Reforma"],
  ["DBSSSGSGXXX", "SG", "Singapore", "018989", "Marina Boulevard"],
  ["HSBCHKHHHKH", "HK", "Hong Kong", "999077", "Queen's Road Central"],
  ["ROYCCAT2XXX", "CA", "Toronto", "M5J 2J5", "Front Street West"],
] as const;
const IFSC = ["HDFC0000001", "ICIC0000011", "SBIN0000300", "UTIB0000004", "YESB0236041", "KKBK0000958"];
const INDIA = [
  ["Mumbai", "400001", "Marine Drive"],
  ["Bengaluru", "560001", "MG Road"],
  ["New Delhi", "110001", "Janpath"],
  ["Pune", "411001", "FC Road"],
] as const;
const JP_BANKS = ["0001", "0005", "0009", "0010", "0033", "0036", "9900"];

function generated(): Row[] {
  const rng = new Rng(0x5eed_a11c);
  const start = Date.UTC(2022, 3, 1);
  const end = SEED_NOW_MS - 5 * DAY_MS;
  const kinds = PLANS.flatMap((p) => Array.from({ length: p.count }, () => p));
  const times = kinds.map(() => rng.int(start, end)).sort((a, b) => a - b);
  // Shuffle the kinds so each currency is spread over the whole period.
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  return kinds.map((plan, i): Row => {
    const own = plan.type !== "email" && rng.chance(0.06);
    const business = !own && plan.type !== "email" && rng.chance(0.15);
    const name = own ? "Alice Martin" : business ? rng.pick(BUSINESS) : `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
    const emailName = name
      .toLowerCase()
      .normalize("NFD")
      .replace(/[^a-z ]/g, "")
      .trim()
      .replace(/\s+/g, ".");
    const email = plan.type === "email" || rng.chance(0.2) ? `${emailName}@example.com` : undefined;
    const base = {
      profileId: ALICE.personalProfileId,
      creatorId: ALICE.id,
      currency: plan.currency,
      type: plan.type,
      name,
      legalType: business ? ("BUSINESS" as const) : ("PRIVATE" as const),
      email,
      createdIso: new Date(times[i]!).toISOString().slice(0, 19),
      ownedByCustomer: own,
    };
    switch (plan.type) {
      case "sort_code":
        return { ...base, country: "GB", details: sortCode(digits(rng, 6), digits(rng, 8)) };
      case "iban": {
        if (plan.currency === "EUR") {
          const [country, bban, bic] = rng.pick(EURO_BBANS);
          return { ...base, country, details: rng.chance(0.5) ? iban(makeIban(country, bban(rng)), bic) : { IBAN: makeIban(country, bban(rng)) } };
        }
        const country = { GBP: "GB", PLN: "PL", CHF: "CH", SEK: "SE" }[plan.currency] ?? "GB";
        const bban = { GB: () => `${letters(rng, 4)}${digits(rng, 14)}`, PL: () => digits(rng, 24), CH: () => digits(rng, 17), SE: () => digits(rng, 20) }[country]!;
        return { ...base, country, details: { IBAN: makeIban(country, bban()) } };
      }
      case "email":
        return { ...base, country: null, details: {} };
      case "aba": {
        const [city, state, postCode, street] = rng.pick(US_ADDRESSES);
        return {
          ...base,
          country: "US",
          details: aba(rng.pick(ABA), digits(rng, rng.int(8, 12)), rng.chance(0.8) ? "CHECKING" : "SAVINGS"),
          address: { country: "US", city, firstLine: `${rng.int(1, 2400)} ${street}`, postCode, state },
        };
      }
      case "swift_code": {
        const [bic, country, city, postCode, street] = rng.pick(SWIFT_ABROAD);
        return {
          ...base,
          country,
          details: { swiftCode: bic, accountNumber: digits(rng, 12) },
          address: { country, city, firstLine: `${rng.int(1, 300)} ${street}`, postCode, state: country === "CA" ? "ON" : null },
        };
      }
      case "polish":
        return { ...base, country: "PL", details: { accountNumber: makeIban("PL", digits(rng, 24)).slice(2) } };
      case "indian": {
        const [city, postCode, street] = rng.pick(INDIA);
        return {
          ...base,
          country: "IN",
          details: { ifscCode: rng.pick(IFSC), accountNumber: digits(rng, rng.int(9, 16)) },
          address: { country: "IN", city, firstLine: `${rng.int(1, 200)} ${street}`, postCode, state: null },
        };
      }
      case "japanese":
        return {
          ...base,
          country: "JP",
          details: { bankCode: rng.pick(JP_BANKS), branchCode: digits(rng, 3), accountType: rng.pick(["CURRENT", "SAVINGS"]), accountNumber: digits(rng, 7) },
        };
    }
  });
}

export function seedRecipients(): RecipientRecord[] {
  const extra = generated();
  // Deactivate a few, never Alice's own accounts.
  const rng = new Rng(0x1dea_c71e);
  const inactive = new Set<number>();
  while (inactive.size < INACTIVE_RECIPIENTS) {
    const i = rng.int(0, extra.length - 1);
    if (!extra[i]!.ownedByCustomer) inactive.add(i);
  }
  const rows = [...ROWS, ...extra];
  return rows.map((row, i) => ({
    id: ID_BASE.recipient + 1 + i,
    profileId: row.profileId,
    creatorId: row.creatorId,
    currency: row.currency,
    country: row.country,
    type: row.type,
    accountHolderName: row.name,
    legalType: row.legalType,
    email: row.email ?? null,
    details: { ...row.details },
    address: row.address ? { ...row.address } : null,
    active: !(i >= ROWS.length && inactive.has(i - ROWS.length)),
    ownedByCustomer: row.ownedByCustomer ?? false,
    isDefaultAccount: false,
    createdMs: Date.parse(`${row.createdIso}Z`),
  }));
}
