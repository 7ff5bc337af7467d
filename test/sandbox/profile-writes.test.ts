// The profile writes over HTTP: a new user's personal profile (one per user, the idempotency key
// replaying the first answer), business profiles through v2 (after the personal one) and v3
// (with a representative), updates only inside the update window once verified, the
// representative, and the bank-transfer verification status. Every refused body changes nothing.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { randomUUID } from "node:crypto";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";

let sandbox: RunningSandbox;
let alice: DemoUser;
let bob: DemoUser;

beforeAll(async () => {
  sandbox = await startSandbox();
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
});
afterAll(() => sandbox.close());
beforeEach(() => sandbox.store.reset());

interface Res {
  status: number;
  body: any;
  text: string;
}

async function call(method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}): Promise<Res> {
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, body: text === "" ? undefined : JSON.parse(text) };
}

const basic = () => `Basic ${Buffer.from(`${sandbox.client.id}:${sandbox.client.secret}`).toString("base64")}`;

/** A user signed up by the partner, with no profile yet, and their token. */
async function newUser(email: string): Promise<string> {
  const registrationCode = "r".repeat(40);
  const partner = await fetch(`${sandbox.url}/oauth/token`, {
    method: "POST",
    headers: { authorization: basic(), "content-type": "application/x-www-form-urlencoded" },
    body: "grant_type=client_credentials",
  });
  const partnerToken = ((await partner.json()) as { access_token: string }).access_token;
  expect((await call("POST", "/v1/user/signup/registration_code", partnerToken, { email, registrationCode })).status).toBe(200);
  const grant = await fetch(`${sandbox.url}/oauth/token`, {
    method: "POST",
    headers: { authorization: basic(), "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "registration_code", client_id: sandbox.client.id, email, registration_code: registrationCode }).toString(),
  });
  return ((await grant.json()) as { access_token: string }).access_token;
}

const PERSONAL = {
  firstName: "Oliver",
  lastName: "Wilson",
  preferredName: "Olly",
  address: { addressFirstLine: "50 Sunflower Ave", city: "Phoenix", countryIso3Code: "usa", postCode: "10025", stateCode: "AZ" },
  nationality: "usa",
  dateOfBirth: "1977-07-01",
  contactDetails: { email: "o.wilson@example.com", phoneNumber: "+14085550123" },
  occupations: [{ code: "Software Engineer", format: "FREE_FORM" }],
};

const BUSINESS = {
  businessName: "ABC Logistics Ltd",
  registrationNumber: "12144939",
  companyType: "LIMITED",
  companyRole: "OWNER",
  address: { addressFirstLine: "1 A road", city: "London", countryIso2Code: "gb", countryIso3Code: "gbr", postCode: "E1 6AN" },
  firstLevelCategory: "CONSULTING_IT_BUSINESS_SERVICES",
  secondLevelCategory: "DESIGN",
  operationalAddresses: [{ addressFirstLine: "2 B road", city: "Leeds", countryIso3Code: "gbr", postCode: "LS1 4YZ" }],
  webpage: "https://abc-logistics.example.com",
};

const REPRESENTATIVE = {
  firstName: "Grace",
  lastName: "Hopper",
  address: { addressFirstLine: "1 Navy Way", city: "New York", countryIso3Code: "usa", postCode: "10001", stateCode: "NY" },
  dateOfBirth: "1966-12-09",
  contactDetails: { email: "grace@example.com", phoneNumber: "+12125550100" },
};

describe("personal profile creation", () => {
  it("creates the user's personal profile once: listed by /v2/profiles, usable for quotes; a second one is 409, the same key replays", async () => {
    const token = await newUser("oliver@example.com");
    expect((await call("GET", "/v2/profiles", token)).body).toEqual([]);
    const key = randomUUID();
    const created = await call("POST", "/v2/profiles/personal-profile", token, PERSONAL, { "x-idempotence-uuid": key });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      type: "PERSONAL",
      details: { firstName: "Oliver", lastName: "Wilson", address: { countryIso3Code: "usa", stateCode: "AZ" }, localizedInformation: [] },
    });
    const id = created.body.id as number;

    const listed = (await call("GET", "/v2/profiles", token)).body;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      id,
      type: "PERSONAL",
      firstName: "Oliver",
      fullName: "Oliver Wilson",
      address: { city: "Phoenix", countryIso2Code: "US", countryIso3Code: "usa" },
    });
    expect((await call("GET", "/v1/me", token)).body).toMatchObject({ name: "Oliver Wilson" });
    const quote = await call("POST", `/v3/profiles/${id}/quotes`, token, { sourceCurrency: "USD", targetCurrency: "EUR", sourceAmount: 100 });
    expect(quote.status).toBe(200);

    const replay = await call("POST", "/v2/profiles/personal-profile", token, { ...PERSONAL, firstName: "Other" }, { "x-idempotence-uuid": key });
    expect(replay).toEqual(created);
    const again = await call("POST", "/v2/profiles/personal-profile", token, PERSONAL);
    expect(again.status).toBe(409);
    expect(again.body.errors[0].code).toBe("ALREADY_EXISTS");
    expect((await call("GET", "/v2/profiles", token)).body).toHaveLength(1);
    // The profile is the creator's only: another user is refused it.
    expect((await call("GET", `/v2/profiles/${id}`, alice.token)).status).toBe(403);
  });

  it("refuses a bad body with every problem in one 422, creating nothing", async () => {
    const token = await newUser("bad@example.com");
    const res = await call("POST", "/v2/profiles/personal-profile", token, {
      firstName: "x".repeat(31),
      lastName: " ",
      dateOfBirth: "1990-02-30",
      address: { addressFirstLine: "1 Road", city: "Albuquerque", countryIso3Code: "usa", stateCode: "NM" },
      contactDetails: { email: "not-an-email", phoneNumber: "555" },
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { code: string; path: string }) => `${e.code} ${e.path}`)).toEqual([
      "NOT_VALID firstName",
      "MISSING lastName",
      "NOT_VALID dateOfBirth",
      "NOT_VALID contactDetails.email",
      "NOT_VALID contactDetails.phoneNumber",
      "MISSING occupations",
    ]);
    expect((await call("GET", "/v2/profiles", token)).body).toEqual([]);
    expect((await call("POST", "/v2/profiles/personal-profile", token, PERSONAL, { "x-idempotence-uuid": "nope" })).status).toBe(400);
    expect((await call("POST", "/v2/profiles/personal-profile", token, { ...PERSONAL, address: { ...PERSONAL.address, countryIso3Code: "xyz" } })).body.errors).toEqual([
      { code: "NOT_VALID", message: "'xyz' is not a country code (ISO 3166-1 alpha-3)", path: "address.countryIso3Code", arguments: ["address.countryIso3Code", "xyz"] },
    ]);
  });
});

