// Recipients ("accounts") each profile pays; seeded transfers point at them.
// Bank details use well-known public example IBANs / routing numbers.

import type { RecipientRecord, RecipientType } from "../model.js";
import { ID_BASE } from "./constants.js";
import { ALICE, BOB } from "./users.js";

interface Row {
  profileId: number;
  creatorId: number;
  currency: string;
  type: RecipientType;
  name: string;
  legalType: "PRIVATE" | "BUSINESS";
  country: string | null;
  details: Record<string, string>;
  email?: string;
  address?: RecipientRecord["address"];
  createdIso: string;
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
  { profileId: ALICE.personalProfileId, creatorId: ALICE.id, currency: "GBP", type: "sort_code", name: "Emma Thompson", legalType: "PRIVATE", country: "GB", details: sortCode("040075", "37618920"), createdIso: "2022-04-02T10:11:12" },
  { profileId: ALICE.personalProfileId, creatorId: ALICE.id, currency: "EUR", type: "iban", name: "Lukas Schneider", legalType: "PRIVATE", country: "DE", details: iban("DE89370400440532013000", "COBADEFFXXX"), createdIso: "2022-05-19T18:02:44" },
  { profileId: ALICE.personalProfileId, creatorId: ALICE.id, currency: "EUR", type: "iban", name: "Sophie Dubois", legalType: "PRIVATE", country: "FR", details: iban("FR1420041010050500013M02606", "PSSTFRPPXXX"), createdIso: "2023-01-07T09:30:00" },
  { profileId: ALICE.personalProfileId, creatorId: ALICE.id, currency: "USD", type: "aba", name: "Daniel Rivera", legalType: "PRIVATE", country: "US", details: aba("026009593", "000123456789", "CHECKING"), address: { country: "US", city: "Austin", firstLine: "700 Congress Avenue", postCode: "78701", state: "TX" }, createdIso: "2023-08-23T14:45:10" },
  { profileId: ALICE.personalProfileId, creatorId: ALICE.id, currency: "EUR", type: "email", name: "Marco Rossi", legalType: "PRIVATE", country: null, details: {}, email: "marco.rossi@example.com", createdIso: "2024-02-14T20:20:20" },
  // alice, business
  { profileId: ALICE.businessProfileId, creatorId: ALICE.id, currency: "GBP", type: "sort_code", name: "Pixel Print Ltd", legalType: "BUSINESS", country: "GB", details: sortCode("200000", "55779911"), createdIso: "2023-06-05T09:00:00" },
  { profileId: ALICE.businessProfileId, creatorId: ALICE.id, currency: "EUR", type: "iban", name: "Studio Verde SRL", legalType: "BUSINESS", country: "IT", details: iban("IT60X0542811101000000123456", "BPMOIT22XXX"), createdIso: "2023-07-11T11:11:11" },
  { profileId: ALICE.businessProfileId, creatorId: ALICE.id, currency: "USD", type: "aba", name: "Northwind Traders Inc", legalType: "BUSINESS", country: "US", details: aba("021000021", "000987654321", "CHECKING"), address: { country: "US", city: "Boston", firstLine: "1 Federal Street", postCode: "02110", state: "MA" }, createdIso: "2023-09-30T16:00:00" },
  { profileId: ALICE.businessProfileId, creatorId: ALICE.id, currency: "GBP", type: "sort_code", name: "Emma Thompson", legalType: "PRIVATE", country: "GB", details: sortCode("040075", "37618920"), createdIso: "2024-01-15T08:30:00" },
  { profileId: ALICE.businessProfileId, creatorId: ALICE.id, currency: "EUR", type: "iban", name: "Jansen Webdesign BV", legalType: "BUSINESS", country: "NL", details: iban("NL91ABNA0417164300", "ABNANL2AXXX"), createdIso: "2024-05-02T13:45:00" },
  // bob, personal
  { profileId: BOB.personalProfileId, creatorId: BOB.id, currency: "USD", type: "aba", name: "Linda Nakamura", legalType: "PRIVATE", country: "US", details: aba("111000025", "000555123456", "SAVINGS"), address: { country: "US", city: "Portland", firstLine: "42 Alder Street", postCode: "97204", state: "OR" }, createdIso: "2021-12-01T12:00:00" },
  { profileId: BOB.personalProfileId, creatorId: BOB.id, currency: "EUR", type: "iban", name: "Hans Müller", legalType: "PRIVATE", country: "AT", details: iban("AT611904300234573201", "BKAUATWWXXX"), createdIso: "2022-06-18T07:45:00" },
  { profileId: BOB.personalProfileId, creatorId: BOB.id, currency: "GBP", type: "sort_code", name: "Oliver Bennett", legalType: "PRIVATE", country: "GB", details: sortCode("309634", "12345678"), createdIso: "2023-03-03T15:15:15" },
  { profileId: BOB.personalProfileId, creatorId: BOB.id, currency: "EUR", type: "email", name: "Kenji Sato", legalType: "PRIVATE", country: null, details: {}, email: "kenji.sato@example.com", createdIso: "2024-07-07T07:07:07" },
  // bob, business
  { profileId: BOB.businessProfileId, creatorId: BOB.id, currency: "USD", type: "aba", name: "Trailhead Components Inc", legalType: "BUSINESS", country: "US", details: aba("121000248", "000444777111", "CHECKING"), address: { country: "US", city: "Denver", firstLine: "1600 Glenarm Place", postCode: "80202", state: "CO" }, createdIso: "2022-09-01T10:00:00" },
  { profileId: BOB.businessProfileId, creatorId: BOB.id, currency: "EUR", type: "iban", name: "Velo Parts GmbH", legalType: "BUSINESS", country: "DE", details: iban("DE75512108001245126199", "SOGEDEFFXXX"), createdIso: "2022-10-12T09:30:00" },
  { profileId: BOB.businessProfileId, creatorId: BOB.id, currency: "GBP", type: "sort_code", name: "Brompton Supplies Ltd", legalType: "BUSINESS", country: "GB", details: sortCode("601613", "31926819"), createdIso: "2023-02-20T17:00:00" },
  { profileId: BOB.businessProfileId, creatorId: BOB.id, currency: "USD", type: "aba", name: "Maria Lopez", legalType: "PRIVATE", country: "US", details: aba("322271627", "000333222111", "CHECKING"), address: { country: "US", city: "Los Angeles", firstLine: "200 N Spring Street", postCode: "90012", state: "CA" }, createdIso: "2024-04-04T12:30:00" },
  { profileId: BOB.businessProfileId, creatorId: BOB.id, currency: "EUR", type: "iban", name: "Ciclos Ibéricos SL", legalType: "BUSINESS", country: "ES", details: iban("ES9121000418450200051332", "CAIXESBBXXX"), createdIso: "2024-09-09T09:09:09" },
];

export function seedRecipients(): RecipientRecord[] {
  return ROWS.map((row, i) => ({
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
    active: true,
    ownedByCustomer: false,
    isDefaultAccount: false,
    createdMs: Date.parse(`${row.createdIso}Z`),
  }));
}
