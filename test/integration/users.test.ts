// Users through GraphQL over HTTP against the sandbox: viewer with its profiles, user(id) and
// node(id) for the caller's own user only, the contact email, the partner's userExists and
// userCreate, claim account, and phone numbers; isolation (bob never reads or changes alice's
// user, nor adds or removes her phone numbers), and the Wise calls each costs.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import {
  ClaimAccountCodeCreateDocument,
  UserByIdDocument,
  UserContactEmailSetDocument,
  UserCreateDocument,
  UserExistsDocument,
  UserNodeDocument,
  UserPhoneNumberCreateDocument,
  UserPhoneNumberDeleteDocument,
  UserTokenCreateDocument,
  ViewerContactEmailDocument,
  ViewerDocument,
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

const userId = (wiseId: number) => toGlobalId("User", String(wiseId));
const REGISTRATION_CODE = "9f2b7c1e-registration-code-for-tests-0001";

describe("viewer", () => {
  it("is the token's user with their details and both profiles, for one GET /v1/me and one GET /v2/profiles", async () => {
    const res = await h.request(ViewerDocument, {});
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.viewer).toEqual({
      id: userId(h.alice.userId),
      wiseId: h.alice.userId,
      name: "Alice Martin",
      email: "alice.martin@example.com",
      active: true,
      firstName: "Alice",
      lastName: "Martin",
      phoneNumber: "+447700900111",
      dateOfBirth: "1990-04-21",
      occupation: null,
      avatarUrl: null,
      address: { country: "GB", firstLine: expect.any(String), postCode: expect.any(String), city: "London", state: null },
      profiles: [
        { __typename: "PersonalProfile", id: toGlobalId("PersonalProfile", String(h.alice.personalProfileId)), wiseId: h.alice.personalProfileId },
        { __typename: "BusinessProfile", id: toGlobalId("BusinessProfile", String(h.alice.businessProfileId)), wiseId: h.alice.businessProfileId },
      ],
    });
    expect((await h.stats()).routes).toEqual({ "GET /v1/me": 1, "GET /v2/profiles": 1 });
  });

  it("follows the token: bob sees bob", async () => {
    const res = await h.request(ViewerDocument, {}, { token: h.bob.token });
    expect(res.body.data!.viewer!.wiseId).toBe(h.bob.userId);
    expect(res.body.data!.viewer!.profiles!.map((p) => p.wiseId)).toEqual([h.bob.personalProfileId, h.bob.businessProfileId]);
  });

  it("without a token (anonymous not allowed) is UNAUTHENTICATED with no Wise call", async () => {
    const strict = await startHarness({ defaultToken: null });
    try {
      const res = await strict.request(ViewerDocument, {}, { token: null });
      expect(errorCodes(res)).toEqual(["UNAUTHENTICATED"]);
      expect((await strict.stats()).total).toBe(0);
    } finally {
      await strict.close();
    }
  });
});

describe("user(id) and node(id)", () => {
  it("answer the caller's own user, with its contact email", async () => {
    const res = await h.request(UserByIdDocument, { id: userId(h.alice.userId) });
    expect(res.body.data!.user).toEqual({ id: userId(h.alice.userId), wiseId: h.alice.userId, email: "alice.martin@example.com", contactEmail: null });
    const node = await h.request(UserNodeDocument, { id: userId(h.alice.userId) });
    expect(node.body.data!.node).toEqual({ __typename: "User", id: userId(h.alice.userId), wiseId: h.alice.userId, email: "alice.martin@example.com" });
  });

  it("bob asking for alice's user gets FORBIDDEN and no data", async () => {
    const res = await h.request(UserByIdDocument, { id: userId(h.alice.userId) }, { token: h.bob.token });
    expect(res.body.data!.user).toBeNull();
    expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    expect(res.text).not.toContain("alice");
    const node = await h.request(UserNodeDocument, { id: userId(h.alice.userId) }, { token: h.bob.token });
    expect(node.body.data!.node).toBeNull();
    expect(errorCodes(node)).toEqual(["FORBIDDEN"]);
  });

  it("a forged id is BAD_USER_INPUT with no Wise call", async () => {
    const res = await h.request(UserByIdDocument, { id: toGlobalId("User", "1/../2") });
    expect(errorCodes(res)).toEqual(["BAD_USER_INPUT"]);
    expect((await h.stats()).total).toBe(0);
  });
});