describe("business profile creation", () => {
  it("v2 needs the personal profile first, then creates the business (v2 shape) represented by its owner", async () => {
    const token = await newUser("owner@example.com");
    const early = await call("POST", "/v2/profiles/business-profile", token, BUSINESS);
    expect(early.status).toBe(422);
    expect((await call("GET", "/v2/profiles", token)).body).toEqual([]);

    await call("POST", "/v2/profiles/personal-profile", token, PERSONAL);
    const created = await call("POST", "/v2/profiles/business-profile", token, BUSINESS);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      type: "BUSINESS",
      businessName: "ABC Logistics Ltd",
      companyType: "LIMITED",
      address: { city: "London", countryIso2Code: "GB", countryIso3Code: "gbr" },
      operationalAddresses: [{ city: "Leeds" }],
      contactDetails: { email: "o.wilson@example.com" },
    });
    const representative = await call("GET", `/v3/profiles/${created.body.id}/business-profile/business-representative`, token);
    expect(representative.body).toMatchObject({ firstName: "Oliver", lastName: "Wilson", contactDetails: { email: "o.wilson@example.com" } });
    // The same registration number again, without a key: 409.
    expect((await call("POST", "/v2/profiles/business-profile", token, BUSINESS)).status).toBe(409);
    expect((await call("GET", "/v2/profiles", token)).body).toHaveLength(2);
  });

  it("v3 creates the business with a new representative, and another business may share that representative by id", async () => {
    const token = await newUser("v3@example.com");
    const first = await call("POST", "/v3/profiles/business-profile", token, { ...BUSINESS, businessRepresentative: REPRESENTATIVE });
    expect(first.status).toBe(200);
    const representativeId = first.body.businessRepresentative.businessRepresentativeId as number;
    expect(first.body.businessRepresentative).toMatchObject({ firstName: "Grace", address: { stateCode: "NY" } });
    const second = await call("POST", "/v3/profiles/business-profile", token, {
      ...BUSINESS,
      registrationNumber: "99999999",
      businessRepresentative: { businessRepresentativeId: representativeId },
    });
    expect(second.status).toBe(200);
    expect(second.body.businessRepresentative.businessRepresentativeId).toBe(representativeId);
    // Someone else's representative cannot be named.
    const stranger = await call("POST", "/v3/profiles/business-profile", bob.token, { ...BUSINESS, businessRepresentative: { businessRepresentativeId: representativeId } });
    expect(stranger.status).toBe(422);
    expect(stranger.body.errors[0].path).toBe("businessRepresentative.businessRepresentativeId");
  });

  it("refuses unknown categories, company types and an OTHER company without webpage or description, creating nothing", async () => {
    const before = (await call("GET", "/v2/profiles", alice.token)).body.length;
    const res = await call("POST", "/v2/profiles/business-profile", alice.token, {
      ...BUSINESS,
      companyType: "OTHER",
      webpage: undefined,
      firstLevelCategory: "CONSULTING_IT_BUSINESS_SERVICES",
      secondLevelCategory: "PHARMACY",
    });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(["secondLevelCategory", "webpage", "businessFreeFormDescription"]);
    expect((await call("GET", "/v2/profiles", alice.token)).body).toHaveLength(before);
  });
});

