// Spend controls through GraphQL against the embedded sandbox: the partner application's
// authorisation rules made, listed, applied, unapplied and deleted from the partner backend with
// the server's client credentials; malformed codes refused before any Wise call and Wise's own
// refusals as userErrors on the input field at fault, neither changing anything; a caller outside
// the partner backend refused before any Wise call.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from "@jest/globals";
import {
  AppliedSpendControlRulesDocument,
  CardSimulateAuthorisationDocument,
  ProfileCardSpendControlsDocument,
  SpendControlRuleApplyDocument,
  SpendControlRuleCreateDocument,
  type SpendControlRuleCreateInput,
  SpendControlRuleDeleteDocument,
  SpendControlRulesDocument,
  SpendControlRuleUnapplyDocument,
} from "../generated/graphql.js";
import { toGlobalId } from "graphql-relay";
import { deterministicUuid } from "../../src/sandbox/api/card/state.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
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

const RULE_ROUTES = "/spend-controls/";
/** The Wise calls made to the spend-controls routes since the last reset. */
const wiseCalls = async () => {
  const stats = await h.stats();
  return Object.entries(stats.routes)
    .filter(([route]) => route.includes(RULE_ROUTES))
    .reduce((sum, [, count]) => sum + count, 0);
};

function create(input: Partial<SpendControlRuleCreateInput>, harness = h, headers?: Record<string, string>) {
  const full: SpendControlRuleCreateInput = { type: "MCC", operation: "BLOCK", values: ["7995"], description: "No gambling", ...input };
  return harness.request(SpendControlRuleCreateDocument, { input: full }, headers ? { headers } : {});
}

describe("the application's spend-control rules (partner backend, client credentials)", () => {
  it("created, listed, applied, listed as applied, unapplied and deleted", async () => {
    const created = await create({});
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data!.spendControlRuleCreate.userErrors).toEqual([]);
    const rule = created.body.data!.spendControlRuleCreate.spendControlRule!;
    expect(rule).toEqual({
      wiseId: expect.any(Number),
      type: "MCC",
      wiseType: "MCC",
      operation: "BLOCK",
      wiseOperation: "BLOCK",
      description: "No gambling",
      values: ["7995"],
      applied: false,
    });
    const currencies = (await create({ type: "CURRENCY", operation: "ALLOW", values: ["GBP", "EUR"], description: null })).body.data!.spendControlRuleCreate.spendControlRule!;
    expect(currencies).toMatchObject({ type: "CURRENCY", operation: "ALLOW", values: ["GBP", "EUR"], description: null, applied: false });

    expect((await h.request(SpendControlRulesDocument, {})).body.data!.spendControlRules).toEqual([rule, currencies]);
    expect((await h.request(AppliedSpendControlRulesDocument, {})).body.data!.appliedSpendControlRules).toEqual([]);

    const applied = await h.request(SpendControlRuleApplyDocument, { input: { ruleId: rule.wiseId } });
    expect(applied.body.data!.spendControlRuleApply).toEqual({ spendControlRule: { ...rule, applied: true }, userErrors: [] });
    expect((await h.request(AppliedSpendControlRulesDocument, {})).body.data!.appliedSpendControlRules).toEqual([{ ...rule, applied: true }]);
    expect((await h.request(SpendControlRulesDocument, {})).body.data!.spendControlRules!.map((r) => r.applied)).toEqual([true, false]);

    // An applied rule is not deleted.
    const refused = await h.request(SpendControlRuleDeleteDocument, { input: { ruleId: rule.wiseId } });
    expect(refused.body.data!.spendControlRuleDelete).toMatchObject({ deletedRuleId: null, userErrors: [{ code: "NOT_ALLOWED", field: ["input", "ruleId"] }] });

    const unapplied = await h.request(SpendControlRuleUnapplyDocument, { input: { ruleId: rule.wiseId } });
    expect(unapplied.body.data!.spendControlRuleUnapply).toEqual({ spendControlRule: rule, userErrors: [] });
    const deleted = await h.request(SpendControlRuleDeleteDocument, { input: { ruleId: rule.wiseId } });
    expect(deleted.body.data!.spendControlRuleDelete).toEqual({ deletedRuleId: rule.wiseId, userErrors: [] });
    expect((await h.request(SpendControlRulesDocument, {})).body.data!.spendControlRules).toEqual([currencies]);

    const gone = await h.request(SpendControlRuleApplyDocument, { input: { ruleId: rule.wiseId } });
    expect(gone.body.data!.spendControlRuleApply).toMatchObject({ spendControlRule: null, userErrors: [{ code: "NOT_FOUND", field: ["input", "ruleId"] }] });
    const deletedAgain = await h.request(SpendControlRuleDeleteDocument, { input: { ruleId: rule.wiseId } });
    expect(deletedAgain.body.data!.spendControlRuleDelete.userErrors).toMatchObject([{ code: "NOT_FOUND", field: ["input", "ruleId"] }]);
  });

  it("one read of Wise's rules per request, whichever fields ask", async () => {
    await create({});
    const before = (await h.stats()).routes;
    const both = await h.raw(JSON.stringify({ query: "{ a: spendControlRules { wiseId } b: appliedSpendControlRules { wiseId } c: spendControlRules { applied } }" }));
    expect(both.status).toBe(200);
    const after = (await h.stats()).routes;
    const delta = (route: string) => (after[route] ?? 0) - (before[route] ?? 0);
    expect(delta("GET /v3/spend/applications/:clientId/spend-controls/rules")).toBe(1);
    expect(delta("GET /v3/spend/applications/:clientId/spend-controls/rules/applied")).toBe(1);
  });
});

