// Balance movement JSON (POST /v2/profiles/{id}/balance-movements; docs api-reference/balance):
// money as {value, currency} at the currency's scale, times with milliseconds, one step.

import { isoMillis } from "../../format.js";
import { dec } from "../../http.js";
import type { BalanceMovementRecord } from "../../model.js";
import { currencyScale } from "../../reference/currencies.js";

export function movementView(m: BalanceMovementRecord) {
  const money = (value: string, currency: string) => ({ value: dec(value), currency });
  const source = money(m.sourceAmount, m.sourceCurrency);
  const target = money(m.targetAmount, m.targetCurrency);
  const rate = dec(m.rate ?? "1");
  const created = isoMillis(m.createdMs);
  return {
    id: m.id,
    type: m.type,
    state: "COMPLETED",
    balancesAfter: m.balancesAfter.map((b) => ({ id: b.id, value: dec(b.value), currency: b.currency })),
    creationTime: created,
    steps: [
      {
        id: m.stepId,
        type: m.type,
        creationTime: created,
        balancesAfter: m.balancesAfter.map((b) => money(b.value, b.currency)),
        channelName: null,
        channelReferenceId: null,
        tracingReferenceCode: null,
        sourceAmount: source,
        targetAmount: target,
        fee: money(m.fee ?? (0).toFixed(currencyScale(m.sourceCurrency)), m.sourceCurrency),
        rate,
      },
    ],
    sourceAmount: source,
    targetAmount: target,
    rate,
    feeAmounts: m.fee === null ? [] : [money(m.fee, m.sourceCurrency)],
  };
}