describe("contact email", () => {
  it("is set for the caller's own user and read back; a malformed address is a userError with no Wise call", async () => {
    const bad = await h.request(UserContactEmailSetDocument, { input: { userId: userId(h.alice.userId), email: "not an email" } });
    expect(bad.body.data!.userContactEmailSet).toEqual({
      user: null,
      contactEmail: null,
      userErrors: [{ field: ["input", "email"], message: "email is not an email address.", code: "INVALID" }],
    });
    expect((await h.stats()).total).toBe(0);

    const set = await h.request(UserContactEmailSetDocument, { input: { userId: userId(h.alice.userId), email: "alice.notify@example.com" } });
    expect(set.body.data!.userContactEmailSet).toEqual({
      user: { id: userId(h.alice.userId), contactEmail: "alice.notify@example.com" },
      contactEmail: "alice.notify@example.com",
      userErrors: [],
    });
    expect((await h.stats()).routes).toEqual({ "PUT /v1/users/:userId/contact-email": 1, "GET /v1/users/:userId": 1 });
    expect((await h.request(ViewerContactEmailDocument, {})).body.data!.viewer!.contactEmail).toBe("alice.notify@example.com");
  });

  it("bob cannot set alice's: FORBIDDEN, and hers is unchanged", async () => {
    const res = await h.request(UserContactEmailSetDocument, { input: { userId: userId(h.alice.userId), email: "bob.took.over@example.com" } }, { token: h.bob.token });
    expect(errorCodes(res)).toEqual(["FORBIDDEN"]);
    expect(h.sandbox.store.users.get(h.alice.userId)!.contactEmail).toBeUndefined();
  });
});

describe("partner: userExists and userCreate", () => {
  it("userExists answers with the server's client-credentials token: one /oauth/token, then cached", async () => {
    expect((await h.request(UserExistsDocument, { email: "alice.martin@example.com" })).body.data!.userExists).toBe(true);
    expect((await h.request(UserExistsDocument, { email: "nobody@example.com" })).body.data!.userExists).toBe(false);
    const routes = (await h.stats()).routes;
    expect(routes["POST /v1/users/exists"]).toBeGreaterThanOrEqual(2);
    expect(routes["POST /oauth/token"]).toBe(1);
    const bad = await h.request(UserExistsDocument, { email: "not-an-email" });
    expect(errorCodes(bad)).toEqual(["BAD_USER_INPUT"]);
  });

  it("userCreate creates the user once; again is a userError on email; then the registration-code grant acts as them and claims the account", async () => {
    const input = { email: "new.customer@example.com", registrationCode: REGISTRATION_CODE, language: "en" };
    const created = await h.request(UserCreateDocument, { input });
    expect(created.body.errors).toBeUndefined();
    const user = created.body.data!.userCreate.user!;
    expect(user).toMatchObject({ email: "new.customer@example.com", active: true });
    const again = await h.request(UserCreateDocument, { input });
    expect(again.body.data!.userCreate).toEqual({ user: null, userErrors: [{ field: ["input", "email"], message: "You’re already a member. Please login", code: "NOT_ALLOWED" }] });
    expect([...h.sandbox.store.users.values()].filter((u) => u.email === "new.customer@example.com")).toHaveLength(1);

    const grant = await h.request(UserTokenCreateDocument, { input: { registrationCode: { email: input.email, registrationCode: REGISTRATION_CODE } } });
    expect(grant.body.data!.userTokenCreate.userErrors).toEqual([]);
    const token = grant.body.data!.userTokenCreate.token!.accessToken;
    const viewer = await h.request(ViewerDocument, {}, { token });
    expect(viewer.body.data!.viewer).toMatchObject({ wiseId: user.wiseId, name: null, email: "new.customer@example.com", profiles: [] });

    const claim = await h.request(ClaimAccountCodeCreateDocument, { input: { registrationCode: REGISTRATION_CODE } }, { token });
    expect(claim.body.data!.claimAccountCodeCreate).toEqual({ claimAccountCode: expect.any(String), userErrors: [] });
    const wrong = await h.request(ClaimAccountCodeCreateDocument, { input: { registrationCode: "x".repeat(40) } }, { token });
    expect(wrong.body.data!.claimAccountCodeCreate).toEqual({
      claimAccountCode: null,
      userErrors: [{ field: ["input", "registrationCode"], message: "Invalid registration code.", code: "INVALID" }],
    });
  });

  it("refuses a malformed email, a short registration code and an unknown language before any Wise call", async () => {
    const res = await h.request(UserCreateDocument, { input: { email: "nope", registrationCode: "short", language: "XX" } });
    expect(res.body.data!.userCreate.userErrors.map((e) => e.field)).toEqual([
      ["input", "email"],
      ["input", "registrationCode"],
      ["input", "language"],
    ]);
    expect((await h.stats()).total).toBe(0);
  });

  it("without client credentials, partner operations are FORBIDDEN and call nothing", async () => {
    const plain = await startHarness({ server: { clientCredentials: null } });
    try {
      expect(errorCodes(await plain.request(UserExistsDocument, { email: "alice.martin@example.com" }))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await plain.request(UserCreateDocument, { input: { email: "a@example.com", registrationCode: REGISTRATION_CODE } }))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await plain.request(UserPhoneNumberCreateDocument, { input: { userId: userId(plain.alice.userId), phoneNumber: "+447700900123" } }))).toEqual([
        "FORBIDDEN",
      ]);
      expect((await plain.stats()).total).toBe(0);
    } finally {
      await plain.close();
    }
  });
});

