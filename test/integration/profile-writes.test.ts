// Profile writes through GraphQL over HTTP against the sandbox: a new user's profileCreate
// (personal, then business through v2 and v3), the new profile listed and usable for a quote;
// profileUpdate refused outside the update window of a verified profile and allowed inside it;
// the window's mutations; the business representative and its update; bank-transfer
// verification status. Every refusal is a userError on the input field at fault, and a read
// afterwards shows nothing changed.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { toGlobalId } from "graphql-relay";
import {
  BusinessRepresentativeUpdateDocument,
  ProfileCreateDocument,
  ProfileUpdateDocument,
  ProfileUpdateWindowCloseDocument,
  ProfileUpdateWindowOpenDocument,
  ProfileWritesDocument,
  ProfileWritesListDocument,
  QuoteCreateDocument,
  UserCreateDocument,
  UserTokenCreateDocument,
  type BusinessProfileCreateInput,
  type PersonalProfileDetailsInput,
  type ProfileWritesQuery,
} from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.reset();
});

const REGISTRATION_CODE = "c".repeat(40);

/** A user the partner signed up (no profile yet) and their token. */
async function newUserToken(email: string): Promise<string> {
  expect((await h.request(UserCreateDocument, { input: { email, registrationCode: REGISTRATION_CODE } })).body.data!.userCreate.userErrors).toEqual([]);
  const grant = await h.request(UserTokenCreateDocument, { input: { registrationCode: { email, registrationCode: REGISTRATION_CODE } } });
  return grant.body.data!.userTokenCreate.token!.accessToken;
}

const PERSONAL = (): PersonalProfileDetailsInput => ({
  firstName: "Oliver",
  lastName: "Wilson",
  dateOfBirth: "1977-07-01",
  address: { addressFirstLine: "50 Sunflower Ave", city: "Phoenix", countryIso3Code: "USA", postCode: "85001", stateCode: "AZ" },
  contactDetails: { email: "o.wilson@example.com", phoneNumber: "+14085550123" },
  occupations: ["Software Engineer"],
});

const BUSINESS = (): BusinessProfileCreateInput => ({
  businessName: "ABC Logistics Ltd",
  registrationNumber: "12144939",
  companyType: "LIMITED",
  companyRole: "OWNER",
  address: { addressFirstLine: "1 A road", city: "London", countryIso3Code: "gbr", postCode: "E1 6AN" },
  firstLevelCategory: "CONSULTING_IT_BUSINESS_SERVICES",
  secondLevelCategory: "DESIGN",
  webpage: "https://abc-logistics.example.com",
});

const alicePersonal = () => toGlobalId("PersonalProfile", String(h.alice.personalProfileId));
const aliceBusiness = () => toGlobalId("BusinessProfile", String(h.alice.businessProfileId));

async function profilesOf(token?: string) {
  const res = await h.request(ProfileWritesListDocument, {}, token === undefined ? {} : { token });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.profiles!;
}

type ReadProfile = NonNullable<ProfileWritesQuery["profile"]>;

async function read(id: string, token?: string): Promise<ReadProfile> {
  const res = await h.request(ProfileWritesDocument, { id, currencies: ["GBP", "USD"] }, token === undefined ? {} : { token });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.profile!;
}

async function readPersonal(id: string, token?: string): Promise<Extract<ReadProfile, { firstName: unknown }>> {
  const profile = await read(id, token);
  if (!("firstName" in profile)) throw new Error(`${id} is not a personal profile`);
  return profile;
}

async function readBusiness(id: string, token?: string): Promise<Extract<ReadProfile, { businessName: unknown }>> {
  const profile = await read(id, token);
  if (!("businessName" in profile)) throw new Error(`${id} is not a business profile`);
  return profile;
}

