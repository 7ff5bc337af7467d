// Fixed anchors of the seed. Seeded data never reads the real clock: everything is
// placed relative to SEED_NOW so two runs (and two machines) produce identical data.

/** The seed's "today": activities and transfers span the 12 months before it. */
export const SEED_NOW_MS = Date.UTC(2025, 5, 30, 12, 0, 0); // 2025-06-30T12:00:00Z

export const DAY_MS = 86_400_000;

/** How far back seeded history goes. */
export const HISTORY_DAYS = 365;

/** Activities generated per profile (the brief asks for 150+). */
export const ACTIVITIES_PER_PROFILE = 180;

/** First ids handed out per resource kind; later creates continue from the seed's max. */
export const ID_BASE = {
  user: 6_100_000,
  profile: 41_000_000,
  address: 52_000_000,
  balance: 300_000,
  recipient: 710_000_000,
  transfer: 58_000_000,
  balanceTransaction: 6_000_000,
  cardTransaction: 350_000,
  other: 900_000,
  conversion: 31_000_000,
  phoneNumber: 1_230_000,
  /** Business representatives (v3 business profiles). */
  representative: 8_800_000,
  batchGroup: 5_320_000,
  paymentInitiation: 12_340_000,
  settlementJournal: 77_000,
  /** Wise's own "self" recipient behind each STANDARD balance (balance.recipientId). */
  selfRecipient: 700_500_000,
  /** Bank account details issued on balances, payments received through them, multi-currency accounts. */
  accountDetails: 14_000_000,
  accountDetailsPayment: 47_000_000,
  multiCurrencyAccount: 1_600_000,
} as const;

export type IdKind = keyof typeof ID_BASE;
