// Activity feed of each profile (GET /v1/profiles/{id}/activities): one TRANSFER
// activity per seeded transfer plus card payments, deposits, conversions, direct
// debits, interest, fees, scheduled sends... spread over the 12 months before SEED_NOW.
// Every kind occurs at least once per profile so each filter has matches; deposits and
// conversions also create the balance transactions their BALANCE_TRANSACTION resource
// ids point to. Text follows Wise's conventions: <strong> names in titles, plain
// amounts for money out, "<positive>+ ...</positive>" for money in.

import Big from "big.js";
import { displayAmount, negativeAmount, positiveAmount, struckAmount } from "../format.js";
import { midRate } from "../market.js";
import type {
  ActivityRecord,
  ActivityStatus,
  BalanceRecord,
  BalanceTransactionRecord,
  BalanceTransactionType,
  ProfileRecord,
  RecipientRecord,
  TransferRecord,
  TransferStatus,
} from "../model.js";
import { fromUsd } from "./balances.js";
import { ACTIVITIES_PER_PROFILE, DAY_MS, HISTORY_DAYS, ID_BASE, SEED_NOW_MS } from "./constants.js";
import { currencyScale } from "../reference/currencies.js";
import { Rng } from "./random.js";
import { TRANSFERS_PER_PROFILE } from "./transfers.js";

/** An activity before the store gives it its id and seq. */
export type ActivityDraft = Omit<ActivityRecord, "id" | "seq">;

/** Wise's opaque activity id: base64("MONETARY_ACTIVITY::<profileId>::<resourceType>::<resourceId>"). */
export function activityId(profileId: number, resourceType: string, resourceId: string): string {
  return Buffer.from(`MONETARY_ACTIVITY::${profileId}::${resourceType}::${resourceId}`).toString("base64");
}

/** How a transfer status shows in the activity feed. */
export function transferActivityStatus(status: TransferStatus): { status: ActivityStatus; description: string } {
  switch (status) {
    case "incoming_payment_waiting":
      return { status: "REQUIRES_ATTENTION", description: "Waiting for you to pay" };
    case "bounced_back":
      return { status: "REQUIRES_ATTENTION", description: "Bounced back" };
    case "incoming_payment_initiated":
    case "processing":
    case "funds_converted":
      return { status: "IN_PROGRESS", description: "Sending" };
    case "outgoing_payment_sent":
      return { status: "COMPLETED", description: "Sent by you" };
    case "cancelled":
      return { status: "CANCELLED", description: "Cancelled" };
    case "funds_refunded":
      return { status: "CANCELLED", description: "Refunded" };
    case "charged_back":
      return { status: "CANCELLED", description: "Charged back" };
    case "unknown":
      return { status: "IN_PROGRESS", description: "" };
  }
}

/** The feed entry for one transfer (also used when a transfer is created). */
export function transferActivity(t: TransferRecord, recipientName: string, updatedMs: number): ActivityDraft {
  const { status, description } = transferActivityStatus(t.status);
  const amount = status === "CANCELLED" ? struckAmount(t.sourceValue, t.sourceCurrency) : displayAmount(t.sourceValue, t.sourceCurrency);
  return {
    profileId: t.profileId,
    type: "TRANSFER",
    resourceType: "TRANSFER",
    resourceId: String(t.id),
    title: `<strong>${recipientName}</strong>`,
    description,
    primaryAmount: amount,
    secondaryAmount: t.sourceCurrency === t.targetCurrency ? "" : displayAmount(t.targetValue, t.targetCurrency),
    status,
    createdMs: t.createdMs,
    updatedMs,
  };
}

/** Id counters shared across profiles so resource ids are globally unique. */
interface Counters {
  card: number;
  other: number;
  balanceTx: number;
}

interface ProfileContext {
  rng: Rng;
  profile: ProfileRecord;
  standard: BalanceRecord[];
  primary: BalanceRecord;
  counters: Counters;
  balanceTransactions: BalanceTransactionRecord[];
}

type Kind = (ctx: ProfileContext, createdMs: number) => ActivityDraft;

