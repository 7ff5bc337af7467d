import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { FieldMapper } from "../../common/mutation-errors.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { applySpendControlRule, createSpendControlRule, deleteSpendControlRule, listSpendControlRules, unapplySpendControlRule } from "../../wise/endpoints/spend-controls.js";
import type { PartnerSession } from "../../wise/partner-session.js";
import { SpendControlRuleType } from "./spend-control.enums.js";
import { SpendControlRuleCreateInput, SpendControlRuleInput } from "./spend-control.inputs.js";
import { toSpendControlRule } from "./spend-control.mapper.js";
import { forgetSpendControlRules } from "./spend-control.reader.js";
import type { SpendControlRule } from "./spend-control.type.js";
import { SpendControlRuleDeletePayload, SpendControlRulePayload } from "./spend-control.payloads.js";

const MAX_VALUES = 1000;
const MAX_DESCRIPTION = 255;
const MCC = /^\d{4}$/;
const CURRENCY = /^[A-Z]{3}$/;

/** Wise's paths in a rule body (`values[2]`, `ruleId`), in the input's terms. */
const ruleFields: FieldMapper = (wisePath) => {
  if (wisePath === null) return null;
  const value = /^values\[(\d+)\]$/.exec(wisePath);
  if (value) return ["input", "values", value[1]!];
  if (wisePath === "ruleId") return ["input", "ruleId"];
  return ["type", "operation", "values", "description"].includes(wisePath) ? ["input", wisePath] : null;
};

/** What is wrong with a new rule before asking Wise: no values, too many, malformed codes, an overlong description. */
function creationErrors(input: SpendControlRuleCreateInput): UserError[] {
  const errors: UserError[] = [];
  if (input.values.length === 0) errors.push(UserError.of(UserErrorCode.REQUIRED, "values must name at least one code.", ["input", "values"]));
  else if (input.values.length > MAX_VALUES) errors.push(UserError.of(UserErrorCode.INVALID, `values may name at most ${MAX_VALUES} codes.`, ["input", "values"]));
  else {
    const [pattern, what] =
      input.type === SpendControlRuleType.MCC
        ? [MCC, "a merchant category code is four digits, e.g. 7995"]
        : [CURRENCY, "a currency code is three upper-case letters (ISO 4217), e.g. GBP"];
    input.values.forEach((value, i) => {
      if (!pattern.test(value)) errors.push(UserError.of(UserErrorCode.INVALID, `"${value.slice(0, 20)}" is not valid: ${what}.`, ["input", "values", String(i)]));
    });
  }
  if (input.description != null && input.description.length > MAX_DESCRIPTION) {
    errors.push(UserError.of(UserErrorCode.INVALID, `description must be at most ${MAX_DESCRIPTION} characters long.`, ["input", "description"]));
  }
  return errors;
}

const rulePayload = (rule: SpendControlRulePayload["spendControlRule"], userErrors: UserError[]) =>
  Object.assign(new SpendControlRulePayload(), { spendControlRule: rule, userErrors });

/**
 * The rule after Wise applied or unapplied it: read back from the rule list (one call); null
 * when it cannot be read (the change is made all the same).
 */
async function ruleAfterChange(ctx: Context, partner: PartnerSession, ruleId: number, applied: boolean): Promise<SpendControlRule | null> {
  forgetSpendControlRules(ctx);
  try {
    const rule = (await listSpendControlRules(partner, ctx.partnerClientId())).find((r) => r.id === ruleId);
    return rule === undefined ? null : toSpendControlRule(rule, new Set(applied ? [ruleId] : []));
  } catch {
    return null;
  }
}

