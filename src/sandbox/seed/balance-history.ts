// Completes each seeded balance's history so that its statement is honest: read from the day the
// balance opened, it starts at zero, never goes below zero, and ends at the balance's cash amount.
// The generated activity history credits balances (deposits, conversions bought) without every
// debit that paid for the rest, so this adds, after the generation (the existing lines keep their
// ids): the debit of every seeded transfer funded from a balance (and the refund of the refunded
// ones), an opening deposit on the day the balance opened, and, where more came in than is left,
// one line of card spending at the end of the history.

import Big from "big.js";
import type { BalanceRecord, BalanceTransactionRecord, TransferRecord } from "../model.js";
import { currencyScale } from "../reference/currencies.js";
import { DAY_MS, ID_BASE, SEED_NOW_MS } from "./constants.js";

const REFUNDED = new Set(["funds_refunded", "bounced_back"]);

export function completeBalanceHistory(
  balances: readonly BalanceRecord[],
  seeded: readonly BalanceTransactionRecord[],
  transfers: readonly TransferRecord[],
): BalanceTransactionRecord[] {
  let nextId = seeded.reduce((max, t) => Math.max(max, t.id), ID_BASE.balanceTransaction - 1) + 1;
  const added: BalanceTransactionRecord[] = [];
  const line = (
    balance: BalanceRecord,
    type: BalanceTransactionRecord["type"],
    amount: Big,
    createdMs: number,
    description: string,
    about: Partial<BalanceTransactionRecord> = {},
  ) => {
    const record: BalanceTransactionRecord = {
      id: nextId++,
      profileId: balance.profileId,
      balanceId: balance.id,
      type,
      amount: amount.toFixed(currencyScale(balance.currency)),
      currency: balance.currency,
      createdMs,
      description,
      ...about,
    };
    added.push(record);
    return record;
  };
  const byId = new Map(balances.map((b) => [b.id, b]));
  for (const t of transfers) {
    const balance = t.funding?.balanceId === null || t.funding === null ? undefined : byId.get(t.funding.balanceId);
    if (t.funding === null || balance === undefined) continue;
    line(balance, "TRANSFER", new Big(t.funding.amount).neg(), t.funding.fundedMs, `Sent money (transfer ${t.id})`, { transferId: t.id, fee: t.fee });
    if (REFUNDED.has(t.status))
      line(balance, "TRANSFER", new Big(t.funding.amount), Math.min(SEED_NOW_MS, t.funding.fundedMs + DAY_MS), `Refund of transfer ${t.id}`, { transferId: t.id });
  }
  for (const balance of balances) {
    const history = [...seeded, ...added].filter((t) => t.balanceId === balance.id).sort((a, b) => a.createdMs - b.createdMs || a.id - b.id);
    let running = new Big(0);
    let lowest = new Big(0);
    for (const t of history) {
      running = running.plus(t.amount);
      if (running.lt(lowest)) lowest = running;
    }
    const cash = new Big(balance.cashAmount);
    // The opening deposit covers the lowest point of the history, and what is left now.
    const opening = cash.minus(running).gt(lowest.neg()) ? cash.minus(running) : lowest.neg();
    const spent = running.plus(opening).minus(cash);
    const openedMs = Math.min(Math.floor(balance.createdUs / 1000), (history[0]?.createdMs ?? SEED_NOW_MS) - 60_000);
    if (opening.gt(0)) line(balance, "DEPOSIT", opening, openedMs, "Opening deposit");
    if (spent.gt(0)) line(balance, "CARD", spent.neg(), Math.min(SEED_NOW_MS, (history.at(-1)?.createdMs ?? openedMs) + 3_600_000), "Card payments");
  }
  return added;
}