describe("profileCreate", () => {
  it("a new user's personal profile, then a business through v2: each listed by profiles, the personal one usable for a quote", async () => {
    const token = await newUserToken("oliver@example.com");
    expect(await profilesOf(token)).toEqual([]);
    const key = randomUUID();
    const created = await h.request(ProfileCreateDocument, { input: { personal: PERSONAL(), idempotencyKey: key } }, { token });
    expect(created.body.errors).toBeUndefined();
    const payload = created.body.data!.profileCreate;
    expect(payload.userErrors).toEqual([]);
    expect(payload.profile).toMatchObject({
      type: "PERSONAL",
      fullName: "Oliver Wilson",
      firstName: "Oliver",
      dateOfBirth: "1977-07-01",
      address: { firstLine: "50 Sunflower Ave", city: "Phoenix", country: "US" },
      contactDetails: { email: "o.wilson@example.com", phoneNumber: "+14085550123" },
    });
    const personal = payload.profile!;
    expect(personal.id).toBe(toGlobalId("PersonalProfile", String(personal.wiseId)));
    expect(await profilesOf(token)).toEqual([{ id: personal.id, wiseId: personal.wiseId, type: "PERSONAL", fullName: "Oliver Wilson" }]);

    const quote = await h.request(QuoteCreateDocument, { input: { profileId: personal.id, sourceCurrency: "USD", targetCurrency: "EUR", sourceAmount: "100.00" } }, { token });
    expect(quote.body.data!.quoteCreate.userErrors).toEqual([]);
    expect(quote.body.data!.quoteCreate.quote!.sourceAmount).toMatchObject({ amount: "100.00", currency: "USD" });

    // The same key answers the first creation again; a new key is refused: one personal profile per user.
    const replay = await h.request(ProfileCreateDocument, { input: { personal: { ...PERSONAL(), firstName: "Other" }, idempotencyKey: key } }, { token });
    expect(replay.body.data!.profileCreate).toEqual(payload);
    const second = await h.request(ProfileCreateDocument, { input: { personal: PERSONAL(), idempotencyKey: randomUUID() } }, { token });
    expect(second.body.data!.profileCreate).toMatchObject({ profile: null, userErrors: [{ field: null, code: "NOT_ALLOWED" }] });

    const business = await h.request(ProfileCreateDocument, { input: { business: BUSINESS(), idempotencyKey: randomUUID() } }, { token });
    expect(business.body.data!.profileCreate.userErrors).toEqual([]);
    expect(business.body.data!.profileCreate.profile).toMatchObject({
      type: "BUSINESS",
      businessName: "ABC Logistics Ltd",
      companyType: "LIMITED",
      address: { city: "London", country: "GB" },
    });
    const businessId = business.body.data!.profileCreate.profile!.id;
    expect((await profilesOf(token)).map((p) => p.type)).toEqual(["PERSONAL", "BUSINESS"]);
    // Managed by the owner's personal profile: its representative is the owner.
    expect((await readBusiness(businessId, token)).businessRepresentative).toMatchObject({ firstName: "Oliver", lastName: "Wilson" });
    // Another user cannot see it.
    expect(errorCodes(await h.request(ProfileWritesDocument, { id: businessId, currencies: ["GBP"] }))).toEqual(["FORBIDDEN"]);
  });

  it("v3: a business with its own representative needs no personal profile; another business shares the representative by id", async () => {
    const token = await newUserToken("v3@example.com");
    const representative = {
      firstName: "Grace",
      lastName: "Hopper",
      dateOfBirth: "1966-12-09",
      address: { addressFirstLine: "1 Navy Way", city: "New York", countryIso3Code: "usa", postCode: "10001", stateCode: "NY" },
      contactDetails: { email: "grace@example.com", phoneNumber: "+12125550100" },
    };
    const first = await h.request(
      ProfileCreateDocument,
      { input: { business: { ...BUSINESS(), businessRepresentative: representative }, idempotencyKey: randomUUID() } },
      { token },
    );
    expect(first.body.data!.profileCreate.userErrors).toEqual([]);
    const firstRead = await readBusiness(first.body.data!.profileCreate.profile!.id, token);
    expect(firstRead.businessRepresentative).toMatchObject({ firstName: "Grace", address: { countryIso3Code: "usa", stateCode: "NY" } });
    const representativeId = firstRead.businessRepresentative!.wiseId;

    const second = await h.request(
      ProfileCreateDocument,
      { input: { business: { ...BUSINESS(), registrationNumber: "55555555", businessRepresentativeId: representativeId }, idempotencyKey: randomUUID() } },
      { token },
    );
    expect(second.body.data!.profileCreate.userErrors).toEqual([]);
    expect((await readBusiness(second.body.data!.profileCreate.profile!.id, token)).businessRepresentative!.wiseId).toBe(representativeId);

    // Someone else's representative is a userError on the field that named them.
    const stranger = await h.request(ProfileCreateDocument, { input: { business: { ...BUSINESS(), businessRepresentativeId: representativeId }, idempotencyKey: randomUUID() } });
    expect(stranger.body.data!.profileCreate).toMatchObject({ profile: null, userErrors: [{ field: ["input", "business", "businessRepresentativeId"], code: "INVALID" }] });
  });

  it("bad input is a userError on the field at fault and creates nothing", async () => {
    const token = await newUserToken("bad@example.com");
    const both = await h.request(ProfileCreateDocument, { input: { personal: PERSONAL(), business: BUSINESS(), idempotencyKey: randomUUID() } }, { token });
    expect(both.body.data!.profileCreate).toEqual({ profile: null, userErrors: [{ field: ["input"], message: "Give exactly one of personal and business.", code: "INVALID" }] });
    const neither = await h.request(ProfileCreateDocument, { input: { idempotencyKey: randomUUID() } }, { token });
    expect(neither.body.data!.profileCreate.userErrors).toEqual([{ field: ["input"], message: "Give exactly one of personal and business.", code: "INVALID" }]);

    const bad = await h.request(
      ProfileCreateDocument,
      {
        input: {
          personal: {
            ...PERSONAL(),
            firstName: "x".repeat(31),
            address: { addressFirstLine: "1 Road", city: " ", countryIso3Code: "usa", stateCode: "NM" },
            contactDetails: { email: "nope", phoneNumber: "+14085550123" },
            occupations: null,
          },
          idempotencyKey: randomUUID(),
        },
      },
      { token },
    );
    expect(bad.body.data!.profileCreate.profile).toBeNull();
    expect(bad.body.data!.profileCreate.userErrors.map((e) => [e.field, e.code])).toEqual([
      [["input", "personal", "firstName"], "INVALID"],
      [["input", "personal", "address", "city"], "REQUIRED"],
      [["input", "personal", "contactDetails", "email"], "INVALID"],
      [["input", "personal", "occupations"], "REQUIRED"],
    ]);
    // A business before the personal profile: v2 refuses it.
    const early = await h.request(ProfileCreateDocument, { input: { business: BUSINESS(), idempotencyKey: randomUUID() } }, { token });
    expect(early.body.data!.profileCreate).toMatchObject({ profile: null, userErrors: [{ code: "INVALID" }] });
    const unknownCategory = await h.request(
      ProfileCreateDocument,
      { input: { business: { ...BUSINESS(), secondLevelCategory: "PHARMACY", businessRepresentativeId: 1 }, idempotencyKey: randomUUID() } },
      { token },
    );
    expect(unknownCategory.body.data!.profileCreate.userErrors.map((e) => e.field)).toEqual([
      ["input", "business", "secondLevelCategory"],
      ["input", "business", "businessRepresentativeId"],
    ]);
    expect(await profilesOf(token)).toEqual([]);
  });

  it("an answer lost after Wise created the profile is asked again with the same key: one profile, returned", async () => {
    const token = await newUserToken("lost@example.com");
    h.sandbox.faults.add({ route: "POST /v2/profiles/personal-profile", fault: { type: "reset-after" }, times: 1 });
    try {
      const created = await h.request(ProfileCreateDocument, { input: { personal: PERSONAL(), idempotencyKey: randomUUID() } }, { token });
      expect(created.body.data!.profileCreate).toMatchObject({ userErrors: [], profile: { type: "PERSONAL", fullName: "Oliver Wilson" } });
    } finally {
      h.sandbox.faults.clear();
    }
    expect((await h.stats()).routes["POST /v2/profiles/personal-profile"]).toBe(2);
    expect(await profilesOf(token)).toHaveLength(1);
  });

  it("a malformed idempotency key or date is refused before Wise is called", async () => {
    const token = await newUserToken("early@example.com");
    const before = (await h.stats()).total;
    expect(errorCodes(await h.request(ProfileCreateDocument, { input: { personal: PERSONAL(), idempotencyKey: "not-a-uuid" } }, { token }))).toEqual(["BAD_USER_INPUT"]);
    expect(
      errorCodes(await h.request(ProfileCreateDocument, { input: { personal: { ...PERSONAL(), dateOfBirth: "1990-02-30" }, idempotencyKey: randomUUID() } }, { token })),
    ).toEqual(["BAD_USER_INPUT"]);
    expect((await h.stats()).total).toBe(before);
  });
});

