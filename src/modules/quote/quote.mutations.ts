import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { amountProblem } from "../../common/amount-input.js";
import { sameNames } from "../../common/mutation-errors.js";
import { parseGlobalIdOf, parseQuoteId } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { createQuote, updateQuote } from "../../wise/endpoints/quotes.js";
import { PayOutMethod } from "./quote.enums.js";
import { QuoteCreateInput, QuoteUpdateInput } from "./quote.inputs.js";
import { toQuote } from "./quote.mapper.js";
import { QuoteCreatePayload, QuoteUpdatePayload } from "./quote.payloads.js";

const quoteFields = sameNames(["sourceCurrency", "targetCurrency", "sourceAmount", "targetAmount", "payOut", "preferredPayIn"], {
  targetAccount: "recipientId",
});

/** Checks the amounts as Wise would, and for digits Wise may round away, so a mistake costs no upstream call. */
function amountErrors(input: QuoteCreateInput): UserError[] {
  const given = (["sourceAmount", "targetAmount"] as const).filter((name) => input[name] !== null && input[name] !== undefined);
  if (given.length === 0) return [UserError.of(UserErrorCode.REQUIRED, "Give the amount to send (sourceAmount) or to receive (targetAmount).", ["input", "sourceAmount"])];
  if (given.length === 2) return [UserError.of(UserErrorCode.INVALID, "Give sourceAmount or targetAmount, not both.", ["input", "targetAmount"])];
  const name = given[0];
  const problem = amountProblem(input[name]!, name === "sourceAmount" ? input.sourceCurrency : input.targetCurrency);
  return problem ? [UserError.of(UserErrorCode.INVALID, problem, ["input", name])] : [];
}

@Resolver()
export class QuoteMutations {
  @Mutation(() => QuoteCreatePayload, { description: "Prices a transfer or conversion: rate, fees, amounts and delivery. The quote is valid for 30 minutes." })
  async quoteCreate(
    @Arg("input", () => QuoteCreateInput, { description: "The currencies, one amount, and optionally the recipient and pay-out." }) input: QuoteCreateInput,
    @Ctx() ctx: Context,
  ): Promise<QuoteCreatePayload> {
    const { key } = parseGlobalIdOf(input.profileId, ["PersonalProfile", "BusinessProfile"], "input.profileId");
    const recipient = input.recipientId ? Number(parseGlobalIdOf(input.recipientId, ["Recipient"], "input.recipientId").key) : undefined;
    const invalid = amountErrors(input);
    if (input.payOut === PayOutMethod.UNKNOWN) invalid.push(UserError.of(UserErrorCode.INVALID, "payOut cannot be UNKNOWN.", ["input", "payOut"]));
    if (invalid.length > 0) return Object.assign(new QuoteCreatePayload(), { quote: null, userErrors: invalid });
    const profileId = Number(key);
    const result = await runMutation(
      () =>
        createQuote(ctx.wise(), profileId, {
          sourceCurrency: input.sourceCurrency,
          targetCurrency: input.targetCurrency,
          sourceAmount: input.sourceAmount ?? undefined,
          targetAmount: input.targetAmount ?? undefined,
          targetAccount: recipient,
          payOut: input.payOut ?? undefined,
          preferredPayIn: input.preferredPayIn ?? undefined,
        }),
      { fields: quoteFields, notFoundField: ["input", "profileId"] },
    );
    if ("userErrors" in result) return Object.assign(new QuoteCreatePayload(), { quote: null, userErrors: result.userErrors });
    ctx.loaders.quoteById.prime({ profileId, quoteId: result.value.id }, result.value);
    return Object.assign(new QuoteCreatePayload(), { quote: toQuote(profileId, result.value), userErrors: [] });
  }

  @Mutation(() => QuoteUpdatePayload, { description: "Attaches a recipient to a quote (or changes its pay-out); Wise re-prices the quote for it." })
  async quoteUpdate(
    @Arg("input", () => QuoteUpdateInput, { description: "The quote and what to change." }) input: QuoteUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<QuoteUpdatePayload> {
    const { profileId, quoteId } = parseQuoteId(input.quoteId, "input.quoteId");
    const recipient = input.recipientId ? Number(parseGlobalIdOf(input.recipientId, ["Recipient"], "input.recipientId").key) : undefined;
    if (recipient === undefined && !input.payOut) {
      return Object.assign(new QuoteUpdatePayload(), {
        quote: null,
        userErrors: [UserError.of(UserErrorCode.REQUIRED, "Give recipientId or payOut to change.", ["input", "recipientId"])],
      });
    }
    const result = await runMutation(() => updateQuote(ctx.wise(), profileId, quoteId, { targetAccount: recipient, payOut: input.payOut ?? undefined }), {
      fields: quoteFields,
      notFoundField: ["input", "quoteId"],
    });
    if ("userErrors" in result) return Object.assign(new QuoteUpdatePayload(), { quote: null, userErrors: result.userErrors });
    ctx.loaders.quoteById.clear({ profileId, quoteId }).prime({ profileId, quoteId }, result.value);
    return Object.assign(new QuoteUpdatePayload(), { quote: toQuote(profileId, result.value), userErrors: [] });
  }
}
