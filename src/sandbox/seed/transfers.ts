// Outgoing transfers of each profile over the 12 months before SEED_NOW, to the
// profile's own recipients, priced with the rate model at their creation minute
// (targetValue = sourceValue x rate, as in Wise's recordings). The newest few are
// still in flight so every transfer status bucket is represented.

import Big from "big.js";
import { midRate } from "../market.js";
import type { BalanceRecord, ProfileRecord, RecipientRecord, TransferRecord, TransferStatus } from "../model.js";
import { fromUsd } from "./balances.js";
import { DAY_MS, HISTORY_DAYS, ID_BASE, SEED_NOW_MS } from "./constants.js";
import { currencyScale } from "./currencies.js";
import { Rng } from "./random.js";

export const TRANSFERS_PER_PROFILE = 36;

const REFERENCES = [
  "Rent",
  "Invoice 1042",
  "Dinner split",
  "Birthday gift",
  "Flat deposit",
  "Consulting fee",
  "Holiday villa",
  "Thanks!",
  "Concert tickets",
  "Loan repayment",
  "Order 5531",
  "Monthly retainer",
];

/** Status of the i-th newest transfer: the first few are in flight, older ones mostly delivered. */
function statusFor(i: number, rng: Rng): TransferStatus {
  const fixed: Record<number, TransferStatus> = {
    0: "incoming_payment_waiting",
    1: "processing",
    2: "funds_converted",
    3: "incoming_payment_initiated",
    6: "cancelled",
    9: "bounced_back",
    14: "funds_refunded",
  };
  return (
    fixed[i] ??
    rng.weighted<TransferStatus>([
      ["outgoing_payment_sent", 84],
      ["cancelled", 10],
      ["funds_refunded", 4],
      ["charged_back", 2],
    ])
  );
}

export function seedTransfers(
  profiles: readonly ProfileRecord[],
  balances: readonly BalanceRecord[],
  recipients: readonly RecipientRecord[],
): TransferRecord[] {
  const out: TransferRecord[] = [];
  let nextId = ID_BASE.transfer + 1;
  for (const profile of profiles) {
    const rng = new Rng(profile.id ^ 0x7a5f);
    const own = recipients.filter((r) => r.profileId === profile.id);
    const currencies = balances
      .filter((b) => b.profileId === profile.id && b.type === "STANDARD")
      .map((b) => b.currency);
    if (own.length === 0 || currencies.length === 0) continue;
    // The 4 newest are within the last 3 days (still in flight); the rest spread over the year.
    const times = Array.from({ length: TRANSFERS_PER_PROFILE }, (_, i) =>
      i < 4
        ? SEED_NOW_MS - rng.int(3_600_000, 3 * DAY_MS)
        : SEED_NOW_MS - rng.int(4 * DAY_MS, HISTORY_DAYS * DAY_MS),
    ).sort((a, b) => b - a);
    const drafts = times.map((createdMs, i) => {
      // Only recipients that existed when the transfer was made.
      const known = own.filter((r) => r.createdMs <= createdMs);
      const recipient = rng.pick(known.length > 0 ? known : own);
      const target = recipient.currency;
      const sameCurrency = currencies.includes(target) && rng.chance(0.4);
      const source = sameCurrency ? target : rng.pick(currencies.filter((c) => c !== target).concat(currencies));
      const sourceValue = fromUsd(rng.int(20_00, 2_500_00) / 100, source);
      const rate = midRate(source, target, createdMs);
      const status = statusFor(i, rng);
      const reference = rng.pick(REFERENCES);
      const record: TransferRecord = {
        id: 0,
        profileId: profile.id,
        user: profile.userId,
        targetAccount: recipient.id,
        sourceAccount: null,
        quote: null,
        quoteUuid: rng.uuid(),
        status,
        reference,
        rate,
        createdMs,
        business: profile.type === "BUSINESS" ? profile.id : null,
        transferRequest: null,
        hasActiveIssues: status === "bounced_back",
        sourceCurrency: source,
        sourceValue,
        targetCurrency: target,
        targetValue: new Big(sourceValue).times(rate).toFixed(currencyScale(target)),
        customerTransactionId: rng.uuid(),
      };
      return record;
    });
    // Ids grow with creation time, as Wise's do.
    for (const t of drafts.reverse()) out.push({ ...t, id: nextId++ });
  }
  return out;
}