describe("phone numbers", () => {
  it("the caller adds one to their own user and removes it (the partner's token at Wise)", async () => {
    const created = await h.request(UserPhoneNumberCreateDocument, { input: { userId: userId(h.alice.userId), phoneNumber: "+447700900123" } });
    expect(created.body.errors).toBeUndefined();
    const phone = created.body.data!.userPhoneNumberCreate.phoneNumber!;
    expect(phone).toMatchObject({ phoneNumber: "+447700900123", type: "PRIMARY", verified: true });
    const repeated = await h.request(UserPhoneNumberCreateDocument, { input: { userId: userId(h.alice.userId), phoneNumber: "+447700900123" } });
    expect(repeated.body.data!.userPhoneNumberCreate).toEqual({
      phoneNumber: null,
      userErrors: [{ field: ["input", "phoneNumber"], message: "It's linked to an account with the email ****@example.com", code: "INVALID" }],
    });
    const malformed = await h.request(UserPhoneNumberCreateDocument, { input: { userId: userId(h.alice.userId), phoneNumber: "123" } });
    expect(malformed.body.data!.userPhoneNumberCreate.userErrors).toEqual([{ field: ["input", "phoneNumber"], message: "Please enter a valid phone number.", code: "INVALID" }]);

    const deleted = await h.request(UserPhoneNumberDeleteDocument, { input: { userId: userId(h.alice.userId), phoneNumberId: phone.wiseId } });
    expect(deleted.body.data!.userPhoneNumberDelete).toEqual({ deletedPhoneNumberId: phone.wiseId, userErrors: [] });
    const again = await h.request(UserPhoneNumberDeleteDocument, { input: { userId: userId(h.alice.userId), phoneNumberId: phone.wiseId } });
    expect(again.body.data!.userPhoneNumberDelete).toEqual({
      deletedPhoneNumberId: null,
      userErrors: [{ field: ["input", "phoneNumberId"], message: "Phone number not found", code: "NOT_FOUND" }],
    });
    expect(h.sandbox.store.phoneNumbers.size).toBe(0);
  });

  it("bob can neither add a number to alice's user nor remove hers: FORBIDDEN before any partner call", async () => {
    const phone = (await h.request(UserPhoneNumberCreateDocument, { input: { userId: userId(h.alice.userId), phoneNumber: "+447700900124" } })).body.data!.userPhoneNumberCreate
      .phoneNumber!;
    const before = (await h.stats()).routes;
    const add = await h.request(UserPhoneNumberCreateDocument, { input: { userId: userId(h.alice.userId), phoneNumber: "+447700900125" } }, { token: h.bob.token });
    expect(errorCodes(add)).toEqual(["FORBIDDEN"]);
    const remove = await h.request(UserPhoneNumberDeleteDocument, { input: { userId: userId(h.alice.userId), phoneNumberId: phone.wiseId } }, { token: h.bob.token });
    expect(errorCodes(remove)).toEqual(["FORBIDDEN"]);
    // bob naming his own user cannot reach alice's number either: Wise finds none under his id.
    const own = await h.request(UserPhoneNumberDeleteDocument, { input: { userId: userId(h.bob.userId), phoneNumberId: phone.wiseId } }, { token: h.bob.token });
    expect(own.body.data!.userPhoneNumberDelete.userErrors.map((e) => e.code)).toEqual(["NOT_FOUND"]);
    const after = (await h.stats()).routes;
    expect(after["POST /v1/application/users/:userId/phone-numbers"]).toBe(before["POST /v1/application/users/:userId/phone-numbers"]);
    expect(after["DELETE /v1/application/users/:userId/phone-numbers/:phoneNumberId"]).toBe(1);
    expect([...h.sandbox.store.phoneNumbers.values()].map((p) => p.phoneNumber)).toEqual(["+447700900124"]);
  });
});
