// A business profile's people and a person's identification documents through GraphQL over HTTP
// against the sandbox: BusinessProfile.directors and .ultimateBeneficialOwners read the seeded
// people; the add and replace mutations change them (POST appends, PUT replaces with new ids);
// bad input is a userError that changes nothing (proved by reading the lists again); a personal
// profile has no such people; another user's profile is refused. identityDocumentCreate and
// identityDocumentUpdate likewise. Each test states the Wise calls it costs.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import {
  BusinessDirectorsAddDocument,
  BusinessDirectorsReplaceDocument,
  BusinessPeopleDocument,
  IdentityDocumentCreateDocument,
  IdentityDocumentUpdateDocument,
  UltimateBeneficialOwnersAddDocument,
  UltimateBeneficialOwnersReplaceDocument,
  type BusinessDirectorInput,
  type UltimateBeneficialOwnerInput,
} from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import { personalProfileId } from "../helpers/money.js";

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

const aliceBusiness = () => toGlobalId("BusinessProfile", String(h.alice.businessProfileId));
const bobBusiness = () => toGlobalId("BusinessProfile", String(h.bob.businessProfileId));

const JANE: BusinessDirectorInput = { firstName: "Jane", lastName: "Doe", dateOfBirth: "1981-12-07", countryOfResidence: "usa" };
const JOHN: BusinessDirectorInput = { firstName: "John", lastName: "Doe", dateOfBirth: "1982-05-20", countryOfResidence: "GBR" };
const owner = (name: string, ownershipPercentage: number | null): UltimateBeneficialOwnerInput => ({
  name,
  dateOfBirth: "1982-05-20",
  countryOfResidence: "usa",
  addressFirstLine: "123 Fake St",
  postCode: "FK 12345",
  ownershipPercentage,
});

/** The business profile's people, read through GraphQL. */
async function people(id = aliceBusiness()) {
  const res = await h.request(BusinessPeopleDocument, { id });
  expect(res.body.errors).toBeUndefined();
  const profile = res.body.data!.profile!;
  if (!("directors" in profile)) throw new Error("not a business profile");
  return { directors: profile.directors!, owners: profile.ultimateBeneficialOwners! };
}

describe("BusinessProfile.directors and .ultimateBeneficialOwners", () => {
  it("read the seeded people as plain lists, countries in upper case; one Wise call per list", async () => {
    const read = await people();
    expect(read.directors).toEqual([{ wiseId: 87000001, firstName: "Alice", lastName: "Martin", dateOfBirth: "1990-04-21", countryOfResidence: "GBR" }]);
    expect(read.owners).toEqual([
      {
        wiseId: "4f1c9a2e7b3d4c58a0e6b1d2c3f4a5b6",
        name: "Alice Martin",
        dateOfBirth: "1990-04-21",
        countryOfResidence: "GBR",
        addressFirstLine: "221 Baker Street",
        postCode: "NW1 6XE",
        ownershipPercentage: 75,
      },
    ]);
    expect((await h.stats()).routes).toEqual({ "GET /v2/profiles": 1, "GET /v1/profiles/:profileId/directors": 1, "GET /v1/profiles/:profileId/ubos": 1 });
  });

  it("another user's business profile is refused (FORBIDDEN) and reads none of its people", async () => {
    const res = await h.request(BusinessPeopleDocument, { id: bobBusiness() });
    expect(res.body.data!.profile).toBeNull();
    expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    expect(Object.keys((await h.stats()).routes)).not.toContain("GET /v1/profiles/:profileId/directors");
  });
});