describe("bad input changes nothing", () => {
  it.each([
    ["no values", { values: [] }, [{ code: "REQUIRED", field: ["input", "values"] }]],
    [
      "an MCC that is not four digits",
      { values: ["7995", "799", "gamb"] },
      [
        { code: "INVALID", field: ["input", "values", "1"] },
        { code: "INVALID", field: ["input", "values", "2"] },
      ],
    ],
    ["a currency code that is not three upper-case letters", { type: "CURRENCY" as const, values: ["gbp"] }, [{ code: "INVALID", field: ["input", "values", "0"] }]],
    ["an overlong description", { description: "x".repeat(256) }, [{ code: "INVALID", field: ["input", "description"] }]],
  ])("%s: a userError, and no Wise call", async (_what, input, userErrors) => {
    const res = await create(input);
    expect(res.body.data!.spendControlRuleCreate.spendControlRule).toBeNull();
    expect(res.body.data!.spendControlRuleCreate.userErrors).toEqual(userErrors.map((e) => expect.objectContaining(e)));
    expect(await wiseCalls()).toBe(0);
    expect(h.sandbox.store.spendControls.rules.size).toBe(0);
  });

  it("a currency Wise does not know: Wise's refusal as a userError on that value, nothing made", async () => {
    const res = await create({ type: "CURRENCY", operation: "ALLOW", values: ["GBP", "XXQ"] });
    expect(res.body.data!.spendControlRuleCreate).toMatchObject({ spendControlRule: null, userErrors: [{ code: "INVALID", field: ["input", "values", "1"] }] });
    expect(h.sandbox.store.spendControls.rules.size).toBe(0);
  });

  it("an unknown enum value or a non-integer rule id is refused by the schema, before any Wise call", async () => {
    const badType = await h.raw(
      JSON.stringify({ query: 'mutation { spendControlRuleCreate(input: { type: COUNTRY, operation: BLOCK, values: ["GB"] }) { userErrors { code } } }' }),
    );
    expect(badType.text).toContain("GRAPHQL_VALIDATION_FAILED");
    const badId = await h.raw(JSON.stringify({ query: 'mutation { spendControlRuleApply(input: { ruleId: "abc" }) { userErrors { code } } }' }));
    expect(badId.text).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
    expect(await wiseCalls()).toBe(0);
  });
});

describe("who may manage them", () => {
  it("is FORBIDDEN outside the partner backend, with a user's token only, before any Wise call", async () => {
    const closed = await startHarness({ server: { partnerBackend: { secret: "partner-secret-for-spend-control-tests" } } });
    try {
      expect(errorCodes(await create({}, closed))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await closed.request(SpendControlRulesDocument, {}))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await closed.request(AppliedSpendControlRulesDocument, {}))).toEqual(["FORBIDDEN"]);
      const input = { input: { ruleId: 1 } };
      expect(errorCodes(await closed.request(SpendControlRuleApplyDocument, input))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await closed.request(SpendControlRuleUnapplyDocument, input))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await closed.request(SpendControlRuleDeleteDocument, input))).toEqual(["FORBIDDEN"]);
      const stats = await closed.stats();
      expect(Object.keys(stats.routes).filter((route) => route.includes(RULE_ROUTES))).toEqual([]);
      // The same backend with its secret may.
      const allowed = await create({}, closed, { "x-partner-secret": "partner-secret-for-spend-control-tests" });
      expect(allowed.body.data!.spendControlRuleCreate.userErrors).toEqual([]);
    } finally {
      await closed.close();
    }
  });
});

