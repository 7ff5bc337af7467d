import { z } from "zod";
import { jsonNumber } from "../json.js";
import type { PartnerSession } from "../partner-session.js";
import { route } from "../route.js";

/** One transfer a settlement journal covers; amounts and rates are exact decimal strings. */
export interface WiseSettlementTransfer {
  id: number;
  /** ISO 8601 date-time the transfer was created. */
  date: string;
  /** The transfer's source amount with its fee. */
  sourceAmount: string;
  sourceCurrency: string;
  customerName: string;
  partnerReference: string;
  comment?: string;
  /** Required on every transfer when the journal names a settlementCurrency. */
  exchangeRate?: string;
}

/** The body of `POST /v1/settlements`, without its fixed `type`. */
export interface WiseSettlementJournal {
  settlementReference: string;
  settlementDate: string;
  settlementCurrency?: string;
  transfers: WiseSettlementTransfer[];
  refundedTransfers?: { id: number; partnerReference: string; exchangeRate?: string }[];
  balanceTransfer?: string;
}

/**
 * `POST /v1/settlements` (client-credentials token): sends a settlement journal, the transfers one
 * settlement payment to Wise covers. Wise answers 200 with an empty body. No idempotency key: a
 * journal sent twice is refused the second time (its transfers are settled already).
 * @wiseOperation POST /v1/settlements
 */
export async function createSettlementJournal(partner: PartnerSession, journal: WiseSettlementJournal): Promise<void> {
  const exact = (value: string | undefined) => (value === undefined ? undefined : jsonNumber(value));
  await partner.call({
    method: "POST",
    route: route`/v1/settlements`,
    json: {
      type: "TRUSTED_BULK_SETTLEMENT",
      ...journal,
      transfers: journal.transfers.map((t) => ({ ...t, sourceAmount: jsonNumber(t.sourceAmount), exchangeRate: exact(t.exchangeRate) })),
      refundedTransfers: journal.refundedTransfers?.map((t) => ({ ...t, exchangeRate: exact(t.exchangeRate) })),
      balanceTransfer: exact(journal.balanceTransfer),
    },
    decoder: z.unknown(),
  });
}
