// Addresses of the demo profiles. Each profile's main address (embedded in the v2
// profile under the same id) plus secondary/operational ones; all are listed by
// GET /v1/addresses?profile=.

import type { AddressRecord } from "../model.js";
import { ALICE, BOB } from "./users.js";

type Occupation = AddressRecord["occupations"][number];
const occupation = (code: string): Occupation => ({ code, format: "FREE_FORM" });

export function seedAddresses(): AddressRecord[] {
  return [
    {
      id: 52_000_011,
      profileId: ALICE.personalProfileId,
      firstLine: "221B Baker Street",
      city: "London",
      postCode: "NW1 6XE",
      state: null,
      country: "GB",
      countryIso3: "gbr",
      occupations: [occupation("Product designer")],
    },
    {
      id: 52_000_012,
      profileId: ALICE.personalProfileId,
      firstLine: "14 Rue de la Paix",
      city: "Paris",
      postCode: "75002",
      state: null,
      country: "FR",
      countryIso3: "fra",
      occupations: [occupation("Product designer")],
    },
    {
      id: 52_000_013,
      profileId: ALICE.businessProfileId,
      firstLine: "5 Shoreditch High Street",
      city: "London",
      postCode: "E1 6JE",
      state: null,
      country: "GB",
      countryIso3: "gbr",
      occupations: [],
    },
    {
      id: 52_000_014,
      profileId: ALICE.businessProfileId,
      firstLine: "Unit 3, Albert Dock",
      city: "Liverpool",
      postCode: "L3 4AF",
      state: null,
      country: "GB",
      countryIso3: "gbr",
      occupations: [],
    },
    {
      id: 52_000_021,
      profileId: BOB.personalProfileId,
      firstLine: "350 Fifth Avenue, Apt 12",
      city: "New York",
      postCode: "10118",
      state: "NY",
      country: "US",
      countryIso3: "usa",
      occupations: [occupation("Bicycle mechanic")],
    },
    {
      id: 52_000_022,
      profileId: BOB.businessProfileId,
      firstLine: "1200 Market Street",
      city: "San Francisco",
      postCode: "94102",
      state: "CA",
      country: "US",
      countryIso3: "usa",
      occupations: [],
    },
    {
      id: 52_000_023,
      profileId: BOB.businessProfileId,
      firstLine: "88 Harbor Drive",
      city: "Seattle",
      postCode: "98101",
      state: "WA",
      country: "US",
      countryIso3: "usa",
      occupations: [],
    },
    {
      id: 52_000_024,
      profileId: BOB.businessProfileId,
      firstLine: "10 Queen Street West",
      city: "Toronto",
      postCode: "M5H 2N2",
      state: "ON",
      country: "CA",
      countryIso3: "can",
      occupations: [],
    },
  ];
}