describe("Card.spendControls", () => {
  it("every card of the application shows the applied rules, read once for all of them", async () => {
    const rule = (await create({})).body.data!.spendControlRuleCreate.spendControlRule!;
    await create({ type: "CURRENCY", operation: "ALLOW", values: ["GBP"] });
    const none = await h.request(ProfileCardSpendControlsDocument, { id: personalProfileId(h) }, { token: h.alice.token });
    const cards = none.body.data!.profile!.cards!.nodes;
    expect(cards.length).toBeGreaterThanOrEqual(2);
    expect(cards.map((card) => card.spendControls)).toEqual(cards.map(() => []));

    await h.request(SpendControlRuleApplyDocument, { input: { ruleId: rule.wiseId } });
    const before = (await h.stats()).routes;
    const some = await h.request(ProfileCardSpendControlsDocument, { id: personalProfileId(h) }, { token: h.alice.token });
    expect(some.body.errors).toBeUndefined();
    expect(some.body.data!.profile!.cards!.nodes.map((card) => card.spendControls)).toEqual(cards.map(() => [{ ...rule, applied: true }]));
    const after = (await h.stats()).routes;
    const delta = (route: string) => (after[route] ?? 0) - (before[route] ?? 0);
    expect(delta("GET /v3/spend/applications/:clientId/spend-controls/rules")).toBe(1);
    expect(delta("GET /v3/spend/applications/:clientId/spend-controls/rules/applied")).toBe(1);
  });

  it("is null with FORBIDDEN when the server has no client credentials, and the card still reads", async () => {
    const plain = await startHarness({ server: { clientCredentials: null } });
    try {
      const res = await plain.request(ProfileCardSpendControlsDocument, { id: personalProfileId(plain) });
      expect(errorCodes(res)).toContain("FORBIDDEN");
      const cards = res.body.data!.profile!.cards!.nodes;
      expect(cards.length).toBeGreaterThan(0);
      expect(cards.every((card) => card.wiseId !== "" && card.spendControls === null)).toBe(true);
    } finally {
      await plain.close();
    }
  });
});

describe("an applied rule declines a card payment", () => {
  const cardId = () => toGlobalId("Card", `${h.alice.personalProfileId}:${deterministicUuid(`card:${h.alice.personalProfileId}:PHYSICAL`)}`);
  const gbp = () => [...h.sandbox.store.balances.values()].find((b) => b.profileId === h.alice.personalProfileId && b.currency === "GBP" && b.type === "STANDARD")!;
  const authorise = async (mcc: string, currency = "GBP") => {
    const res = await h.request(CardSimulateAuthorisationDocument, { input: { cardId: cardId(), amount: "20.00", currency, mcc } });
    expect(res.body.errors).toBeUndefined();
    return res.body.data!.cardSimulateAuthorisation;
  };

  it("a blocked MCC: DECLINED with TRANSACTION_TYPE_NOT_SUPPORTED and no money held; other MCCs pass; unapplied, it passes again", async () => {
    const rule = (await create({ values: ["7995", "7801"] })).body.data!.spendControlRuleCreate.spendControlRule!;
    // Made but not applied: nothing changes.
    expect((await authorise("7995")).transaction).toMatchObject({ state: "IN_PROGRESS", declineReason: null });

    await h.request(SpendControlRuleApplyDocument, { input: { ruleId: rule.wiseId } });
    const before = { amount: gbp().amount, reserved: gbp().reservedAmount };
    const declined = await authorise("7995");
    expect(declined.userErrors).toEqual([]);
    expect(declined.declineReason).toBe("TRANSACTION_TYPE_NOT_SUPPORTED");
    expect(declined.transaction).toMatchObject({ state: "DECLINED", declineReason: "TRANSACTION_TYPE_NOT_SUPPORTED", merchant: { categoryCode: "7995" }, debits: [] });
    expect({ amount: gbp().amount, reserved: gbp().reservedAmount }).toEqual(before);

    expect((await authorise("5411")).transaction).toMatchObject({ state: "IN_PROGRESS", declineReason: null });

    await h.request(SpendControlRuleUnapplyDocument, { input: { ruleId: rule.wiseId } });
    expect((await authorise("7995")).transaction).toMatchObject({ state: "IN_PROGRESS", declineReason: null });
  });

  it("a CURRENCY ALLOW rule declines payments in any other currency", async () => {
    const rule = (await create({ type: "CURRENCY", operation: "ALLOW", values: ["GBP"] })).body.data!.spendControlRuleCreate.spendControlRule!;
    await h.request(SpendControlRuleApplyDocument, { input: { ruleId: rule.wiseId } });
    expect((await authorise("5411", "GBP")).transaction).toMatchObject({ state: "IN_PROGRESS" });
    expect(await authorise("5411", "EUR")).toMatchObject({ declineReason: "TRANSACTION_TYPE_NOT_SUPPORTED", transaction: { state: "DECLINED" } });
  });
});