describe("profileUpdate and the update window", () => {
  const newDetails = (): PersonalProfileDetailsInput => ({
    firstName: "Alicia",
    lastName: "Martin",
    dateOfBirth: "1990-04-21",
    address: { addressFirstLine: "1 New Street", city: "London", countryIso3Code: "gbr", postCode: "N1 1AA" },
    contactDetails: { email: "alicia@example.com", phoneNumber: "+447700900111" },
  });

  it("a verified profile is refused outside its window (nothing changes), changes inside it, and the window closes", async () => {
    const outside = await h.request(ProfileUpdateDocument, { input: { profileId: alicePersonal(), personal: newDetails() } });
    expect(outside.body.data!.profileUpdate).toMatchObject({ profile: null, userErrors: [{ field: null, code: "NOT_ALLOWED" }] });
    expect(await readPersonal(alicePersonal())).toMatchObject({ firstName: "Alice", address: { firstLine: "221B Baker Street" } });

    expect((await h.request(ProfileUpdateWindowOpenDocument, { input: { profileId: alicePersonal() } })).body.data!.profileUpdateWindowOpen).toEqual({
      profile: { id: alicePersonal() },
      userErrors: [],
    });
    const again = await h.request(ProfileUpdateWindowOpenDocument, { input: { profileId: alicePersonal() } });
    expect(again.body.data!.profileUpdateWindowOpen).toMatchObject({ profile: null, userErrors: [{ code: "NOT_ALLOWED" }] });

    const inside = await h.request(ProfileUpdateDocument, { input: { profileId: alicePersonal(), personal: newDetails() } });
    expect(inside.body.errors).toBeUndefined();
    expect(inside.body.data!.profileUpdate).toMatchObject({
      userErrors: [],
      profile: { id: alicePersonal(), firstName: "Alicia", fullName: "Alicia Martin", address: { firstLine: "1 New Street" }, contactDetails: { email: "alicia@example.com" } },
    });
    expect(await readPersonal(alicePersonal())).toMatchObject({ firstName: "Alicia", address: { firstLine: "1 New Street" } });

    expect((await h.request(ProfileUpdateWindowCloseDocument, { input: { profileId: alicePersonal() } })).body.data!.profileUpdateWindowClose.userErrors).toEqual([]);
    const closedAgain = await h.request(ProfileUpdateWindowCloseDocument, { input: { profileId: alicePersonal() } });
    expect(closedAgain.body.data!.profileUpdateWindowClose).toMatchObject({ profile: null, userErrors: [{ code: "NOT_ALLOWED" }] });
    const afterClose = await h.request(ProfileUpdateDocument, { input: { profileId: alicePersonal(), personal: { ...newDetails(), firstName: "Again" } } });
    expect(afterClose.body.data!.profileUpdate.userErrors[0]!.code).toBe("NOT_ALLOWED");
    expect((await readPersonal(alicePersonal())).firstName).toBe("Alicia");
  });

  it("a business changes the fields given; the wrong variant for the profile, or a bad value, is a userError and changes nothing", async () => {
    await h.request(ProfileUpdateWindowOpenDocument, { input: { profileId: aliceBusiness() } });
    const wrongVariant = await h.request(ProfileUpdateDocument, { input: { profileId: aliceBusiness(), personal: newDetails() } });
    expect(wrongVariant.body.data!.profileUpdate.userErrors).toEqual([{ field: ["input", "personal"], message: "A BusinessProfile takes input.business.", code: "INVALID" }]);
    const bad = await h.request(ProfileUpdateDocument, { input: { profileId: aliceBusiness(), business: { businessName: "New Name Ltd", secondLevelCategory: "PHARMACY" } } });
    expect(bad.body.data!.profileUpdate.userErrors).toEqual([
      { field: ["input", "business", "secondLevelCategory"], message: "'PHARMACY' is not a sub-category of CONSULTING_IT_BUSINESS_SERVICES", code: "INVALID" },
    ]);
    expect((await readBusiness(aliceBusiness())).businessName).toBe("Martin Design Studio Ltd");

    const good = await h.request(ProfileUpdateDocument, { input: { profileId: aliceBusiness(), business: { businessName: "Martin & Co Design Ltd" } } });
    expect(good.body.data!.profileUpdate).toMatchObject({
      userErrors: [],
      profile: { businessName: "Martin & Co Design Ltd", registrationNumber: "14523876", secondLevelCategory: "DESIGN" },
    });
    // Another user's profile: Wise's 403 is a top-level FORBIDDEN, not a userError.
    expect(errorCodes(await h.request(ProfileUpdateWindowOpenDocument, { input: { profileId: aliceBusiness() } }, { token: h.bob.token }))).toEqual(["FORBIDDEN"]);
  });

  it("a profile created through the API is not verified yet: it changes without a window, and its bank-transfer status is NOT_VERIFIED", async () => {
    const token = await newUserToken("fresh@example.com");
    const created = await h.request(ProfileCreateDocument, { input: { personal: PERSONAL(), idempotencyKey: randomUUID() } }, { token });
    const id = created.body.data!.profileCreate.profile!.id;
    const updated = await h.request(ProfileUpdateDocument, { input: { profileId: id, personal: { ...PERSONAL(), lastName: "Wilde" } } }, { token });
    expect(updated.body.data!.profileUpdate).toMatchObject({ userErrors: [], profile: { fullName: "Oliver Wilde" } });
    expect((await read(id, token)).bankTransferVerification).toEqual([
      { sourceCurrency: "GBP", status: "NOT_VERIFIED", maximumEntitledAmount: { amount: "0", currency: "GBP" } },
      { sourceCurrency: "USD", status: "NOT_VERIFIED", maximumEntitledAmount: { amount: "0", currency: "USD" } },
    ]);
  });
});