describe("updates and the update window", () => {
  it("a verified (seeded) profile changes only inside its update window", async () => {
    const id = alice.personalProfileId;
    const body = { ...PERSONAL, firstName: "Alicia", lastName: "Martin", address: { addressFirstLine: "1 New St", city: "London", countryIso3Code: "gbr", postCode: "N1 1AA" } };
    const closed = await call("PUT", `/v2/profiles/${id}/personal-profile`, alice.token, body);
    expect(closed.status).toBe(409);
    expect(closed.body.errors[0].code).toBe("UPDATE_WINDOW_CLOSED");
    expect((await call("GET", `/v2/profiles/${id}`, alice.token)).body.firstName).toBe("Alice");

    expect((await call("POST", `/v1/profiles/${id}/update-window`, alice.token)).status).toBe(200);
    expect((await call("POST", `/v1/profiles/${id}/update-window`, alice.token)).status).toBe(409);
    const updated = await call("PUT", `/v2/profiles/${id}/personal-profile`, alice.token, body);
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id, firstName: "Alicia", address: { addressFirstLine: "1 New St", postCode: "N1 1AA" } });
    expect((await call("DELETE", `/v1/profiles/${id}/update-window`, alice.token)).status).toBe(200);
    expect((await call("DELETE", `/v1/profiles/${id}/update-window`, alice.token)).status).toBe(409);
    expect((await call("PUT", `/v2/profiles/${id}/personal-profile`, alice.token, { ...body, firstName: "Again" })).status).toBe(409);
    expect((await call("GET", `/v2/profiles/${id}`, alice.token)).body.firstName).toBe("Alicia");
    // Another user's window is not theirs to open.
    expect((await call("POST", `/v1/profiles/${id}/update-window`, bob.token)).status).toBe(403);
  });

  it("business update: the id must match the path; given fields change, the rest stay", async () => {
    const id = alice.businessProfileId;
    await call("POST", `/v1/profiles/${id}/update-window`, alice.token);
    const mismatch = await call("PUT", `/v2/profiles/${id}/business-profile`, alice.token, { id: id + 1, businessName: "New name" });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.errors[0].path).toBe("id");
    const updated = await call("PUT", `/v2/profiles/${id}/business-profile`, alice.token, { id, businessName: "Martin & Co Design Ltd" });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ businessName: "Martin & Co Design Ltd", registrationNumber: "14523876", secondLevelCategory: "DESIGN" });
    expect((await call("PUT", `/v2/profiles/${alice.personalProfileId}/business-profile`, alice.token, { id: alice.personalProfileId })).status).toBe(404);
  });

  it("a profile created through the API is unverified: it changes without a window, and its bank-transfer status says not_verified", async () => {
    const token = await newUser("fresh@example.com");
    const id = (await call("POST", "/v2/profiles/personal-profile", token, PERSONAL)).body.id as number;
    const updated = await call("PUT", `/v2/profiles/${id}/personal-profile`, token, { ...PERSONAL, lastName: "Wilde" });
    expect(updated.status).toBe(200);
    expect(updated.body.lastName).toBe("Wilde");
    const status = await call("POST", `/v3/profiles/${id}/verification-status/bank-transfer?source_currencies=GBP,USD`, token);
    expect(status.body.routes).toEqual([
      { source_currency: "GBP", maximum_entitled_amount: 0, current_status: "not_verified" },
      { source_currency: "USD", maximum_entitled_amount: 0, current_status: "not_verified" },
    ]);
  });
});

