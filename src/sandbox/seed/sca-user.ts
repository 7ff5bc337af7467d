// Dana, the demo user whose transfer funding is SCA-gated: two profiles in Berlin, their
// addresses and a few funded balances. Hand-written and appended after the generated seed, so
// alice's and bob's data (and their random streams) stay exactly as they were. No history:
// her activities and transfers start empty.

import type { AddressRecord, BalanceRecord, ProfileRecord } from "../model.js";
import { DANA } from "./users.js";

const at = (iso: string): number => Date.parse(`${iso}Z`);

export function danaProfiles(): ProfileRecord[] {
  return [
    {
      type: "PERSONAL",
      id: DANA.personalProfileId,
      publicId: "1b7e4c2a-5d3f-4a8b-9c61-3e2d1f0a5c31",
      userId: DANA.id,
      addressId: 52_000_031,
      email: DANA.email,
      createdMs: at("2023-02-10T10:00:00"),
      updatedMs: at("2025-03-01T09:30:00"),
      currentState: "VISIBLE",
      contactEmail: DANA.email,
      contactPhone: "+4915112345678",
      firstName: "Dana",
      lastName: "Schneider",
      preferredName: "Dana",
      dateOfBirth: "1988-11-05",
      phoneNumber: "+4915112345678",
      avatar: null,
      secondaryAddressIds: [],
    },
    {
      type: "BUSINESS",
      id: DANA.businessProfileId,
      publicId: "7c2d9e41-0b6a-4f3e-8d25-a1c3e5f7b932",
      userId: DANA.id,
      addressId: 52_000_032,
      email: "office@schneider-translations.example.com",
      createdMs: at("2024-01-15T08:00:00"),
      updatedMs: at("2025-02-11T14:20:00"),
      currentState: "VISIBLE",
      contactEmail: "office@schneider-translations.example.com",
      contactPhone: "+49301234567",
      businessName: "Schneider Translations GmbH",
      registrationNumber: "HRB 201234",
      descriptionOfBusiness: "CONSULTING",
      webpage: "https://schneider-translations.example.com",
      companyType: "LIMITED",
      companyRole: "OWNER",
      businessFreeFormDescription: "Translation and localisation services.",
      firstLevelCategory: "CONSULTING_IT_BUSINESS_SERVICES",
      secondLevelCategory: "TRANSLATION",
      operationalAddressIds: [],
    },
  ];
}

export function danaAddresses(): AddressRecord[] {
  const berlin = { city: "Berlin", state: null, country: "DE", countryIso3: "deu" };
  return [
    { id: 52_000_031, profileId: DANA.personalProfileId, firstLine: "Kastanienallee 12", postCode: "10435", occupations: [], ...berlin },
    { id: 52_000_032, profileId: DANA.businessProfileId, firstLine: "Friedrichstrasse 68", postCode: "10117", occupations: [], ...berlin },
  ];
}

/** Her balances, numbered after every generated one (ids and self-recipient ids). */
export function danaBalances(existing: readonly BalanceRecord[]): BalanceRecord[] {
  let nextId = Math.max(...existing.map((b) => b.id)) + 1;
  let nextSelf = Math.max(...existing.map((b) => b.recipientId ?? 0)) + 1;
  const createdUs = at("2023-02-10T10:05:00") * 1000;
  const balance = (profileId: number, currency: string, amount: string): BalanceRecord => ({
    id: nextId++,
    profileId,
    currency,
    type: "STANDARD",
    name: null,
    icon: null,
    investmentState: "NOT_INVESTED",
    amount,
    reservedAmount: "0.00",
    cashAmount: amount,
    totalWorth: amount,
    createdUs,
    modifiedUs: createdUs,
    visible: true,
    primary: true,
    groupId: null,
    recipientId: nextSelf++,
  });
  return [balance(DANA.personalProfileId, "EUR", "5000.00"), balance(DANA.personalProfileId, "GBP", "800.00"), balance(DANA.businessProfileId, "EUR", "12000.00")];
}
