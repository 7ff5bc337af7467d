// GET /v4/comparisons?sourceCurrency=&targetCurrency=&sendAmount= (or recipientGetsAmount=):
// what Wise and a few other providers would charge for a bank-transfer payment on a route.
// Served without a token (the spec gives the operation no security). Deterministic: the Wise
// row is the sandbox's own BANK_TRANSFER price for the same route, amount and minute (the same
// numbers POST /v3/quotes gives), at the mid-market rate; the other providers are fixed
// fictional ones, each a markup on that rate plus a fee fixed in USD. Only the amount and the
// two currencies are read; the spec's filters are ignored.

import Big from "big.js";
import { isoSeconds } from "../../format.js";
import { badRequest, dec, json } from "../../http.js";
import { isRateCurrency, midRate } from "../../market.js";
import { deliveryDaysOf, deliveryInstant, price, stripped } from "../../pricing.js";
import { currencyScale } from "../../reference/currencies.js";
import type { OpenCtx, OpenRouteDef } from "../../route.js";
import { fromUsd } from "../../seed/balances.js";

interface Provider {
  id: number;
  alias: string;
  name: string;
  type: "bank" | "moneyTransferProvider";
  /** Percent under the mid-market rate. */
  markup: string;
  /** Flat fee in USD, charged in the source currency. */
  feeUsd: string;
  /** ISO 8601 durations; null where the provider states no bound. */
  min: string | null;
  max: string | null;
}

/** Fictional competitors: the same on every route, so a comparison is reproducible. */
const OTHERS: readonly Provider[] = [
  { id: 9001, alias: "northgate-bank", name: "Northgate Bank", type: "bank", markup: "2.75", feeUsd: "12.00", min: null, max: "PT96H" },
  { id: 9002, alias: "harbour-remit", name: "Harbour Remit", type: "moneyTransferProvider", markup: "1.40", feeUsd: "3.99", min: "PT24H", max: "PT72H" },
  { id: 9003, alias: "lantern-savings", name: "Lantern Savings", type: "bank", markup: "3.50", feeUsd: "0", min: "PT48H", max: "PT120H" },
];

const noLogo = () => ({ svgUrl: null, pngUrl: null });
const WISE_LOGO = "https://wise.com/public-resources/assets/logos/wise-personal";

function amountParam(ctx: OpenCtx, name: string): string | undefined {
  const raw = ctx.query.get(name)?.trim();
  if (raw === undefined || raw === "") return undefined;
  let value: Big;
  try {
    value = new Big(raw);
  } catch {
    throw badRequest(`'${name}' should be a valid 'BigDecimal': '${raw}'`);
  }
  if (value.lte(0)) throw badRequest(`'${name}' must be greater than 0`);
  return value.toFixed();
}

function currencyParam(ctx: OpenCtx, name: string): string {
  const code = ctx.query.get(name)?.trim().toUpperCase() ?? "";
  if (code === "") throw badRequest(`Required request parameter '${name}' is not present`);
  if (!isRateCurrency(code)) throw badRequest(`'${name}' should be a valid ISO 4217 currency code: '${code}'`);
  return code;
}

/** Whole hours as an ISO 8601 duration (PT20H). */
const hours = (ms: number) => `PT${Math.max(0, Math.round(ms / 3_600_000))}H`;

export const comparisonRoutes: OpenRouteDef[] = [
  {
    method: "GET",
    path: "/v4/comparisons",
    auth: "none",
    handler: (ctx) => {
      const source = currencyParam(ctx, "sourceCurrency");
      const target = currencyParam(ctx, "targetCurrency");
      const send = amountParam(ctx, "sendAmount");
      const gets = amountParam(ctx, "recipientGetsAmount");
      if ((send === undefined) === (gets === undefined)) throw badRequest("Provide either 'sendAmount' or 'recipientGetsAmount', not both");
      const sScale = currencyScale(source);
      const tScale = currencyScale(target);
      const now = ctx.now();
      const mid = midRate(source, target, now);
      const provided = send !== undefined ? "SOURCE" : "TARGET";
      const amount = new Big(send ?? gets!).toFixed(provided === "SOURCE" ? sScale : tScale, Big.roundHalfUp);

      // Wise: exactly its quote's bank-transfer option.
      const wise = price({ sourceCurrency: source, targetCurrency: target, providedAmountType: provided, amount, rate: mid }, "BANK_TRANSFER", "BANK_TRANSFER");
      const wiseDelivery = hours(deliveryInstant(now, deliveryDaysOf("BANK_TRANSFER", "BANK_TRANSFER")) - now);
      const quote = (q: { rate: string; fee: string; markup: string; received: string; sent: string; min: string | null; max: string | null; mid: boolean }) => ({
        rate: dec(q.rate),
        fee: dec(stripped(q.fee)),
        dateCollected: isoSeconds(now),
        sourceCountry: null,
        targetCountry: null,
        markup: dec(q.markup),
        receivedAmount: send !== undefined ? dec(stripped(q.received)) : null,
        sendAmount: send === undefined ? dec(stripped(q.sent)) : null,
        deliveryEstimation: { duration: { min: q.min, max: q.max }, providerGivesEstimate: q.min !== null || q.max !== null },
        isConsideredMidMarketRate: q.mid,
      });
      const wiseRow = {
        id: 39,
        alias: "wise",
        name: "Wise",
        logos: {
          normal: { svgUrl: `${WISE_LOGO}/logo.svg`, pngUrl: `${WISE_LOGO}/logo.png` },
          inverse: { svgUrl: `${WISE_LOGO}/logo_inverse.svg`, pngUrl: `${WISE_LOGO}/logo_inverse.png` },
          white: { svgUrl: `${WISE_LOGO}/logo_white.svg`, pngUrl: `${WISE_LOGO}/logo_white.png` },
          circle: noLogo(),
          altText: "Wise",
        },
        type: "moneyTransferProvider",
        partner: false,
        quotes: [quote({ rate: mid, fee: wise.totalFee, markup: "0", received: wise.targetAmount, sent: wise.sourceAmount, min: wiseDelivery, max: wiseDelivery, mid: true })],
      };

      const others = OTHERS.map((p) => {
        const rate = new Big(mid).times(new Big(1).minus(new Big(p.markup).div(100))).round(8, Big.roundHalfUp);
        const fee = new Big(source === target ? "0" : fromUsd(p.feeUsd, source));
        let received = new Big(0);
        let sent = new Big(0);
        if (send !== undefined) {
          const converted = new Big(amount).minus(fee);
          received = converted.gt(0) ? converted.times(rate).round(tScale, Big.roundDown) : new Big(0);
        } else {
          sent = new Big(amount).div(rate).round(sScale, Big.roundUp).plus(fee);
        }
        return {
          id: p.id,
          alias: p.alias,
          name: p.name,
          logos: { normal: noLogo(), inverse: noLogo(), white: noLogo(), circle: noLogo(), altText: p.name },
          type: p.type,
          partner: false,
          quotes: [
            quote({
              rate: rate.toFixed(),
              fee: fee.toFixed(sScale),
              markup: p.markup,
              received: received.toFixed(tScale),
              sent: sent.toFixed(sScale),
              min: p.min,
              max: p.max,
              mid: false,
            }),
          ],
        };
      });

      return json({
        sourceCurrency: source,
        targetCurrency: target,
        sourceCountry: null,
        targetCountry: null,
        providerCountry: null,
        providerTypes: ["bank", "moneyTransferProvider"],
        amount: dec(stripped(amount)),
        amountType: send !== undefined ? "SEND" : "RECIPIENT_GETS",
        providers: [wiseRow, ...others],
      });
    },
  },
];
