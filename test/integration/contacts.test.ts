import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import { ContactCreateDocument } from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { personalProfileId } from "../helpers/money.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
beforeEach(async () => {
  await h.reset();
});
afterAll(async () => {
  await h.close();
});

const ROUTE = "POST /v2/profiles/:profileId/contacts";

async function contact(identifier: string, targetCurrency?: string) {
  const response = await h.request(ContactCreateDocument, { input: { profileId: personalProfileId(h), identifier, targetCurrency } });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.contactCreate;
}

describe("contactCreate", () => {
  it("finds another Wise profile by Wisetag, email or phone number: the same person is the same contact", async () => {
    const byTag = await contact("@RobertN", "USD");
    expect(byTag.userErrors).toEqual([]);
    expect(byTag.contact).toEqual({ contactId: expect.stringMatching(/^[0-9a-f-]{36}$/), name: "Robert Nakamura" });
    const byEmail = await contact("BOB.NAKAMURA@example.com");
    const byPhone = await contact("+1 212 555 0142");
    expect(byEmail.contact).toEqual(byTag.contact);
    expect(byPhone.contact).toEqual(byTag.contact);
    const business = await contact("@NakamuraCyclesLLC");
    expect(business.contact?.name).toBe("Nakamura Cycles LLC");
    expect(business.contact?.contactId).not.toBe(byTag.contact!.contactId);
  });

  it("answers an identifier no profile has as NOT_FOUND on the identifier", async () => {
    const missing = await contact("@NobodyHere");
    expect(missing).toEqual({ contact: null, userErrors: [{ code: "NOT_FOUND", field: ["input", "identifier"], message: "No Wise profile can be found with this identifier." }] });
  });

  it("refuses something that is no identifier without calling Wise", async () => {
    for (const identifier of ["bob", "a b@c.d", "12345", `@${"x".repeat(300)}`]) {
      const refused = await contact(identifier);
      expect(refused).toMatchObject({ contact: null, userErrors: [{ code: "INVALID", field: ["input", "identifier"] }] });
    }
    expect((await h.stats()).routes[ROUTE] ?? 0).toBe(0);
  });

  it("does not look up contacts for another user's profile", async () => {
    const response = await h.request(ContactCreateDocument, { input: { profileId: personalProfileId(h), identifier: "@RobertN" } }, { token: h.bob.token });
    expect(response.body.data?.contactCreate ?? null).toBeNull();
    expect(response.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await h.stats()).routes[ROUTE] ?? 0).toBe(0);
  });
});