describe("businessDirectorsAdd and businessDirectorsReplace", () => {
  it("add appends (one POST) and the payload's profile sees the new list without reading it again", async () => {
    const res = await h.request(BusinessDirectorsAddDocument, { input: { profileId: aliceBusiness(), directors: [JANE, JOHN] } });
    expect(res.body.errors).toBeUndefined();
    const payload = res.body.data!.businessDirectorsAdd;
    expect(payload.userErrors).toEqual([]);
    expect(payload.directors!.map((d) => [d.firstName, d.countryOfResidence])).toEqual([
      ["Alice", "GBR"],
      ["Jane", "USA"],
      ["John", "GBR"],
    ]);
    expect(payload.profile!.directors!.map((d) => d.wiseId)).toEqual(payload.directors!.map((d) => d.wiseId));
    expect((await h.stats()).routes).toEqual({ "POST /v1/profiles/:profileId/directors": 1, "GET /v2/profiles": 1 });
    expect((await people()).directors).toEqual(payload.directors);
  });

  it("replace swaps the whole list for new directors with new ids; an empty list removes them all", async () => {
    const res = await h.request(BusinessDirectorsReplaceDocument, { input: { profileId: aliceBusiness(), directors: [JANE] } });
    const payload = res.body.data!.businessDirectorsReplace;
    expect(payload.userErrors).toEqual([]);
    expect(payload.directors).toEqual([{ wiseId: expect.any(Number), firstName: "Jane", lastName: "Doe", dateOfBirth: "1981-12-07", countryOfResidence: "USA" }]);
    expect(payload.directors![0]!.wiseId).not.toBe(87000001);
    expect((await people()).directors).toEqual(payload.directors);

    const emptied = await h.request(BusinessDirectorsReplaceDocument, { input: { profileId: aliceBusiness(), directors: [] } });
    expect(emptied.body.data!.businessDirectorsReplace).toEqual({ directors: [], userErrors: [] });
    expect((await people()).directors).toEqual([]);
  });

  it.each<[string, Partial<BusinessDirectorInput>, [string, string[]]]>([
    ["a blank last name", { lastName: "  " }, ["REQUIRED", ["input", "directors", "1", "lastName"]]],
    ["a country that is not alpha-3", { countryOfResidence: "US" }, ["INVALID", ["input", "directors", "1", "countryOfResidence"]]],
    ["a date of birth in the future", { dateOfBirth: "2999-01-01" }, ["INVALID", ["input", "directors", "1", "dateOfBirth"]]],
  ])("%s is a userError on that director's field; no Wise call, nothing changed", async (_what, change, [code, field]) => {
    const before = await people();
    const res = await h.request(BusinessDirectorsAddDocument, { input: { profileId: aliceBusiness(), directors: [JANE, { ...JOHN, ...change }] } });
    expect(res.body.data!.businessDirectorsAdd).toMatchObject({ directors: null, profile: null, userErrors: [{ code, field }] });
    expect(Object.keys((await h.stats()).routes)).not.toContain("POST /v1/profiles/:profileId/directors");
    expect(await people()).toEqual(before);
  });

  it("more than 100 directors in one call is a userError on the list; no Wise call", async () => {
    const res = await h.request(BusinessDirectorsReplaceDocument, { input: { profileId: aliceBusiness(), directors: Array.from({ length: 101 }, () => JANE) } });
    expect(res.body.data!.businessDirectorsReplace.userErrors).toEqual([{ code: "INVALID", field: ["input", "directors"], message: "At most 100 people at once, not 101." }]);
    expect((await h.stats()).total).toBe(0);
  });

  it("a country Wise does not know is Wise's refusal, a userError on the list; nothing changed", async () => {
    const before = await people();
    const res = await h.request(BusinessDirectorsReplaceDocument, { input: { profileId: aliceBusiness(), directors: [JANE, { ...JOHN, countryOfResidence: "XYZ" }] } });
    const payload = res.body.data!.businessDirectorsReplace;
    expect(payload.directors).toBeNull();
    expect(payload.userErrors).toEqual([{ code: "INVALID", field: ["input", "directors"], message: expect.stringContaining("xyz") }]);
    expect(await people()).toEqual(before);
  });

  it("a personal profile has no directors: a userError on profileId, no Wise call", async () => {
    const res = await h.request(BusinessDirectorsAddDocument, { input: { profileId: personalProfileId(h), directors: [JANE] } });
    expect(res.body.data!.businessDirectorsAdd.userErrors).toEqual([{ code: "INVALID", field: ["input", "profileId"], message: "Only a business profile has directors." }]);
    expect((await h.stats()).total).toBe(0);
  });

  it("a personal profile's number in a BusinessProfile id gets Wise's refusal, as a userError on profileId", async () => {
    const forged = toGlobalId("BusinessProfile", String(h.alice.personalProfileId));
    const res = await h.request(BusinessDirectorsReplaceDocument, { input: { profileId: forged, directors: [JANE] } });
    expect(res.body.data!.businessDirectorsReplace.userErrors).toEqual([
      { code: "INVALID", field: ["input", "profileId"], message: expect.stringContaining("not a business profile") },
    ]);
  });

  it("another user's business profile is refused (FORBIDDEN) and keeps its directors", async () => {
    const bobs = (await h.rest<unknown[]>(`/v1/profiles/${h.bob.businessProfileId}/directors`, h.bob.token)).length;
    const res = await h.request(BusinessDirectorsReplaceDocument, { input: { profileId: bobBusiness(), directors: [JANE] } });
    expect(res.body.data).toBeNull();
    expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    expect(await h.rest<unknown[]>(`/v1/profiles/${h.bob.businessProfileId}/directors`, h.bob.token)).toHaveLength(bobs);
  });

  it("a lost answer of an add is not sent again: one call, an error, and the caller reads the list", async () => {
    h.sandbox.faults.add({ route: "POST /v1/profiles/:profileId/directors", fault: { type: "status", status: 502 }, times: 1 });
    try {
      const res = await h.request(BusinessDirectorsAddDocument, { input: { profileId: aliceBusiness(), directors: [JANE] } });
      expect(res.body.data).toBeNull();
      expect(errorCodes(res)).toHaveLength(1);
      expect((await h.stats()).routes).toEqual({ "POST /v1/profiles/:profileId/directors": 1 });
    } finally {
      h.sandbox.faults.clear();
    }
  });
});

