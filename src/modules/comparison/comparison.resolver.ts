import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { amountProblem } from "../../common/amount-input.js";
import { badUserInput } from "../../common/errors.js";
import { Money } from "../../common/money.type.js";
import { CurrencyCodeScalar, DecimalScalar } from "../../common/scalars/index.js";
import { parseOptionalWiseTime } from "../../common/time.js";
import type { Context } from "../../context/context.js";
import { getComparison } from "../../wise/endpoints/comparisons.js";
import type { WiseComparison, WiseComparisonQuote } from "../../wise/schemas/comparison.js";
import { Comparison, ComparisonAmountType, ComparisonProvider, ComparisonQuote } from "./comparison.type.js";

function toQuote(q: WiseComparisonQuote, source: string, target: string): ComparisonQuote {
  return Object.assign(new ComparisonQuote(), {
    rate: q.rate,
    fee: Money.of(q.fee, source),
    markup: q.markup ?? null,
    receivedAmount: q.receivedAmount == null ? null : Money.of(q.receivedAmount, target),
    sendAmount: q.sendAmount == null ? null : Money.of(q.sendAmount, source),
    deliveryMin: q.deliveryEstimation?.duration?.min ?? null,
    deliveryMax: q.deliveryEstimation?.duration?.max ?? null,
    providerGivesEstimate: q.deliveryEstimation?.providerGivesEstimate ?? false,
    isConsideredMidMarketRate: q.isConsideredMidMarketRate ?? false,
    sourceCountry: q.sourceCountry ?? null,
    targetCountry: q.targetCountry ?? null,
    collectedAt: parseOptionalWiseTime(q.dateCollected),
  });
}

function toComparison(wise: WiseComparison, source: string, target: string, amount: string, amountType: ComparisonAmountType): Comparison {
  return Object.assign(new Comparison(), {
    sourceCurrency: source,
    targetCurrency: target,
    amount: wise.amount ?? amount,
    amountType,
    providers: wise.providers.map((p) =>
      Object.assign(new ComparisonProvider(), {
        wiseId: p.id,
        alias: p.alias,
        name: p.name,
        type: p.type ?? null,
        partner: p.partner ?? false,
        logoUrl: p.logos?.normal?.svgUrl ?? null,
        quotes: p.quotes.map((q) => toQuote(q, source, target)),
      }),
    ),
  });
}

@Resolver()
export class ComparisonResolver {
  @Query(() => Comparison, {
    description:
      "Compares what Wise and other providers would charge, and how fast they deliver, to send money between two currencies by bank transfer. Give sendAmount or recipientGetsAmount. Needs no token: Wise serves it to anyone, and no caller's token is sent.",
  })
  async comparison(
    @Arg("sourceCurrency", () => CurrencyCodeScalar, { description: "The currency to send." }) sourceCurrency: string,
    @Arg("targetCurrency", () => CurrencyCodeScalar, { description: "The currency the recipient receives." }) targetCurrency: string,
    @Arg("sendAmount", () => DecimalScalar, { nullable: true, description: "The amount to send, in sourceCurrency: positive and exact. Give this or recipientGetsAmount." })
    sendAmount: string | null,
    @Arg("recipientGetsAmount", () => DecimalScalar, { nullable: true, description: "The amount to arrive, in targetCurrency: positive and exact. Give this or sendAmount." })
    recipientGetsAmount: string | null,
    @Ctx() ctx: Context,
  ): Promise<Comparison> {
    if ((sendAmount === null || sendAmount === undefined) === (recipientGetsAmount === null || recipientGetsAmount === undefined)) {
      throw badUserInput("Give sendAmount or recipientGetsAmount, exactly one of them.", "sendAmount");
    }
    const [name, amount, currency] =
      sendAmount != null ? (["sendAmount", sendAmount, sourceCurrency] as const) : (["recipientGetsAmount", recipientGetsAmount!, targetCurrency] as const);
    const problem = amountProblem(amount, currency);
    if (problem) throw badUserInput(problem, name);
    const wise = await getComparison(ctx.publicWise(), { sourceCurrency, targetCurrency, [name]: amount });
    return toComparison(wise, sourceCurrency, targetCurrency, amount, name === "sendAmount" ? ComparisonAmountType.SEND : ComparisonAmountType.RECIPIENT_GETS);
  }
}
