// The directors and owners the demo business profiles start with (fixed ids, so runs agree).

import { ALICE, BOB } from "../../seed/users.js";
import type { BusinessPeopleRecord } from "./model.js";

/** First director id; ids handed out later continue after the highest seeded one. */
export const DIRECTOR_ID_BASE = 87_000_000;

export function seedBusinessPeople(): Map<number, BusinessPeopleRecord> {
  return new Map([
    [
      ALICE.businessProfileId,
      {
        directors: [{ id: 87_000_001, firstName: "Alice", lastName: "Martin", dateOfBirth: "1990-04-21", countryOfResidenceIso3Code: "gbr" }],
        ubos: [
          {
            id: "4f1c9a2e7b3d4c58a0e6b1d2c3f4a5b6",
            name: "Alice Martin",
            dateOfBirth: "1990-04-21",
            countryOfResidenceIso3Code: "gbr",
            addressFirstLine: "221 Baker Street",
            postCode: "NW1 6XE",
            ownershipPercentage: 75,
          },
        ],
      },
    ],
    [
      BOB.businessProfileId,
      {
        directors: [
          { id: 87_000_002, firstName: "Robert", lastName: "Nakamura", dateOfBirth: "1984-09-03", countryOfResidenceIso3Code: "usa" },
          { id: 87_000_003, firstName: "Keiko", lastName: "Nakamura", dateOfBirth: "1986-02-21", countryOfResidenceIso3Code: "usa" },
        ],
        ubos: [
          {
            id: "9b2d7e4a1c6f4e08b3a5d9c7e1f2a3b4",
            name: "Robert Nakamura",
            dateOfBirth: "1984-09-03",
            countryOfResidenceIso3Code: "usa",
            addressFirstLine: "500 Market Street",
            postCode: "94105",
            ownershipPercentage: 50,
          },
          {
            id: "c1e8a3f5b7d94a2c8e6f0b1d2a3c4e5f",
            name: "Keiko Nakamura",
            dateOfBirth: "1986-02-21",
            countryOfResidenceIso3Code: "usa",
            addressFirstLine: "500 Market Street",
            postCode: "94105",
            ownershipPercentage: 50,
          },
        ],
      },
    ],
  ]);
}
