// Outgoing transfers of each profile over the 12 months before SEED_NOW, to the
// profile's own recipients, priced with the rate model at their creation minute
// (targetValue = sourceValue x rate, as in Wise's recordings; the fee comes on top and
// was debited with sourceValue when the transfer was funded from the balance). The
// newest few are still in flight so every transfer status bucket is represented; alice's
// PERSONAL profile has BIG_PROFILE_TRANSFERS of them, covering every status.

import Big from "big.js";
import { midRate } from "../market.js";
import type { BalanceRecord, ProfileRecord, RecipientRecord, TransferRecord, TransferStatus } from "../model.js";
import { price } from "../pricing.js";
import { fromUsd } from "./balances.js";
import { DAY_MS, HISTORY_DAYS, ID_BASE, SEED_NOW_MS } from "./constants.js";
import { currencyScale } from "../reference/currencies.js";
import { Rng } from "./random.js";
import { ALICE } from "./users.js";

/** Transfers of every profile but alice's personal one. */
export const TRANSFERS_PER_PROFILE = 36;
/** Transfers of alice's personal profile (the big-history demo). */
export const BIG_PROFILE_TRANSFERS = 230;

export function transferCountOf(profileId: number): number {
  return profileId === ALICE.personalProfileId ? BIG_PROFILE_TRANSFERS : TRANSFERS_PER_PROFILE;
}

/** Statuses whose money has left the balance (funded from it, in the seed's story). */
const FUNDED: ReadonlySet<TransferStatus> = new Set(["processing", "funds_converted", "outgoing_payment_sent", "bounced_back", "funds_refunded", "charged_back"]);

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

/** The big profile: a dozen in flight (every live status), then mostly delivered, some of each problem status. */
function bigStatusFor(i: number, rng: Rng): TransferStatus {
  const fixed: Record<number, TransferStatus> = {
    0: "incoming_payment_waiting",
    1: "processing",
    2: "incoming_payment_waiting",
    3: "funds_converted",
    4: "incoming_payment_initiated",
    5: "processing",
    6: "cancelled",
    7: "bounced_back",
    8: "funds_converted",
    9: "incoming_payment_waiting",
    10: "unknown",
    11: "outgoing_payment_sent",
  };
  return (
    fixed[i] ??
    rng.weighted<TransferStatus>([
      ["outgoing_payment_sent", 80],
      ["cancelled", 9],
      ["funds_refunded", 6],
      ["charged_back", 3],
      ["bounced_back", 2],
    ])
  );
}

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

export function seedTransfers(profiles: readonly ProfileRecord[], balances: readonly BalanceRecord[], recipients: readonly RecipientRecord[]): TransferRecord[] {
  const out: TransferRecord[] = [];
  let nextId = ID_BASE.transfer + 1;
  for (const profile of profiles) {
    const rng = new Rng(profile.id ^ 0x7a5f);
    const own = recipients.filter((r) => r.profileId === profile.id);
    const standard = balances.filter((b) => b.profileId === profile.id && b.type === "STANDARD");
    const currencies = standard.map((b) => b.currency);
    if (own.length === 0 || currencies.length === 0) continue;
    const big = profile.id === ALICE.personalProfileId;
    const count = transferCountOf(profile.id);
    const inFlight = big ? 12 : 4;
    // The newest few are within the last 3 days (still in flight); the rest spread over the year.
    // Whole seconds: Wise's `created` has no milliseconds, so date filters compare what clients see.
    const times = Array.from({ length: count }, (_, i) => (i < inFlight ? SEED_NOW_MS - rng.int(3_600_000, 3 * DAY_MS) : SEED_NOW_MS - rng.int(4 * DAY_MS, HISTORY_DAYS * DAY_MS)))
      .map((ms) => Math.floor(ms / 1000) * 1000)
      .sort((a, b) => b - a);
    const drafts = times.map((createdMs, i) => {
      // Only recipients that existed when the transfer was made; live transfers go to active bank accounts.
      const usable = own.filter((r) => r.createdMs <= createdMs && (!big || i >= inFlight || (r.active && r.type !== "email")));
      const recipient = rng.pick(usable.length > 0 ? usable : own);
      const target = recipient.currency;
      const sameCurrency = currencies.includes(target) && rng.chance(0.4);
      const source = sameCurrency ? target : rng.pick(currencies.filter((c) => c !== target).concat(currencies));
      const sourceValue = fromUsd(rng.int(20_00, 2_500_00) / 100, source);
      const rate = midRate(source, target, createdMs);
      const status = big ? bigStatusFor(i, rng) : statusFor(i, rng);
      const reference = rng.pick(REFERENCES);
      const funded = FUNDED.has(status);
      const fee = price({ sourceCurrency: source, targetCurrency: target, providedAmountType: "SOURCE", amount: sourceValue, rate }, "BALANCE", "BANK_TRANSFER").totalFee;
      const balance = standard.find((b) => b.currency === source) ?? null;
      const record: TransferRecord = {
        id: 0,
        profileId: profile.id,
        user: profile.userId,
        targetAccount: recipient.id,
        // Funding from a balance sets the balance's own account as the source (recordings).
        sourceAccount: funded ? (balance?.recipientId ?? null) : null,
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
        fee,
        payIn: funded ? "BALANCE" : "BANK_TRANSFER",
        funding: funded
          ? {
              balanceId: balance?.id ?? null,
              amount: new Big(sourceValue).plus(fee).toFixed(currencyScale(source)),
              balanceTransactionId: null,
              fundedMs: createdMs + 60_000,
            }
          : null,
      };
      return record;
    });
    // Ids grow with creation time, as Wise's do.
    for (const t of drafts.reverse()) out.push({ ...t, id: nextId++ });
  }
  return out;
}