const PERSONAL_MERCHANTS = ["Tesco", "Pret A Manger", "Uber", "Amazon", "Spotify", "Lidl", "Starbucks", "Deliveroo", "Airbnb", "Apple", "IKEA", "Trainline"];
const BUSINESS_MERCHANTS = ["Adobe", "Figma", "Google Workspace", "Amazon Web Services", "WeWork", "Zoom", "Staples", "Notion", "LinkedIn", "FedEx"];
const FOREIGN = ["EUR", "USD", "JPY", "CHF", "SEK", "PLN"];
const PAYERS = ["Emma Thompson", "Acme Payroll", "Lukas Schneider", "Sophie Dubois", "Northwind Traders Inc", "Linda Nakamura", "Velo Parts GmbH"];
const BILLERS_GB = ["Thames Water", "British Gas", "Vodafone", "Council Tax", "Octopus Energy"];
const BILLERS_US = ["Con Edison", "Verizon", "GEICO", "Comcast", "PG&E"];
const CUSTOMERS = ["Harbour Coffee Co", "Blue Fern Studio", "Kestrel Labs", "Oakridge Cycles", "Maple & Pine"];

const MINUTE = 60_000;

function randomAmount(ctx: ProfileContext, currency: string, minUsd: number, maxUsd: number): string {
  return fromUsd(ctx.rng.int(Math.round(minUsd * 100), Math.round(maxUsd * 100)) / 100, currency);
}

function pickBalance(ctx: ProfileContext): BalanceRecord {
  return ctx.rng.chance(0.7) ? ctx.primary : ctx.rng.pick(ctx.standard);
}

function addBalanceTransaction(ctx: ProfileContext, balance: BalanceRecord, type: BalanceTransactionType, amount: string, createdMs: number, description: string): string {
  const id = ctx.counters.balanceTx++;
  ctx.balanceTransactions.push({
    id,
    profileId: ctx.profile.id,
    balanceId: balance.id,
    type,
    amount,
    currency: balance.currency,
    createdMs,
    description,
  });
  return String(id);
}

const ageDays = (ms: number) => (SEED_NOW_MS - ms) / DAY_MS;

const cardPayment: Kind = (ctx, createdMs) => {
  const { rng } = ctx;
  const balance = pickBalance(ctx);
  const merchants = ctx.profile.type === "BUSINESS" ? BUSINESS_MERCHANTS : PERSONAL_MERCHANTS;
  const foreign = rng.chance(0.2) ? rng.pick(FOREIGN.filter((c) => c !== balance.currency)) : null;
  const spentCurrency = foreign ?? balance.currency;
  const spent = randomAmount(ctx, spentCurrency, 2, 180);
  const charged = foreign ? new Big(spent).times(midRate(foreign, balance.currency, createdMs)).toFixed(currencyScale(balance.currency)) : spent;
  const status: ActivityStatus = ageDays(createdMs) < 3 ? "IN_PROGRESS" : rng.chance(0.05) ? "CANCELLED" : rng.chance(0.02) ? "REQUIRES_ATTENTION" : "COMPLETED";
  const description = { IN_PROGRESS: "Pending", CANCELLED: "Declined", REQUIRES_ATTENTION: "Needs your attention", COMPLETED: "Spent by you", UPCOMING: "" }[status];
  return {
    profileId: ctx.profile.id,
    type: "CARD_PAYMENT",
    resourceType: "CARD_TRANSACTION",
    resourceId: String(ctx.counters.card++),
    title: `<strong>${rng.pick(merchants)}</strong>`,
    description,
    primaryAmount: status === "CANCELLED" ? struckAmount(spent, spentCurrency) : displayAmount(spent, spentCurrency),
    secondaryAmount: foreign ? displayAmount(charged, balance.currency) : "",
    status,
    createdMs,
    updatedMs: createdMs + (status === "COMPLETED" ? rng.int(1, 3) * DAY_MS : rng.int(0, 5) * MINUTE),
  };
};

const cashWithdrawal: Kind = (ctx, createdMs) => {
  const amount = fromUsd(ctx.rng.int(2, 20) * 10, ctx.primary.currency);
  return {
    profileId: ctx.profile.id,
    type: "CASH_WITHDRAWAL",
    resourceType: "CARD_TRANSACTION",
    resourceId: String(ctx.counters.card++),
    title: "<strong>Cash withdrawal</strong>",
    description: "Withdrawn by you",
    primaryAmount: displayAmount(amount, ctx.primary.currency),
    secondaryAmount: "",
    status: "COMPLETED",
    createdMs,
    updatedMs: createdMs + ctx.rng.int(1, 2) * DAY_MS,
  };
};

