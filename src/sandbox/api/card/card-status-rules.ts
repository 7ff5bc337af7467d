// Which status changes a partner may make through PUT .../cards/{cardToken}/status. A partner sets
// ACTIVE, FROZEN or BLOCKED only; the other statuses are Wise's (INACTIVE at issue, EXPIRED, PURGED,
// PARTNER_SUSPENDED). BLOCKED is final. An INACTIVE card is activated (ACTIVE) or blocked, not
// frozen: there is nothing to freeze before the cardholder has it. A card Wise suspended can only
// be blocked by the partner; Wise lifts the suspension itself.

import type { CardStatus } from "./model.js";

/** The statuses a partner may ask for. */
export const PARTNER_STATUSES = ["ACTIVE", "FROZEN", "BLOCKED"] as const;
export type PartnerStatus = (typeof PARTNER_STATUSES)[number];

const ALLOWED: Record<CardStatus, readonly PartnerStatus[]> = {
  ACTIVE: ["FROZEN", "BLOCKED"],
  FROZEN: ["ACTIVE", "BLOCKED"],
  INACTIVE: ["ACTIVE", "BLOCKED"],
  PARTNER_SUSPENDED: ["BLOCKED"],
  BLOCKED: [],
  EXPIRED: [],
  PURGED: [],
};

/** True when a card in status `from` may be moved to `to` (asking for the status it has is not a change). */
export function statusChangeAllowed(from: CardStatus, to: PartnerStatus): boolean {
  return ALLOWED[from].includes(to);
}
