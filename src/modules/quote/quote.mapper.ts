import { toEnum } from "../../common/enum.js";
import { Money } from "../../common/money.type.js";
import { globalId } from "../../common/node/global-id.js";
import { parseOptionalWiseTime } from "../../common/time.js";
import type { WisePaymentOption, WiseQuote } from "../../wise/schemas/quote.js";
import { AmountType, PayOutMethod, QuoteNoticeType, QuoteStatus, RateType } from "./quote.enums.js";
import { Quote, QuoteDeliveryDelay, QuoteDisabledReason, QuoteFee, QuoteNotice, QuotePaymentOption, QuotePrice, QuotePriceItem } from "./quote.type.js";

function money(amount: string | null | undefined, currency: string | null | undefined): Money | null {
  return amount !== null && amount !== undefined && currency ? Money.of(amount, currency) : null;
}

interface WisePriceLine {
  type?: string | null;
  label?: string | null;
  value: { amount: string; currency: string };
  explanation?: { plainText?: string | null } | null;
}

function toPriceItem(line: WisePriceLine): QuotePriceItem {
  return Object.assign(new QuotePriceItem(), {
    type: line.type ?? null,
    label: line.label ?? null,
    amount: Money.of(line.value.amount, line.value.currency),
    explanation: line.explanation?.plainText ?? null,
  });
}

function toPrice(price: WisePaymentOption["price"]): QuotePrice | null {
  if (!price) return null;
  return Object.assign(new QuotePrice(), { total: price.total ? toPriceItem(price.total) : null, items: (price.items ?? []).map(toPriceItem) });
}

export function toPaymentOption(option: WisePaymentOption, quote: WiseQuote): QuotePaymentOption {
  const source = option.sourceCurrency ?? quote.sourceCurrency;
  const target = option.targetCurrency ?? quote.targetCurrency;
  const fee = option.fee;
  const total = fee?.total ?? option.price?.total?.value.amount;
  return Object.assign(new QuotePaymentOption(), {
    payIn: option.payIn,
    payOut: toEnum(PayOutMethod, "PayOutMethod", option.payOut),
    disabled: option.disabled ?? false,
    disabledReason: option.disabledReason?.message ?? option.disabledReason?.code ?? null,
    disabledReasonDetail: option.disabledReason
      ? Object.assign(new QuoteDisabledReason(), { code: option.disabledReason.code ?? null, message: option.disabledReason.message ?? null })
      : null,
    price: toPrice(option.price),
    estimatedDeliveryDelays: (option.estimatedDeliveryDelays ?? []).map((delay) => Object.assign(new QuoteDeliveryDelay(), { reason: delay.reason })),
    sourceAmount: money(option.sourceAmount, source),
    targetAmount: money(option.targetAmount, target),
    fee:
      total === null || total === undefined
        ? null
        : Object.assign(new QuoteFee(), {
            total: Money.of(total, source),
            wise: money(fee?.transferwise, source),
            payIn: money(fee?.payIn, source),
            discount: money(fee?.discount, source),
            partner: money(fee?.partner, source),
          }),
    estimatedDelivery: parseOptionalWiseTime(option.estimatedDelivery),
    formattedEstimatedDelivery: option.formattedEstimatedDelivery ?? null,
  });
}

/**
 * Wise's quote to the GraphQL Quote. Wise puts only the amount the caller fixed at the top level;
 * the other one comes from the selected payment option (Wise's docs: pick the option whose payOut
 * matches the quote's and whose payIn is the one chosen).
 */
export function toQuote(profileId: number, wise: WiseQuote): Quote {
  const options = (wise.paymentOptions ?? []).map((o) => ({ wise: o, graph: toPaymentOption(o, wise) }));
  const payOut = wise.payOut ?? "BANK_TRANSFER";
  const selected =
    options.find((o) => o.wise.payOut === payOut && o.wise.payIn === wise.preferredPayIn && !o.wise.disabled) ??
    options.find((o) => o.wise.payOut === payOut && !o.wise.disabled) ??
    null;
  const providedAmountType = wise.providedAmountType === "TARGET" || (wise.sourceAmount == null && wise.targetAmount != null) ? AmountType.TARGET : AmountType.SOURCE;
  return Object.assign(new Quote(), {
    id: globalId("Quote", profileId, wise.id),
    wiseId: wise.id,
    profileId,
    recipientId: wise.targetAccount ?? null,
    sourceCurrency: wise.sourceCurrency,
    targetCurrency: wise.targetCurrency,
    providedAmountType,
    sourceAmount: money(wise.sourceAmount, wise.sourceCurrency) ?? selected?.graph.sourceAmount ?? null,
    targetAmount: money(wise.targetAmount, wise.targetCurrency) ?? selected?.graph.targetAmount ?? null,
    rate: wise.rate,
    rateType: toEnum(RateType, "RateType", wise.rateType ?? "FIXED"),
    status: toEnum(QuoteStatus, "QuoteStatus", wise.status ?? "PENDING"),
    payOut: toEnum(PayOutMethod, "PayOutMethod", payOut),
    preferredPayIn: wise.preferredPayIn ?? null,
    selectedPaymentOption: selected?.graph ?? null,
    paymentOptions: options.map((o) => o.graph),
    notices: (wise.notices ?? []).map((n) =>
      Object.assign(new QuoteNotice(), { text: n.text ?? "", link: n.link ?? null, type: toEnum(QuoteNoticeType, "QuoteNoticeType", n.type) }),
    ),
    createdAt: parseOptionalWiseTime(wise.createdTime),
    expiresAt: parseOptionalWiseTime(wise.expirationTime),
    rateExpiresAt: parseOptionalWiseTime(wise.rateExpirationTime),
  });
}