const cardCheck: Kind = (ctx, createdMs) => ({
  profileId: ctx.profile.id,
  type: "CARD_CHECK",
  resourceType: "CARD_TRANSACTION",
  resourceId: String(ctx.counters.card++),
  title: `<strong>${ctx.rng.pick(ctx.profile.type === "BUSINESS" ? BUSINESS_MERCHANTS : PERSONAL_MERCHANTS)}</strong>`,
  description: "Card check",
  primaryAmount: displayAmount("0", ctx.primary.currency),
  secondaryAmount: "",
  status: "COMPLETED",
  createdMs,
  updatedMs: createdMs,
});

const deposit: Kind = (ctx, createdMs) => {
  const { rng } = ctx;
  const balance = pickBalance(ctx);
  const amount = randomAmount(ctx, balance.currency, 50, 4_000);
  const topUp = rng.chance(0.3);
  const status: ActivityStatus = ageDays(createdMs) < 2 && rng.chance(0.5) ? "IN_PROGRESS" : "COMPLETED";
  const description = topUp ? "Added by you" : "Received";
  return {
    profileId: ctx.profile.id,
    type: "BALANCE_DEPOSIT",
    resourceType: "BALANCE_TRANSACTION",
    resourceId: addBalanceTransaction(ctx, balance, "DEPOSIT", amount, createdMs, description),
    title: topUp ? `<strong>${balance.currency} balance</strong>` : `<strong>${rng.pick(PAYERS)}</strong>`,
    description,
    primaryAmount: positiveAmount(amount, balance.currency),
    secondaryAmount: "",
    status,
    createdMs,
    updatedMs: createdMs + rng.int(0, 30) * MINUTE,
  };
};

function conversion(type: "INTERBALANCE" | "AUTO_CONVERSION"): Kind {
  return (ctx, createdMs) => {
    const { rng } = ctx;
    const from = pickBalance(ctx);
    const others = ctx.standard.filter((b) => b.currency !== from.currency);
    const to = others.length > 0 ? rng.pick(others) : from;
    const sold = randomAmount(ctx, from.currency, 20, 1_500);
    const bought = new Big(sold).times(midRate(from.currency, to.currency, createdMs)).toFixed(currencyScale(to.currency));
    const description = type === "AUTO_CONVERSION" ? "Auto conversion" : "Converted by you";
    return {
      profileId: ctx.profile.id,
      type,
      resourceType: "BALANCE_TRANSACTION",
      resourceId: addBalanceTransaction(ctx, to, "CONVERSION", bought, createdMs, description),
      title: `<strong>${from.currency}</strong> to <strong>${to.currency}</strong>`,
      description,
      primaryAmount: displayAmount(bought, to.currency),
      secondaryAmount: displayAmount(sold, from.currency),
      status: "COMPLETED",
      createdMs,
      updatedMs: createdMs + rng.int(0, 2) * MINUTE,
    };
  };
}

const directDebit: Kind = (ctx, createdMs) => {
  const { rng } = ctx;
  const billers = ctx.primary.currency === "GBP" ? BILLERS_GB : BILLERS_US;
  const amount = randomAmount(ctx, ctx.primary.currency, 15, 250);
  const cancelled = rng.chance(0.1);
  return {
    profileId: ctx.profile.id,
    type: "DIRECT_DEBIT_TRANSACTION",
    resourceType: "DIRECT_DEBIT_TRANSACTION",
    resourceId: String(ctx.counters.other++),
    title: `<strong>${rng.pick(billers)}</strong>`,
    description: cancelled ? "Cancelled" : "Direct Debit",
    primaryAmount: cancelled ? struckAmount(amount, ctx.primary.currency) : displayAmount(amount, ctx.primary.currency),
    secondaryAmount: "",
    status: cancelled ? "CANCELLED" : "COMPLETED",
    createdMs,
    updatedMs: createdMs + rng.int(0, 1) * DAY_MS,
  };
};

function moneyIn(type: string, resourceType: string, title: string, description: string, minUsd: number, maxUsd: number): Kind {
  return (ctx, createdMs) => {
    const amount = randomAmount(ctx, ctx.primary.currency, minUsd, maxUsd);
    return {
      profileId: ctx.profile.id,
      type,
      resourceType,
      resourceId: String(ctx.counters.other++),
      title: `<strong>${title}</strong>`,
      description,
      primaryAmount: positiveAmount(amount, ctx.primary.currency),
      secondaryAmount: "",
      status: "COMPLETED",
      createdMs,
      updatedMs: createdMs,
    };
  };
}

