// Through GraphQL, a frontend can build a recipient form for any currency Wise records and create
// a recipient from it: recipientRequirements answers the recorded forms (not only the handful the
// sandbox writes itself) and recipientCreate accepts what the form asks for, refusing what breaks it.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { RecipientCreateDocument, RecipientRequirementsDocument } from "../generated/graphql.js";
import { answersFor, valueFor, type FormInput } from "../helpers/form-answers.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { personalProfileId } from "../helpers/money.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** Currencies whose forms come only from Wise's recordings, with a type each must offer. */
const SAMPLE: [currency: string, type: string][] = [
  ["AUD", "australian"],
  ["BRL", "brazil"],
  ["CAD", "canadian"],
  ["CZK", "czech"],
  ["KRW", "south_korean_paygate"],
  ["MXN", "mexican"],
  ["NGN", "nigeria"],
  ["RUB", "russiarapida"],
  ["SGD", "singapore"],
  ["UAH", "privatbank"],
  ["ZAR", "southafrica"],
];

async function formsOf(currency: string) {
  const response = await h.request(RecipientRequirementsDocument, { input: { sourceCurrency: currency, targetCurrency: currency, sourceAmount: "100" } });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.recipientRequirements;
}

describe("recipient forms for recorded currencies through GraphQL", () => {
  it.each(SAMPLE)("%s offers %s, and a recipient filled in from the form is created", async (currency, type) => {
    const forms = await formsOf(currency);
    const form = forms.find((f) => f.type === type)!;
    expect(form).toBeDefined();
    const inputs = form.fieldGroups.flatMap((g) => g.fields) as FormInput[];
    expect(inputs.length).toBeGreaterThan(2);
    const answers = answersFor(inputs, type);
    const nameInput = inputs.find((i) => i.key === "accountHolderName");
    const accountHolderName = answers.get("accountHolderName") ?? (nameInput === undefined ? undefined : valueFor(nameInput)) ?? "John Smith";
    answers.delete("accountHolderName");
    const details = [...answers].map(([key, value]) => ({ key, value }));
    const response = await h.request(RecipientCreateDocument, { input: { profileId: personalProfileId(h), currency, type, accountHolderName, details } });
    const payload = response.body.data!.recipientCreate;
    expect(payload.userErrors).toEqual([]);
    expect(payload.recipient).toMatchObject({ currency, type, active: true, holderName: accountHolderName });
  });

  it("refuses a recorded form's recipient without a required input, naming it, and creates nothing", async () => {
    const forms = await formsOf("AUD");
    const inputs = forms.find((f) => f.type === "australian")!.fieldGroups.flatMap((g) => g.fields) as FormInput[];
    const answers = answersFor(inputs, "australian");
    answers.delete("accountHolderName");
    answers.delete("bsbCode");
    const details = [...answers].map(([key, value]) => ({ key, value }));
    const audRecipients = () => h.rest<unknown[]>(`/v1/accounts?profileId=${h.alice.personalProfileId}&currency=AUD`, h.alice.token);
    const before = (await audRecipients()).length;
    const response = await h.request(RecipientCreateDocument, {
      input: { profileId: personalProfileId(h), currency: "AUD", type: "australian", accountHolderName: "John Smith", details },
    });
    const payload = response.body.data!.recipientCreate;
    expect(payload.recipient).toBeNull();
    expect(JSON.stringify(payload.userErrors)).toContain("bsbCode");
    expect((await audRecipients()).length).toBe(before);
  });
});