describe("business representative", () => {
  it("UPDATE_DETAILS changes the fields given; TRANSFER_OF_AUTHORISATION needs them all and names a new person", async () => {
    const path = `/v3/profiles/${alice.businessProfileId}/business-profile/business-representative`;
    const first = await call("GET", path, alice.token);
    expect(first.body).toMatchObject({ firstName: "Alice", lastName: "Martin" });
    const changed = await call("PUT", path, alice.token, { updateContext: "UPDATE_DETAILS", contactDetails: { email: "a.martin@example.com", phoneNumber: "+447700900999" } });
    expect(changed.body).toMatchObject({ businessRepresentativeId: first.body.businessRepresentativeId, firstName: "Alice", contactDetails: { email: "a.martin@example.com" } });
    const partial = await call("PUT", path, alice.token, { updateContext: "TRANSFER_OF_AUTHORISATION", firstName: "Grace" });
    expect(partial.status).toBe(422);
    expect((await call("GET", path, alice.token)).body).toEqual(changed.body);
    const handed = await call("PUT", path, alice.token, { updateContext: "TRANSFER_OF_AUTHORISATION", ...REPRESENTATIVE });
    expect(handed.body.businessRepresentativeId).not.toBe(first.body.businessRepresentativeId);
    expect((await call("GET", path, alice.token)).body).toEqual(handed.body);
    expect((await call("PUT", path, alice.token, { updateContext: "SOMETHING" })).status).toBe(422);
    expect((await call("GET", `/v3/profiles/${alice.personalProfileId}/business-profile/business-representative`, alice.token)).status).toBe(404);
  });
});

describe("bank-transfer verification status", () => {
  it("answers each source currency once; an unknown currency is 422 and a missing list 400", async () => {
    const path = `/v3/profiles/${alice.personalProfileId}/verification-status/bank-transfer`;
    const res = await call("POST", `${path}?source_currencies=gbp,EUR,GBP`, alice.token);
    expect(res.status).toBe(200);
    expect(res.body.routes).toEqual([
      { source_currency: "GBP", maximum_entitled_amount: 1000000, current_status: "verified" },
      { source_currency: "EUR", maximum_entitled_amount: 1000000, current_status: "verified" },
    ]);
    expect(typeof res.body.request_id).toBe("string");
    expect((await call("POST", `${path}?source_currencies=GBP,XXX`, alice.token)).status).toBe(422);
    expect((await call("POST", path, alice.token)).status).toBe(400);
    expect((await call("POST", `${path}?source_currencies=GBP`, bob.token)).status).toBe(403);
  });
});