const assetFee: Kind = (ctx, createdMs) => {
  const amount = randomAmount(ctx, ctx.primary.currency, 0.2, 4);
  return {
    profileId: ctx.profile.id,
    type: "BALANCE_ASSET_FEE",
    resourceType: "ACCRUAL_CHARGE",
    resourceId: String(ctx.counters.other++),
    title: "<strong>Assets fee</strong>",
    description: "Monthly fee",
    primaryAmount: negativeAmount(amount, ctx.primary.currency),
    secondaryAmount: "",
    status: "COMPLETED",
    createdMs,
    updatedMs: createdMs,
  };
};

const cardOrder: Kind = (ctx, createdMs) => ({
  profileId: ctx.profile.id,
  type: "CARD_ORDER",
  resourceType: "CARD_ORDER",
  resourceId: String(ctx.counters.other++),
  title: "<strong>Wise card</strong>",
  description: "Card ordered",
  primaryAmount: displayAmount(fromUsd(7, ctx.primary.currency), ctx.primary.currency),
  secondaryAmount: "",
  status: "COMPLETED",
  createdMs,
  updatedMs: createdMs + 2 * DAY_MS,
});

const bankDetailsOrder: Kind = (ctx, createdMs) => ({
  profileId: ctx.profile.id,
  type: "BANK_DETAILS_ORDER",
  resourceType: "BANK_DETAILS_ORDER",
  resourceId: String(ctx.counters.other++),
  title: `<strong>${ctx.rng.pick(ctx.standard).currency} account details</strong>`,
  description: "Account details ordered",
  primaryAmount: "",
  secondaryAmount: "",
  status: "COMPLETED",
  createdMs,
  updatedMs: createdMs + MINUTE,
});

const scheduledSend: Kind = (ctx, createdMs) => {
  const amount = randomAmount(ctx, ctx.primary.currency, 100, 1_500);
  const due = new Date(createdMs + 2 * DAY_MS);
  const dueText = `${due.getUTCDate()} ${due.toLocaleString("en-GB", { month: "long", timeZone: "UTC" })}`;
  return {
    profileId: ctx.profile.id,
    type: "SCHEDULED_SEND_ORDER",
    resourceType: "SEND_ORDER",
    resourceId: String(ctx.counters.other++),
    title: `<strong>${ctx.rng.pick(PAYERS)}</strong>`,
    description: `Scheduled for ${dueText}`,
    primaryAmount: displayAmount(amount, ctx.primary.currency),
    secondaryAmount: "",
    status: "UPCOMING",
    createdMs,
    updatedMs: createdMs,
  };
};

const acquiringPayment: Kind = (ctx, createdMs) => {
  const amount = randomAmount(ctx, ctx.primary.currency, 20, 900);
  return {
    profileId: ctx.profile.id,
    type: "ACQUIRING_PAYMENT",
    resourceType: "ACQUIRING_PAYMENT",
    resourceId: String(ctx.counters.other++),
    title: `<strong>${ctx.rng.pick(CUSTOMERS)}</strong>`,
    description: "Card payment received",
    primaryAmount: positiveAmount(amount, ctx.primary.currency),
    secondaryAmount: "",
    status: "COMPLETED",
    createdMs,
    updatedMs: createdMs + ctx.rng.int(1, 60) * MINUTE,
  };
};

const paymentRequest: Kind = (ctx, createdMs) => {
  const amount = randomAmount(ctx, ctx.primary.currency, 100, 3_000);
  const paid = ageDays(createdMs) > 14 || ctx.rng.chance(0.5);
  return {
    profileId: ctx.profile.id,
    type: "PAYMENT_REQUEST",
    resourceType: "PAYMENT_REQUEST",
    resourceId: String(ctx.counters.other++),
    title: `<strong>${ctx.rng.pick(CUSTOMERS)}</strong>`,
    description: paid ? "Paid" : "Requested by you",
    primaryAmount: paid ? positiveAmount(amount, ctx.primary.currency) : displayAmount(amount, ctx.primary.currency),
    secondaryAmount: "",
    status: paid ? "COMPLETED" : "IN_PROGRESS",
    createdMs,
    updatedMs: createdMs + ctx.rng.int(0, 5) * DAY_MS,
  };
};

const batchTransfer: Kind = (ctx, createdMs) => {
  const amount = randomAmount(ctx, ctx.primary.currency, 2_000, 15_000);
  return {
    profileId: ctx.profile.id,
    type: "BATCH_TRANSFER",
    resourceType: "BATCH_TRANSFER",
    resourceId: String(ctx.counters.other++),
    title: "<strong>Payroll batch</strong>",
    description: `${ctx.rng.int(3, 12)} transfers`,
    primaryAmount: displayAmount(amount, ctx.primary.currency),
    secondaryAmount: "",
    status: ageDays(createdMs) < 2 ? "IN_PROGRESS" : "COMPLETED",
    createdMs,
    updatedMs: createdMs + ctx.rng.int(1, 24) * 60 * MINUTE,
  };
};

