// v4 balance JSON, field order and types as in Wise's recordings: amounts are numbers
// with the currency's scale (1000000.00; whole units for JPY), times in microseconds.

import { isoMicros } from "../../format.js";
import { dec } from "../../http.js";
import type { BalanceRecord } from "../../model.js";

export function balanceView(b: BalanceRecord) {
  const money = (value: string) => ({ value: dec(value), currency: b.currency });
  return {
    id: b.id,
    currency: b.currency,
    amount: money(b.amount),
    reservedAmount: money(b.reservedAmount),
    cashAmount: money(b.cashAmount),
    totalWorth: money(b.totalWorth),
    type: b.type,
    name: b.name,
    icon: b.icon === null ? null : { ...b.icon },
    investmentState: b.investmentState,
    creationTime: isoMicros(b.createdUs),
    modificationTime: isoMicros(b.modifiedUs),
    visible: b.visible,
    primary: b.primary,
    groupId: b.groupId,
    recipientId: b.recipientId,
  };
}
