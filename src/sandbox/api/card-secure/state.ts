// What the card-data routes keep beside the card program (store.cards): the wallet payment tokens
// of each card, and the 3D Secure challenges raised on cards with their results. Lives on the
// Store (store.cardSecure) and is emptied by its reset().

import { createHash } from "node:crypto";
import type { CardAmount, CardRecord } from "../card/model.js";

export type WalletName = "APPLE_PAY" | "GOOGLE_PAY";
export const WALLET_NAMES: readonly WalletName[] = ["APPLE_PAY", "GOOGLE_PAY"];

export type ProvisioningStatus = "ACTIVE" | "SUSPENDED" | "INACTIVE" | "DEACTIVATED";

/** A card as one wallet on one device holds it (a scheme token standing in for the card number). */
export interface PaymentTokenRecord {
  cardToken: string;
  walletName: WalletName;
  paymentTokenUniqueReference: string;
  panUniqueReference: string;
  provisioningStatus: ProvisioningStatus;
  creationMs: number;
  modificationMs: number;
}

export type ChallengeResult = "APPROVED" | "REJECTED";

/** A 3D Secure challenge Wise raised for an online payment, waiting for the cardholder's answer. */
export interface ThreeDsChallengeRecord {
  /** The transaction reference the webhook names and the result call quotes. */
  reference: string;
  cardToken: string;
  profileId: number;
  clientId: string;
  amount: CardAmount;
  merchant: { name: string; country: string; category: string | null; url: string | null };
  /** The shopper's user agent: `browser` or `app`. */
  channel: string;
  createdMs: number;
  expiresMs: number;
  /** The first answer; later ones change nothing. */
  result: ChallengeResult | null;
  resultMs: number | null;
}

/** Seconds a challenge waits for its result, as Wise's example event says. */
export const CHALLENGE_EXPIRES_AFTER_SECONDS = 300;

// 3DS references are numbers in Wise's examples; these start apart from every other sandbox id.
const FIRST_CHALLENGE_REFERENCE = 148_500_001;

export class CardSecureState {
  /** card token -> the card's payment tokens, oldest first. */
  paymentTokens = new Map<string, PaymentTokenRecord[]>();
  /** reference -> challenge. */
  challenges = new Map<string, ThreeDsChallengeRecord>();
  private nextReference = FIRST_CHALLENGE_REFERENCE;

  /** Empties everything, then gives every seeded physical card its wallet tokens (seedTokens). */
  reset(cards: Iterable<CardRecord>): void {
    this.paymentTokens = new Map();
    this.challenges = new Map();
    this.nextReference = FIRST_CHALLENGE_REFERENCE;
    for (const card of cards) if (card.program.cardType === "PHYSICAL") this.paymentTokens.set(card.token, seedTokens(card));
  }

  newChallengeReference(): string {
    return String(this.nextReference++);
  }

  tokensOf(cardToken: string): PaymentTokenRecord[] {
    let tokens = this.paymentTokens.get(cardToken);
    if (tokens === undefined) {
      tokens = [];
      this.paymentTokens.set(cardToken, tokens);
    }
    return tokens;
  }
}

/** A scheme's token reference, the same on every run for the same name (Wise's look like `DAPLMC0000…`). */
export function tokenReference(prefix: string, name: string): string {
  return prefix + createHash("sha256").update(name).digest("hex").slice(0, 42);
}

/**
 * A seeded physical card is in Apple Pay (pushed from the app, ACTIVE) and was typed into Google
 * Pay by hand, which waits for the partner to approve it (INACTIVE: digitalWalletActivatePaymentToken).
 */
function seedTokens(card: CardRecord): PaymentTokenRecord[] {
  const scheme = card.program.scheme === "VISA" ? "VI" : "MC";
  const at = card.creationMs + 86_400_000;
  const token = (walletName: WalletName, provisioningStatus: ProvisioningStatus, prefix: string): PaymentTokenRecord => ({
    cardToken: card.token,
    walletName,
    paymentTokenUniqueReference: tokenReference(`D${prefix}${scheme}`, `payment-token:${walletName}:${card.token}`),
    panUniqueReference: tokenReference(`F${prefix}${scheme}`, `pan:${walletName}:${card.token}`),
    provisioningStatus,
    creationMs: at,
    modificationMs: at,
  });
  return [token("APPLE_PAY", "ACTIVE", "APL"), token("GOOGLE_PAY", "INACTIVE", "SHR")];
}
