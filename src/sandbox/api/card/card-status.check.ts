// The card's own state: a card that is not ACTIVE, or is past its expiry date, declines every
// authorisation with the reason its status names.

import type { AuthorisationCheck } from "./authorisation-checks.js";
import type { CardStatus } from "./model.js";

const DECLINE_BY_STATUS: Record<Exclude<CardStatus, "ACTIVE">, string> = {
  FROZEN: "CARD_FROZEN",
  BLOCKED: "CARD_BLOCKED",
  INACTIVE: "CARD_INACTIVE",
  EXPIRED: "CARD_EXPIRED",
  // A purged card expired long ago.
  PURGED: "CARD_EXPIRED",
  PARTNER_SUSPENDED: "CARD_PARTNER_SUSPENDED",
};

/** The expiry date is the last day of the expiry month: the card works until that day ends. */
const DAY_MS = 86_400_000;

export const cardStatusCheck: AuthorisationCheck = (_store, { card, nowMs }) => {
  if (card.status !== "ACTIVE") return { reason: DECLINE_BY_STATUS[card.status] };
  if (nowMs >= Date.parse(card.expiryDate) + DAY_MS) return { reason: "CARD_EXPIRED" };
  return null;
};
