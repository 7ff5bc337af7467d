import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { amountProblem } from "../../common/amount-input.js";
import { badUserInput } from "../../common/errors.js";
import { Money } from "../../common/money.type.js";
import { parseOptionalWiseTime } from "../../common/time.js";
import type { Context } from "../../context/context.js";
import { createPublicQuote } from "../../wise/endpoints/public-quotes.js";
import type { WisePublicQuote } from "../../wise/schemas/public-quote.js";
import { AmountType } from "../quote/quote.enums.js";
import { toPaymentOption } from "../quote/quote.mapper.js";
import { PublicQuoteInput } from "./public-quote.input.js";
import { PublicQuote } from "./public-quote.type.js";

/** Refuses what Wise would refuse or round, before calling it. */
function checkAmounts(input: PublicQuoteInput): "sourceAmount" | "targetAmount" {
  const given = (["sourceAmount", "targetAmount"] as const).filter((name) => input[name] !== null && input[name] !== undefined);
  if (given.length === 0) throw badUserInput("Give the amount to send (sourceAmount) or to receive (targetAmount).", "input.sourceAmount");
  if (given.length === 2) throw badUserInput("Give sourceAmount or targetAmount, not both.", "input.targetAmount");
  const name = given[0];
  const problem = amountProblem(input[name]!, name === "sourceAmount" ? input.sourceCurrency : input.targetCurrency);
  if (problem) throw badUserInput(problem, `input.${name}`);
  return name;
}

function toPublicQuote(wise: WisePublicQuote): PublicQuote {
  const quote = { ...wise, id: wise.id ?? "" };
  const options = (wise.paymentOptions ?? []).map((o) => ({ wise: o, graph: toPaymentOption(o, quote) }));
  const selected =
    options.find((o) => o.wise.payIn === "BANK_TRANSFER" && o.wise.payOut === (wise.payOut ?? "BANK_TRANSFER") && !o.wise.disabled) ??
    options.find((o) => !o.wise.disabled) ??
    null;
  const fixed = wise.providedAmountType === "TARGET" || (wise.sourceAmount == null && wise.targetAmount != null) ? AmountType.TARGET : AmountType.SOURCE;
  return Object.assign(new PublicQuote(), {
    sourceCurrency: wise.sourceCurrency,
    targetCurrency: wise.targetCurrency,
    providedAmountType: fixed,
    sourceAmount: wise.sourceAmount != null ? Money.of(wise.sourceAmount, wise.sourceCurrency) : (selected?.graph.sourceAmount ?? null),
    targetAmount: wise.targetAmount != null ? Money.of(wise.targetAmount, wise.targetCurrency) : (selected?.graph.targetAmount ?? null),
    rate: wise.rate,
    selectedPaymentOption: selected?.graph ?? null,
    paymentOptions: options.map((o) => o.graph),
    createdAt: parseOptionalWiseTime(wise.createdTime),
    expiresAt: parseOptionalWiseTime(wise.expirationTime),
  });
}

@Resolver()
export class PublicQuoteResolver {
  // A query, not a mutation: it makes nothing anyone owns or can use later, and asking twice
  // only prices twice. It runs without a token, even where anonymous requests are refused,
  // and never sends the caller's token to Wise.
  @Query(() => PublicQuote, {
    description:
      "Prices a route and amount for a visitor who is not signed in, as Wise would: rate, fees, amounts and delivery per way of paying. Needs no token. The answer cannot back a transfer; create a Quote with quoteCreate for that.",
  })
  async publicQuote(
    @Arg("input", () => PublicQuoteInput, { description: "The currencies and the one amount to price." }) input: PublicQuoteInput,
    @Ctx() ctx: Context,
  ): Promise<PublicQuote> {
    const fixed = checkAmounts(input);
    const wise = await createPublicQuote(ctx.publicWise(), {
      sourceCurrency: input.sourceCurrency,
      targetCurrency: input.targetCurrency,
      [fixed]: input[fixed]!,
    });
    return toPublicQuote(wise);
  }
}
