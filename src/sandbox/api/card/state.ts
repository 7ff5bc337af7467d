// The card program's state: cards by token, orders by id and card transactions by id, plus
// the seeded cards of the demo users. store.cards; reset() with the rest of the store.

import { createHash } from "node:crypto";
import type { ProfileRecord, UserRecord } from "../../model.js";
import { DEMO_CLIENT } from "../oauth/tokens.js";
import type { CardOrderRecord, CardProgramRecord, CardRecord, CardStatus, CardTransactionRecord, CardType, SpendingPermission, SpendingPermissionType } from "./model.js";

// Id ranges apart from the seed's and from each other, so an id never names two things.
const FIRST_CARD_ORDER_ID = 8_300_001;
/** Above the seed's card-transaction ids (activity references) so the two never meet. */
const FIRST_CARD_TRANSACTION_ID = 8_400_001;

/** The client id Wise shows on the sandbox's cards and orders: the demo partner's, which issues them. */
export const SANDBOX_CARD_CLIENT_ID = DEMO_CLIENT.id;

const BIN: Record<CardProgramRecord["scheme"], string> = { VISA: "459661", MASTERCARD: "535522" };

/** A token that is the same on every run for the same seed name (cards are seeded, not random). */
export function deterministicUuid(name: string): string {
  const h = createHash("sha256").update(name).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Luhn check digit of a number's digits (so sandbox PANs pass a card form's check). */
