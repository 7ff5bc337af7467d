// Kiosk production of cards ordered for KIOSK_COLLECTION: the last production status each such
// card reached (store.cardProduction; reset() with the rest of the store). A kiosk card that was
// never sent to a kiosk is READY, without a stored record.

import type { Store } from "../../store.js";
import type { CardProductionRecord } from "../../webhooks/events/cards.js";
import type { CardRecord } from "./model.js";

/** A card's production as the sandbox keeps it: the event's record and when it happened. */
export interface StoredProduction extends CardProductionRecord {
  occurredMs: number;
}

/** The kiosk machines the sandbox knows; any other kioskId is KIOSK_ID_NOT_FOUND. */
export const SANDBOX_KIOSK_IDS: readonly string[] = ["WIS00001", "WIS00002", "WIS00003"];

/** What a production error code means, in a few words (the codes are Wise's). */
export const PRODUCTION_ERRORS: Readonly<Record<string, string>> = {
  CB_NOT_AVAILABLE: "Central server not available",
  CB_DB_NOT_AVAILABLE: "Central server database not available",
  CB_NETWORK_NOT_AVAILABLE: "Central server network not available",
  CB_AUTHENTICATION_FAILED: "Central server refused the user",
  CB_SERVICE_NOT_ALLOWED: "Central server service needs a higher security level",
  CB_TIME: "Central server timed out",
  DP_NOT_AVAILABLE: "Data preparation not available",
  DP_IO_ERROR: "Data preparation input/output error",
  DP_TIMEOUT: "Data preparation timed out",
  SAT_SERVER_NOT_REACHABLE: "Satellite server not reachable",
  SAT_AUTHENTICATION_FAILED: "Satellite refused the user",
  SAT_NETWORK_NOT_AVAILABLE: "Satellite network not available",
  PRT_NOT_REACHABLE: "Printer not reachable",
  PRT_SETUP_ERROR: "Printer set up wrongly",
  PRT_TIMEOUT: "Printer timed out",
  PRT_RIBBON: "Printer ribbon error",
  PRT_LOCK_ERROR: "Printer unlocked",
  PRT_RIBBON_MISSING: "Printer ribbon missing",
  PRT_RIBBON_ENDED: "Printer ribbon used up",
  PRT_COVER_OPEN: "Printer cover open",
  PRT_PAUSED: "Printer paused",
  PRD_UNEXPECTED_DATA: "Production data wrong",
  PRD_FEEDER_EMPTY: "Card feeder empty",
  PRD_FEEDER_JAM: "Card feeder jammed",
  PRD_HOPPER_FULL: "Hopper full",
  PRD_HOPPER_DOOR: "Hopper door open",
  PRD_HOPPER_JAM: "Hopper jammed",
  PRD_MAGSTRIPE: "Magstripe encoding failed",
  PRD_SMARTCARD: "Chip personalisation failed",
  PRD_EMBOSSER: "Embossing failed",
  PRD_TIMEOUT: "Production timed out",
  PRD_REJECT_FULL: "Reject box full",
  PRD_SMARTCARD_CARD_NOT_IN_READER: "Card not in the reader",
  PRD_FINAL_VALIDATION_NOK: "Production rejected at final validation",
  INV_NOT_INITIALIZED: "Inventory not initialised",
  UNKNOWN_ERROR: "Unknown error",
};

/** True for a card ordered for collection at a kiosk. */
export function isKioskCard(store: Store, card: CardRecord): boolean {
  const order = card.orderId === null ? undefined : store.cards.orders.get(card.orderId);
  return card.program.cardType === "PHYSICAL" && order?.deliveryOption === "KIOSK_COLLECTION";
}

export class CardProductionState {
  byToken = new Map<string, StoredProduction>();

  reset(): void {
    this.byToken = new Map();
  }

  /** The card's production now: its last status, or READY for a kiosk card never sent; null for any other card. */
  productionOf(store: Store, card: CardRecord): StoredProduction | null {
    const stored = this.byToken.get(card.token);
    if (stored !== undefined) return stored;
    if (!isKioskCard(store, card)) return null;
    return { status: "READY", kioskId: null, errorCode: null, description: "Card ready for production", occurredMs: card.creationMs };
  }
}