@Resolver()
export class SpendControlMutations {
  @Mutation(() => SpendControlRulePayload, {
    description:
      "Partner operation (the server's client credentials, from the partner's backend only; FORBIDDEN otherwise): makes a spend-control rule of the application. It changes nothing until applied. Not idempotent at Wise: repeating it makes a second rule, so read spendControlRules before trying again after an error.",
  })
  async spendControlRuleCreate(
    @Arg("input", () => SpendControlRuleCreateInput, { description: "The rule's type, operation, values and description." }) input: SpendControlRuleCreateInput,
    @Ctx() ctx: Context,
  ): Promise<SpendControlRulePayload> {
    const partner = ctx.asPartnerBackend();
    const errors = creationErrors(input);
    if (errors.length > 0) return rulePayload(null, errors);
    const description = input.description?.trim() || undefined;
    const result = await runMutation(
      () =>
        createSpendControlRule(partner, ctx.partnerClientId(), {
          type: input.type,
          operation: input.operation,
          values: [...input.values],
          ...(description ? { description } : {}),
        }),
      { fields: ruleFields },
    );
    if ("userErrors" in result) return rulePayload(null, result.userErrors);
    forgetSpendControlRules(ctx);
    // A new rule is never applied.
    return rulePayload(toSpendControlRule(result.value, new Set()), []);
  }

  @Mutation(() => SpendControlRulePayload, {
    description:
      "Partner operation (partner backend only): applies a rule, so that every authorisation of every card of the application is checked against it from now on. Applying an applied rule changes nothing.",
  })
  async spendControlRuleApply(
    @Arg("input", () => SpendControlRuleInput, { description: "The rule to apply." }) input: SpendControlRuleInput,
    @Ctx() ctx: Context,
  ): Promise<SpendControlRulePayload> {
    const partner = ctx.asPartnerBackend();
    const result = await runMutation(() => applySpendControlRule(partner, ctx.partnerClientId(), input.ruleId), { fields: ruleFields, notFoundField: ["input", "ruleId"] });
    if ("userErrors" in result) return rulePayload(null, result.userErrors);
    return rulePayload(await ruleAfterChange(ctx, partner, input.ruleId, true), []);
  }

  @Mutation(() => SpendControlRulePayload, {
    description:
      "Partner operation (partner backend only): unapplies a rule, so that authorisations are no longer checked against it. The rule stays and can be applied again. Unapplying a rule that is not applied changes nothing.",
  })
  async spendControlRuleUnapply(
    @Arg("input", () => SpendControlRuleInput, { description: "The rule to unapply." }) input: SpendControlRuleInput,
    @Ctx() ctx: Context,
  ): Promise<SpendControlRulePayload> {
    const partner = ctx.asPartnerBackend();
    const result = await runMutation(() => unapplySpendControlRule(partner, ctx.partnerClientId(), input.ruleId), { fields: ruleFields, notFoundField: ["input", "ruleId"] });
    if ("userErrors" in result) return rulePayload(null, result.userErrors);
    return rulePayload(await ruleAfterChange(ctx, partner, input.ruleId, false), []);
  }

  @Mutation(() => SpendControlRuleDeletePayload, {
    description:
      "Partner operation (partner backend only): deletes a rule that is not applied. An applied rule is a NOT_ALLOWED userError (unapply it first); one already gone is NOT_FOUND.",
  })
  async spendControlRuleDelete(
    @Arg("input", () => SpendControlRuleInput, { description: "The rule to delete." }) input: SpendControlRuleInput,
    @Ctx() ctx: Context,
  ): Promise<SpendControlRuleDeletePayload> {
    const partner = ctx.asPartnerBackend();
    const result = await runMutation(() => deleteSpendControlRule(partner, ctx.partnerClientId(), input.ruleId), { fields: ruleFields, notFoundField: ["input", "ruleId"] });
    forgetSpendControlRules(ctx);
    if ("userErrors" in result) return Object.assign(new SpendControlRuleDeletePayload(), { deletedRuleId: null, userErrors: result.userErrors });
    return Object.assign(new SpendControlRuleDeletePayload(), { deletedRuleId: input.ruleId, userErrors: [] });
  }
}
