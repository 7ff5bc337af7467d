// The demo cast: two users, each with a PERSONAL and a BUSINESS profile. Tokens are
// fixed UUID-shaped strings (easy to paste into curl / GraphQL headers).

import type { UserRecord } from "../model.js";

export const ALICE: UserRecord = {
  id: 6_100_001,
  name: "alice",
  token: "a11ce5a4-d0b0-4c0d-8e00-000000000001",
  email: "alice.martin@example.com",
  personalProfileId: 41_000_011,
  businessProfileId: 41_000_012,
  pin: "1234",
  otp: "111111",
  scaGated: false,
};

export const BOB: UserRecord = {
  id: 6_100_002,
  name: "bob",
  token: "b0b5a4d0-b0b0-4c0d-8e00-000000000002",
  email: "bob.nakamura@example.com",
  personalProfileId: 41_000_021,
  businessProfileId: 41_000_022,
  pin: "1234",
  otp: "111111",
  scaGated: false,
};

/** An EEA user (Berlin): funding her transfers asks for strong customer authentication, as Wise does in the EEA and UK. */
export const DANA: UserRecord = {
  id: 6_100_003,
  name: "dana",
  token: "da4a0e5a-d0b0-4c0d-8e00-000000000003",
  email: "dana.schneider@example.com",
  personalProfileId: 41_000_031,
  businessProfileId: 41_000_032,
  pin: "1234",
  otp: "111111",
  scaGated: true,
};

export function seedUsers(): UserRecord[] {
  return [{ ...ALICE }, { ...BOB }, { ...DANA }];
}