describe("ultimateBeneficialOwnersAdd and ultimateBeneficialOwnersReplace", () => {
  it("add appends owners, with or without a percentage, up to 100% in all", async () => {
    const res = await h.request(UltimateBeneficialOwnersAddDocument, { input: { profileId: aliceBusiness(), owners: [owner("John Doe", 25), owner("Jane Doe", null)] } });
    const payload = res.body.data!.ultimateBeneficialOwnersAdd;
    expect(payload.userErrors).toEqual([]);
    expect(payload.owners!.map((o) => [o.name, o.ownershipPercentage])).toEqual([
      ["Alice Martin", 75],
      ["John Doe", 25],
      ["Jane Doe", null],
    ]);
    expect(payload.owners![1]!.wiseId).toMatch(/^[0-9a-f]{32}$/);
    expect(payload.profile!.ultimateBeneficialOwners!.map((o) => o.wiseId)).toEqual(payload.owners!.map((o) => o.wiseId));
    expect((await people()).owners).toEqual(payload.owners);
  });

  it("an add that would take the owners over 100% is Wise's refusal, a userError on the owners; nothing changed", async () => {
    const before = await people();
    const res = await h.request(UltimateBeneficialOwnersAddDocument, { input: { profileId: aliceBusiness(), owners: [owner("John Doe", 30)] } });
    const payload = res.body.data!.ultimateBeneficialOwnersAdd;
    expect(payload.owners).toBeNull();
    expect(payload.userErrors).toEqual([{ code: "INVALID", field: ["input", "owners"], message: expect.stringContaining("105%") }]);
    expect((await h.stats()).routes["POST /v1/profiles/:profileId/ubos"]).toBe(1);
    expect(await people()).toEqual(before);
  });

  it("replace swaps the owners for new ones with new ids", async () => {
    const res = await h.request(UltimateBeneficialOwnersReplaceDocument, { input: { profileId: aliceBusiness(), owners: [owner("John Doe", 30), owner("Jane Doe", 70)] } });
    const payload = res.body.data!.ultimateBeneficialOwnersReplace;
    expect(payload.userErrors).toEqual([]);
    expect(payload.owners!.map((o) => [o.name, o.ownershipPercentage])).toEqual([
      ["John Doe", 30],
      ["Jane Doe", 70],
    ]);
    expect(payload.owners!.map((o) => o.wiseId)).not.toContain("4f1c9a2e7b3d4c58a0e6b1d2c3f4a5b6");
    expect((await people()).owners).toEqual(payload.owners);
  });

  it.each<[string, UltimateBeneficialOwnerInput[], [string, string[]][]]>([
    ["a percentage over 100", [owner("John Doe", 101)], [["INVALID", ["input", "owners", "0", "ownershipPercentage"]]]],
    ["a percentage of 0", [owner("John Doe", 0)], [["INVALID", ["input", "owners", "0", "ownershipPercentage"]]]],
    ["owners holding 110% together", [owner("John Doe", 60), owner("Jane Doe", 50)], [["INVALID", ["input", "owners"]]]],
    [
      "a blank name and post code",
      [{ ...owner("", 30), postCode: " " }],
      [
        ["REQUIRED", ["input", "owners", "0", "name"]],
        ["REQUIRED", ["input", "owners", "0", "postCode"]],
      ],
    ],
  ])("replace with %s is a userError; no Wise call, nothing changed", async (_what, owners, expected) => {
    const before = await people();
    await h.reset();
    const res = await h.request(UltimateBeneficialOwnersReplaceDocument, { input: { profileId: aliceBusiness(), owners } });
    const payload = res.body.data!.ultimateBeneficialOwnersReplace;
    expect(payload.owners).toBeNull();
    expect(payload.userErrors.map((e) => [e.code, e.field])).toEqual(expected);
    expect((await h.stats()).total).toBe(0);
    expect(await people()).toEqual(before);
  });

  it("another user's business profile is refused (FORBIDDEN) and keeps its owners", async () => {
    const res = await h.request(UltimateBeneficialOwnersAddDocument, { input: { profileId: bobBusiness(), owners: [owner("John Doe", null)] } });
    expect(res.body.data).toBeNull();
    expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    expect(await h.rest<unknown[]>(`/v1/profiles/${h.bob.businessProfileId}/ubos`, h.bob.token)).toHaveLength(2);
  });
});

