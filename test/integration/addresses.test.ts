// Address creation through GraphQL over HTTP against the sandbox: the address form
// (addressRequirements) for GB and US, addressCreate read back through node(id:), Wise's
// validation errors as userErrors on input fields, another user's profile refused, and the
// Wise calls each costs.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import { AddressCreateDocument, AddressNodeDocument, AddressRequirementsDocument, type AddressCreateInput } from "../generated/graphql.js";
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

type Form = { fieldGroups: { fields: { key: string; type: string; required: boolean; refreshRequirementsOnChange: boolean; allowedValues: { key: string }[] | null }[] }[] };
const fieldsOf = (form: Form) => form.fieldGroups.flatMap((g) => g.fields);
const keysOf = (form: Form) => fieldsOf(form).map((f) => f.key);
const fieldOf = (form: Form, key: string) => fieldsOf(form).find((f) => f.key === key)!;

async function form(details?: { key: string; value: string }[]): Promise<Form> {
  const res = await h.request(AddressRequirementsDocument, details === undefined ? {} : { input: { details } });
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.addressRequirements;
}

const addressCount = () => h.sandbox.store.addresses.size;

const US_ADDRESS = (): AddressCreateInput => ({
  profileId: personalProfileId(h),
  country: "US",
  state: "AZ",
  city: "Phoenix",
  postCode: "10025",
  firstLine: "50 Sunflower Ave",
  occupations: ["Software Engineer"],
});

describe("addressRequirements", () => {
  it("first form: country (a select that asks for a refresh), city, postCode, firstLine; one GET", async () => {
    const first = await form();
    expect(keysOf(first)).toEqual(["country", "city", "postCode", "firstLine"]);
    const country = fieldOf(first, "country");
    expect(country).toMatchObject({ type: "SELECT", required: true, refreshRequirementsOnChange: true });
    expect(country.allowedValues!.map((v) => v.key)).toEqual(expect.arrayContaining(["GB", "US"]));
    expect((await h.stats()).routes).toEqual({ "GET /v1/address-requirements": 1 });
  });

  it("for GB: no state; one POST with the answer", async () => {
    expect(keysOf(await form([{ key: "country", value: "GB" }]))).toEqual(["country", "city", "postCode", "firstLine"]);
    expect((await h.stats()).routes).toEqual({ "POST /v1/address-requirements": 1 });
  });

  it("for US: a state select that itself asks for a refresh; New Mexico adds occupations", async () => {
    const us = await form([{ key: "country", value: "US" }]);
    expect(keysOf(us)).toEqual(["country", "state", "city", "postCode", "firstLine"]);
    const state = fieldOf(us, "state");
    expect(state).toMatchObject({ type: "SELECT", required: true, refreshRequirementsOnChange: true });
    expect(state.allowedValues!.map((v) => v.key)).toEqual(expect.arrayContaining(["AZ", "NM"]));
    expect(
      keysOf(
        await form([
          { key: "country", value: "US" },
          { key: "state", value: "AZ" },
        ]),
      ),
    ).not.toContain("occupations");
    expect(
      keysOf(
        await form([
          { key: "country", value: "US" },
          { key: "state", value: "NM" },
        ]),
      ),
    ).toContain("occupations");
    expect((await h.stats()).routes).toEqual({ "POST /v1/address-requirements": 3 });
  });

  it("the same answers asked twice in one request (aliases, keys in another order) are one Wise call", async () => {
    const res = await h.raw(
      JSON.stringify({
        query: `{
          a: addressRequirements(input: { details: [{ key: "country", value: "US" }, { key: "state", value: "NM" }] }) { fieldGroups { name } }
          b: addressRequirements(input: { details: [{ key: "state", value: "NM" }, { key: "country", value: "US" }] }) { fieldGroups { name } }
          c: addressRequirements { fieldGroups { name } }
        }`,
      }),
    );
    expect(res.status).toBe(200);
    const data = JSON.parse(res.text).data;
    expect(data.a).toEqual(data.b);
    expect((await h.stats()).routes).toEqual({ "POST /v1/address-requirements": 1, "GET /v1/address-requirements": 1 });
  });

  it.each(["address.country", "__proto__", "1country", ""])("refuses the key %j before calling Wise", async (key) => {
    const res = await h.request(AddressRequirementsDocument, { input: { details: [{ key, value: "US" }] } });
    expect(errorCodes(res)).toEqual(["BAD_USER_INPUT"]);
    expect((await h.stats()).total).toBe(0);
  });
});