describe("business representative", () => {
  it("reads it, changes the details given, refuses an incomplete hand-over (nothing changes), then hands the business to a new person", async () => {
    const before = (await readBusiness(aliceBusiness())).businessRepresentative!;
    expect(before).toMatchObject({ firstName: "Alice", lastName: "Martin", address: { countryIso3Code: "gbr" } });
    const changed = await h.request(BusinessRepresentativeUpdateDocument, {
      input: { profileId: aliceBusiness(), updateContext: "UPDATE_DETAILS", contactDetails: { email: "a.martin@example.com", phoneNumber: "+447700900999" } },
    });
    expect(changed.body.data!.businessRepresentativeUpdate).toMatchObject({
      userErrors: [],
      businessRepresentative: { wiseId: before.wiseId, firstName: "Alice", contactDetails: { email: "a.martin@example.com" } },
      profile: { id: aliceBusiness(), businessName: "Martin Design Studio Ltd" },
    });

    const incomplete = await h.request(BusinessRepresentativeUpdateDocument, {
      input: { profileId: aliceBusiness(), updateContext: "TRANSFER_OF_AUTHORISATION", firstName: "Grace" },
    });
    expect(incomplete.body.data!.businessRepresentativeUpdate.businessRepresentative).toBeNull();
    expect(incomplete.body.data!.businessRepresentativeUpdate.userErrors.map((e) => e.field)).toEqual([
      ["input", "lastName"],
      ["input", "dateOfBirth"],
      ["input", "address"],
      ["input", "address", "addressFirstLine"],
      ["input", "address", "city"],
      ["input", "address", "countryIso3Code"],
      ["input", "contactDetails"],
      ["input", "contactDetails", "email"],
      ["input", "contactDetails", "phoneNumber"],
    ]);
    expect((await readBusiness(aliceBusiness())).businessRepresentative).toEqual(changed.body.data!.businessRepresentativeUpdate.businessRepresentative);

    const handed = await h.request(BusinessRepresentativeUpdateDocument, {
      input: {
        profileId: aliceBusiness(),
        updateContext: "TRANSFER_OF_AUTHORISATION",
        firstName: "Grace",
        lastName: "Hopper",
        dateOfBirth: "1966-12-09",
        address: { addressFirstLine: "1 Navy Way", city: "New York", countryIso3Code: "usa", stateCode: "NY" },
        contactDetails: { email: "grace@example.com", phoneNumber: "+12125550100" },
      },
    });
    const next = handed.body.data!.businessRepresentativeUpdate.businessRepresentative!;
    expect(next.wiseId).not.toBe(before.wiseId);
    expect((await readBusiness(aliceBusiness())).businessRepresentative).toEqual(next);
    // A personal profile has no representative: its global id is refused before Wise is called.
    expect(errorCodes(await h.request(BusinessRepresentativeUpdateDocument, { input: { profileId: alicePersonal(), updateContext: "UPDATE_DETAILS" } }))).toEqual([
      "BAD_USER_INPUT",
    ]);
  });
});