describe("identityDocumentCreate and identityDocumentUpdate", () => {
  const documentsOf = (profileId: number) => h.sandbox.store.identityDocuments.get(profileId);
  const PASSPORT = () => ({
    profileId: personalProfileId(h),
    type: "PASSPORT" as const,
    uniqueIdentifier: "AA299822313",
    firstName: "Alice",
    lastName: "Martin",
    issueDate: "2017-12-31",
    expiryDate: "2027-12-31",
    issuerCountry: "gb",
  });

  it("create gives Wise the document (one POST); update then replaces it in full with the server's client id", async () => {
    const created = await h.request(IdentityDocumentCreateDocument, { input: PASSPORT() });
    expect(created.body.data!.identityDocumentCreate).toEqual({ documentType: "PASSPORT", profile: { id: personalProfileId(h) }, userErrors: [] });
    expect(documentsOf(h.alice.personalProfileId)!.get("PASSPORT")).toMatchObject({ uniqueIdentifier: "AA299822313", issuerCountry: "GB", firstName: "Alice" });

    const updated = await h.request(IdentityDocumentUpdateDocument, { input: { profileId: personalProfileId(h), type: "PASSPORT", uniqueIdentifier: "BB1", sex: "FEMALE" } });
    expect(updated.body.data!.identityDocumentUpdate).toEqual({ documentType: "PASSPORT", profile: { id: personalProfileId(h) }, userErrors: [] });
    // A full replacement: what the update left out is gone.
    expect(documentsOf(h.alice.personalProfileId)!.get("PASSPORT")).toMatchObject({ uniqueIdentifier: "BB1", sex: "FEMALE", firstName: null, issuerCountry: null });
  });

  it.each<[string, Record<string, unknown>, [string, string[]]]>([
    ["a blank number", { uniqueIdentifier: " " }, ["REQUIRED", ["input", "uniqueIdentifier"]]],
    ["a number over 30 characters", { uniqueIdentifier: "1".repeat(31) }, ["INVALID", ["input", "uniqueIdentifier"]]],
    ["an SSN that is not 9 digits", { type: "SSN", uniqueIdentifier: "123-45-678" }, ["INVALID", ["input", "uniqueIdentifier"]]],
    ["a three-letter issuer country", { issuerCountry: "GBR" }, ["INVALID", ["input", "issuerCountry"]]],
    ["an employer on a passport", { employerName: "Acme" }, ["INVALID", ["input", "employerName"]]],
  ])("create with %s is a userError; no Wise call, no document", async (_what, change, [code, field]) => {
    const res = await h.request(IdentityDocumentCreateDocument, { input: { ...PASSPORT(), ...change } });
    expect(res.body.data!.identityDocumentCreate).toMatchObject({ documentType: null, profile: null, userErrors: [{ code, field }] });
    expect((await h.stats()).total).toBe(0);
    expect(documentsOf(h.alice.personalProfileId)).toBeUndefined();
  });

  it("an issuer country Wise does not know is Wise's refusal on that field; no document", async () => {
    const res = await h.request(IdentityDocumentCreateDocument, { input: { ...PASSPORT(), issuerCountry: "XX" } });
    expect(res.body.data!.identityDocumentCreate.userErrors).toEqual([{ code: "INVALID", field: ["input", "issuerCountry"], message: expect.any(String) }]);
    expect(documentsOf(h.alice.personalProfileId)?.size ?? 0).toBe(0);
  });

  it("update of a document the profile does not have is NOT_FOUND on type, and creates nothing", async () => {
    const res = await h.request(IdentityDocumentUpdateDocument, { input: { profileId: personalProfileId(h), type: "DRIVERS_LICENCE", uniqueIdentifier: "DL12345" } });
    expect(res.body.data!.identityDocumentUpdate.userErrors).toEqual([{ code: "NOT_FOUND", field: ["input", "type"], message: expect.any(String) }]);
    expect(documentsOf(h.alice.personalProfileId)?.size ?? 0).toBe(0);
  });

  it("a business profile has no identification documents: a userError, no Wise call", async () => {
    const res = await h.request(IdentityDocumentCreateDocument, { input: { ...PASSPORT(), profileId: aliceBusiness() } });
    expect(res.body.data!.identityDocumentCreate.userErrors).toEqual([
      { code: "INVALID", field: ["input", "profileId"], message: "Only a personal profile has identification documents." },
    ]);
    expect((await h.stats()).total).toBe(0);
  });

  it("Wise's answer of success: false is a userError, not a success", async () => {
    h.sandbox.faults.add({
      route: "POST /v1/profiles/:profileId/verification-documents",
      fault: { type: "wrong-shape", body: JSON.stringify({ errorMessage: "Document number already in use", success: false }) },
      times: 1,
    });
    try {
      const res = await h.request(IdentityDocumentCreateDocument, { input: PASSPORT() });
      expect(res.body.data!.identityDocumentCreate).toEqual({
        documentType: null,
        profile: null,
        userErrors: [{ code: "INVALID", field: null, message: "Document number already in use" }],
      });
    } finally {
      h.sandbox.faults.clear();
    }
  });

  it("update without client credentials is refused (FORBIDDEN) before calling Wise", async () => {
    const plain = await startHarness({ server: { clientCredentials: null } });
    try {
      const res = await plain.request(IdentityDocumentUpdateDocument, { input: { profileId: personalProfileId(plain), type: "PASSPORT", uniqueIdentifier: "P1" } });
      expect(res.body.data).toBeNull();
      expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
      expect((await plain.stats()).total).toBe(0);
    } finally {
      await plain.close();
    }
  });

  it("another user's profile is refused (FORBIDDEN) and gets no document", async () => {
    const res = await h.request(IdentityDocumentCreateDocument, { input: { ...PASSPORT(), profileId: toGlobalId("PersonalProfile", String(h.bob.personalProfileId)) } });
    expect(res.body.data).toBeNull();
    expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    expect(documentsOf(h.bob.personalProfileId)).toBeUndefined();
  });
});