describe("addressCreate", () => {
  it("creates the address (one Wise call), which node(id:) then reads back", async () => {
    const before = addressCount();
    const res = await h.request(AddressCreateDocument, { input: US_ADDRESS() });
    expect(res.body.errors).toBeUndefined();
    const { address, userErrors } = res.body.data!.addressCreate;
    expect(userErrors).toEqual([]);
    expect(address).toMatchObject({
      country: "US",
      state: "AZ",
      city: "Phoenix",
      postCode: "10025",
      firstLine: "50 Sunflower Ave",
      occupations: [{ code: "Software Engineer", format: "FREE_FORM" }],
      profile: { id: personalProfileId(h) },
    });
    expect(address!.id).toBe(toGlobalId("Address", String(address!.wiseId)));
    expect(addressCount()).toBe(before + 1);
    // The create, and the profile's read for `address.profile`.
    expect((await h.stats()).routes).toEqual({ "POST /v1/addresses": 1, "GET /v2/profiles": 1 });

    const read = await h.request(AddressNodeDocument, { id: address!.id });
    const { profile: _profile, ...fields } = address!;
    expect(read.body.data!.node).toEqual({ __typename: "Address", ...fields });
    expect((await h.stats()).routes).toEqual({ "POST /v1/addresses": 1, "GET /v2/profiles": 1, "GET /v1/addresses/:addressId": 1 });
  });

  it("a GB address needs no state", async () => {
    const { state: _state, occupations: _occupations, ...rest } = US_ADDRESS();
    const res = await h.request(AddressCreateDocument, { input: { ...rest, country: "GB", city: "Leeds", postCode: "LS1 4DY", firstLine: "1 Park Row" } });
    const { address, userErrors } = res.body.data!.addressCreate;
    expect(userErrors).toEqual([]);
    expect(address).toMatchObject({ country: "GB", state: null, city: "Leeds", occupations: [] });
  });

  it("blank required fields are REQUIRED userErrors on those fields, without calling Wise", async () => {
    const before = addressCount();
    const res = await h.request(AddressCreateDocument, { input: { ...US_ADDRESS(), city: " ", postCode: "" } });
    expect(res.body.data!.addressCreate).toEqual({
      address: null,
      userErrors: [
        { field: ["input", "city"], code: "REQUIRED", message: "city must not be blank." },
        { field: ["input", "postCode"], code: "REQUIRED", message: "postCode must not be blank." },
      ],
    });
    expect((await h.stats()).total).toBe(0);
    expect(addressCount()).toBe(before);
  });

  it.each<[string, Partial<AddressCreateInput>, [string, string[]][]]>([
    ["a US address without state", { state: null }, [["REQUIRED", ["input", "state"]]]],
    ["a state that is not the country's", { state: "ZZ" }, [["INVALID", ["input", "state"]]]],
    ["an unknown country", { country: "XX", state: null }, [["INVALID", ["input", "country"]]]],
    ["a post code over 30 characters", { postCode: "1".repeat(31) }, [["INVALID", ["input", "postCode"]]]],
    ["New Mexico without occupations", { state: "NM", occupations: null }, [["REQUIRED", ["input", "occupations"]]]],
  ])("Wise's 422 for %s is a userError on that input field; nothing is created", async (_what, change, expected) => {
    const before = addressCount();
    const payload = (await h.request(AddressCreateDocument, { input: { ...US_ADDRESS(), ...change } })).body.data!.addressCreate;
    expect(payload.address).toBeNull();
    expect(payload.userErrors.map((e) => [e.code, e.field])).toEqual(expected);
    expect(addressCount()).toBe(before);
    expect((await h.stats()).routes).toEqual({ "POST /v1/addresses": 1 });
  });

  it("another user's profile is refused (FORBIDDEN, no data) and creates nothing", async () => {
    const before = addressCount();
    const res = await h.request(AddressCreateDocument, { input: { ...US_ADDRESS(), profileId: toGlobalId("PersonalProfile", String(h.bob.personalProfileId)) } });
    expect(res.body.data).toBeNull();
    expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    expect(addressCount()).toBe(before);
    expect((await h.stats()).routes).toEqual({ "POST /v1/addresses": 1 });
  });

  it("an id that is not a profile's is refused before calling Wise", async () => {
    const res = await h.request(AddressCreateDocument, { input: { ...US_ADDRESS(), profileId: toGlobalId("Address", "1") } });
    expect(errorCodes(res)).toEqual(["BAD_USER_INPUT"]);
    expect((await h.stats()).total).toBe(0);
  });

  it("a lost answer is not sent again: one call, an error, and the caller decides", async () => {
    h.sandbox.faults.add({ route: "POST /v1/addresses", fault: { type: "status", status: 502 }, times: 1 });
    try {
      const res = await h.request(AddressCreateDocument, { input: US_ADDRESS() });
      expect(res.body.data).toBeNull();
      expect(errorCodes(res)).toHaveLength(1);
      expect((await h.stats()).routes).toEqual({ "POST /v1/addresses": 1 });
    } finally {
      h.sandbox.faults.clear();
    }
  });
});