function luhnDigit(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** A card's test secrets, derived from its token: a Luhn-valid 16-digit PAN of the scheme's BIN, a CVV2, a PIN. */
export function cardSecrets(token: string, scheme: CardProgramRecord["scheme"]): CardRecord["secrets"] {
  const digits = BigInt(`0x${createHash("sha256").update(`pan:${token}`).digest("hex").slice(0, 15)}`)
    .toString()
    .padStart(18, "0");
  const body = BIN[scheme] + digits.slice(0, 9);
  return { pan: body + luhnDigit(body), cvv2: digits.slice(9, 12), pin: "1234" };
}

/** Spending permissions a new card starts with: a virtual card can only be used online and in wallets. */
export function defaultPermissions(cardType: CardType): Record<SpendingPermissionType, SpendingPermission> {
  const physical = cardType === "PHYSICAL";
  const on = { isEnabled: true, isLocked: false };
  const notApplicable = { isEnabled: false, isLocked: true };
  return {
    ECOM: { ...on },
    MOBILE_WALLETS: { ...on },
    POS_CHIP: physical ? { ...on } : { ...notApplicable },
    POS_CONTACTLESS: physical ? { ...on } : { ...notApplicable },
    ATM_WITHDRAWAL: physical ? { ...on } : { ...notApplicable },
    POS_MAGSTRIPE: physical ? { isEnabled: false, isLocked: false } : { ...notApplicable },
  };
}

/** The expiry Wise shows: midnight UTC on the last day of the month, `years` after `fromMs`. */
export function expiryDateFrom(fromMs: number, years: number): string {
  const from = new Date(fromMs);
  return new Date(Date.UTC(from.getUTCFullYear() + years, from.getUTCMonth() + 1, 0)).toISOString().replace(".000Z", "Z");
}

export interface NewCard {
  token: string;
  profile: ProfileRecord;
  user: UserRecord;
  program: CardProgramRecord;
  status: CardStatus;
  cardHolderName: string;
  phoneNumber: string;
  nowMs: number;
  orderId: number | null;
  /** The PIN chosen while ordering (the order's presetPin); a fresh card's own otherwise. */
  pin?: string | null;
}

/** A card record with its secrets, permissions and expiry (3 years on), ready to store. */
export function makeCard(c: NewCard): CardRecord {
  const secrets = cardSecrets(c.token, c.program.scheme);
  if (c.pin) secrets.pin = c.pin;
  return {
    token: c.token,
    profileId: c.profile.id,
    userId: c.user.id,
    clientId: SANDBOX_CARD_CLIENT_ID,
    status: c.status,
    cardHolderName: c.cardHolderName,
    expiryDate: expiryDateFrom(c.nowMs, 3),
    lastFourDigits: secrets.pan.slice(-4),
    bankIdentificationNumber: secrets.pan.slice(0, 6),
    phoneNumber: c.phoneNumber,
    program: { ...c.program },
    creationMs: c.nowMs,
    modificationMs: c.nowMs,
    orderId: c.orderId,
    permissions: defaultPermissions(c.program.cardType),
    pinTries: 0,
    secrets,
  };
}

interface SeededCard {
  user: string;
  profile: "personal" | "business";
  program: CardProgramRecord;
  createdIso: string;
}

/** The demo users' cards: alice has a physical and a virtual card, her business and bob one each, dana one. */
const SEEDED_CARDS: readonly SeededCard[] = [
  {
    user: "alice",
    profile: "personal",
    program: { name: "VISA_DEBIT_CONSUMER_GB_1", scheme: "VISA", defaultCurrency: "GBP", cardType: "PHYSICAL" },
    createdIso: "2024-09-02T10:15:00Z",
  },
  {
    user: "alice",
    profile: "personal",
    program: { name: "VISA_DEBIT_CONSUMER_GB_1", scheme: "VISA", defaultCurrency: "GBP", cardType: "VIRTUAL_NON_UPGRADEABLE" },
    createdIso: "2025-01-10T08:30:00Z",
  },
  {
    user: "alice",
    profile: "business",
    program: { name: "VISA_DEBIT_BUSINESS_UK_1", scheme: "VISA", defaultCurrency: "GBP", cardType: "VIRTUAL_NON_UPGRADEABLE" },
    createdIso: "2024-11-20T14:00:00Z",
  },
  {
    user: "bob",
    profile: "personal",
    program: { name: "MASTERCARD_DEBIT_CONSUMER_US_1", scheme: "MASTERCARD", defaultCurrency: "USD", cardType: "PHYSICAL" },
    createdIso: "2024-07-05T16:45:00Z",
  },
  {
    user: "dana",
    profile: "personal",
    program: { name: "VISA_DEBIT_CONSUMER_DE_1", scheme: "VISA", defaultCurrency: "EUR", cardType: "VIRTUAL_NON_UPGRADEABLE" },
    createdIso: "2025-03-03T09:00:00Z",
  },
];

function holderName(profile: ProfileRecord): string {
  return profile.type === "PERSONAL" ? `${profile.firstName} ${profile.lastName}` : profile.businessName;
}

export class CardState {
  cards = new Map<string, CardRecord>();
  orders = new Map<number, CardOrderRecord>();
  transactions = new Map<number, CardTransactionRecord>();
  private nextOrderId = FIRST_CARD_ORDER_ID;
  private nextTransactionId = FIRST_CARD_TRANSACTION_ID;

  /** Empties the program and issues the seeded cards of the given users. */
  reset(users: readonly UserRecord[], profiles: ReadonlyMap<number, ProfileRecord>): void {
    this.cards = new Map();
    this.orders = new Map();
    this.transactions = new Map();
    this.nextOrderId = FIRST_CARD_ORDER_ID;
    this.nextTransactionId = FIRST_CARD_TRANSACTION_ID;
    for (const seeded of SEEDED_CARDS) {
      const user = users.find((u) => u.name === seeded.user);
      const profile = user && profiles.get(seeded.profile === "personal" ? user.personalProfileId : user.businessProfileId);
      if (!user || !profile) continue;
      const token = deterministicUuid(`card:${profile.id}:${seeded.program.cardType}`);
      const phoneNumber = profile.type === "PERSONAL" ? profile.phoneNumber : profile.contactPhone;
      const card = makeCard({
        token,
        profile,
        user,
        program: seeded.program,
        status: "ACTIVE",
        cardHolderName: holderName(profile),
        phoneNumber,
        nowMs: Date.parse(seeded.createdIso),
        orderId: null,
      });
      this.cards.set(token, card);
    }
  }

  newOrderId(): number {
    return this.nextOrderId++;
  }

  newTransactionId(): number {
    return this.nextTransactionId++;
  }

  /** The profile's cards, oldest first (Wise's list order). */
  cardsOfProfile(profileId: number): CardRecord[] {
    return [...this.cards.values()].filter((c) => c.profileId === profileId).sort((a, b) => a.creationMs - b.creationMs);
  }

  /** A card's transactions, newest first. */
  transactionsOfCard(cardToken: string): CardTransactionRecord[] {
    return [...this.transactions.values()].filter((t) => t.cardToken === cardToken).sort((a, b) => b.creationMs - a.creationMs || b.id - a.id);
  }
}