describe("bankTransferVerification", () => {
  it("a seeded profile is VERIFIED per currency, read in one Wise call; an empty list is refused", async () => {
    const before = await h.stats();
    expect((await read(alicePersonal())).bankTransferVerification).toEqual([
      { sourceCurrency: "GBP", status: "VERIFIED", maximumEntitledAmount: { amount: "1000000", currency: "GBP" } },
      { sourceCurrency: "USD", status: "VERIFIED", maximumEntitledAmount: { amount: "1000000", currency: "USD" } },
    ]);
    const after = await h.stats();
    expect(
      (after.routes["POST /v3/profiles/:profileId/verification-status/bank-transfer"] ?? 0) -
        (before.routes["POST /v3/profiles/:profileId/verification-status/bank-transfer"] ?? 0),
    ).toBe(1);
    expect(errorCodes(await h.request(ProfileWritesDocument, { id: alicePersonal(), currencies: [] }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("the same currencies asked twice in one request (in any order) are one Wise call", async () => {
    const route = "POST /v3/profiles/:profileId/verification-status/bank-transfer";
    const before = (await h.stats()).routes[route] ?? 0;
    const query = `query($id: ID!) { profile(id: $id) { a: bankTransferVerification(sourceCurrencies: ["GBP", "EUR"]) { status } b: bankTransferVerification(sourceCurrencies: ["EUR", "GBP", "EUR"]) { sourceCurrency } } }`;
    const res = await h.raw(JSON.stringify({ query, variables: { id: alicePersonal() } }));
    expect(JSON.parse(res.text)).toEqual({ data: { profile: { a: [{ status: "VERIFIED" }, { status: "VERIFIED" }], b: [{ sourceCurrency: "EUR" }, { sourceCurrency: "GBP" }] } } });
    expect(((await h.stats()).routes[route] ?? 0) - before).toBe(1);
  });
});