const COMMON: ReadonlyArray<readonly [Kind, number]> = [
  [cardPayment, 38],
  [deposit, 12],
  [conversion("INTERBALANCE"), 5],
  [conversion("AUTO_CONVERSION"), 2],
  [directDebit, 7],
  [cashWithdrawal, 2],
  [cardCheck, 1],
  [moneyIn("CARD_CASHBACK", "CARD_CASHBACK", "Cashback", "Card cashback", 0.5, 8), 3],
  [moneyIn("BALANCE_INTEREST", "BALANCE_INTEREST", "Interest", "Earned on your balance", 0.5, 30), 3],
  [moneyIn("BALANCE_CASHBACK", "BALANCE_CASHBACK", "Balance cashback", "Cashback on your balance", 0.5, 10), 1],
  [moneyIn("REWARD", "REWARD", "Referral reward", "Thanks for inviting a friend", 20, 60), 1],
  [moneyIn("FEE_REFUND", "FEE_REFUND", "Fee refund", "Refunded by Wise", 0.5, 12), 1],
  [assetFee, 2],
];

const BUSINESS_ONLY: ReadonlyArray<readonly [Kind, number]> = [
  [acquiringPayment, 6],
  [paymentRequest, 3],
  [batchTransfer, 1],
];

/** Kinds every profile gets at least once (plus UPCOMING sends near SEED_NOW). */
const ONCE: readonly Kind[] = [cardOrder, bankDetailsOrder];

export function seedActivities(
  profiles: readonly ProfileRecord[],
  balances: readonly BalanceRecord[],
  recipients: readonly RecipientRecord[],
  transfers: readonly TransferRecord[],
): { activities: ActivityDraft[]; balanceTransactions: BalanceTransactionRecord[] } {
  const counters: Counters = {
    card: ID_BASE.cardTransaction + 1,
    other: ID_BASE.other + 1,
    balanceTx: ID_BASE.balanceTransaction + 1,
  };
  const recipientNames = new Map(recipients.map((r) => [r.id, r.accountHolderName]));
  const activities: ActivityDraft[] = [];
  const balanceTransactions: BalanceTransactionRecord[] = [];

  for (const profile of profiles) {
    const standard = balances.filter((b) => b.profileId === profile.id && b.type === "STANDARD");
    const primary = standard[0];
    if (primary === undefined) continue;
    const rng = new Rng(profile.id ^ 0xac71);
    const ctx: ProfileContext = { rng, profile, standard, primary, counters, balanceTransactions };
    const drafts: ActivityDraft[] = [];

    let transferCount = 0;
    for (const t of transfers) {
      if (t.profileId !== profile.id) continue;
      transferCount++;
      const settled = t.status === "outgoing_payment_sent" || t.status === "funds_refunded";
      const updatedMs = Math.min(SEED_NOW_MS, t.createdMs + (settled ? rng.int(2, 48) * 60 * MINUTE : rng.int(0, 30) * MINUTE));
      drafts.push(transferActivity(t, recipientNames.get(t.targetAccount) ?? "Recipient", updatedMs));
    }

    const anyTime = () => SEED_NOW_MS - rng.int(10 * MINUTE, HISTORY_DAYS * DAY_MS);
    const weights = profile.type === "BUSINESS" ? [...COMMON, ...BUSINESS_ONLY] : [...COMMON];
    // Scheduled sends only surface two days before their date, so they sit near SEED_NOW.
    for (let i = 0; i < 3; i++) drafts.push(scheduledSend(ctx, SEED_NOW_MS - rng.int(MINUTE, 2 * DAY_MS)));
    for (const kind of ONCE) drafts.push(kind(ctx, anyTime()));
    for (const [kind] of weights) drafts.push(kind(ctx, anyTime()));
    // The same number of non-transfer activities everywhere, however many transfers a profile has.
    const target = ACTIVITIES_PER_PROFILE - TRANSFERS_PER_PROFILE + transferCount;
    while (drafts.length < target) drafts.push(rng.weighted(weights)(ctx, anyTime()));

    for (const d of drafts) d.updatedMs = Math.min(Math.max(d.updatedMs, d.createdMs), SEED_NOW_MS);
    activities.push(...drafts);
  }
  return { activities, balanceTransactions };
}
