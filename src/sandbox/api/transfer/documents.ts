// A transfer's documents, PDFs Wise makes at given points of a transfer's life:
// GET /v1/transfers/{id}/receipt.pdf, once the money is sent (outgoing_payment_sent);
// GET /v1/transfers/{id}/us-combined-receipt.pdf, from incoming_payment_initiated on, as long
// as the transfer goes ahead (made then, and again when sent);
// GET /v1/transfers/{id}/documents/noc, the non objection certificate of a sent INR transfer
// with a business sender or a business recipient.
// Before that point, or for a transfer the document does not apply to, Wise answers 404.

import { isoMillis } from "../../format.js";
import { wiseErrors, type Reply } from "../../http.js";
import type { TransferRecord, TransferStatus } from "../../model.js";
import { pathLong } from "../../params.js";
import { textPdf } from "../../files/pdf.js";
import type { Ctx, RouteDef } from "../../route.js";
import { recipientName } from "../../ledger.js";
import { transferOf } from "./routes.js";

const GOING_AHEAD: ReadonlySet<TransferStatus> = new Set(["incoming_payment_initiated", "processing", "funds_converted", "outgoing_payment_sent"]);

function unavailable(document: string, transfer: TransferRecord) {
  return wiseErrors(404, { code: "NOT_FOUND", message: `No ${document} for transfer ${transfer.id}`, path: "transferId", arguments: ["transferId", String(transfer.id)] });
}

function pdfReply(name: string, title: string, lines: string[]): Reply {
  return { status: 200, body: "", bytes: textPdf(title, lines), headers: { "content-type": "application/pdf", "content-disposition": `attachment; filename="${name}"` } };
}

function summary(ctx: Ctx, t: TransferRecord): string[] {
  return [
    `Transfer ${t.id}`,
    `Created: ${isoMillis(t.createdMs)}`,
    `Status: ${t.status}`,
    `Recipient: ${recipientName(ctx.store, t)}`,
    `Amount converted: ${t.sourceValue} ${t.sourceCurrency}`,
    `Fee: ${t.fee} ${t.sourceCurrency}`,
    `Exchange rate: ${t.rate}`,
    `Recipient gets: ${t.targetValue} ${t.targetCurrency}`,
    `Reference: ${t.reference}`,
  ];
}

function documentRoute(suffix: string, document: string, available: (ctx: Ctx, t: TransferRecord) => boolean, heading: (t: TransferRecord) => string): RouteDef {
  return {
    method: "GET",
    path: `/v1/transfers/:transferId/${suffix}`,
    handler: (ctx) => {
      const transfer = transferOf(ctx, pathLong(ctx, "transferId"));
      if (!available(ctx, transfer)) throw unavailable(document, transfer);
      const name = `${document.replace(/ /g, "-")}-${transfer.id}.pdf`;
      return pdfReply(name, `${heading(transfer)} ${transfer.id}`, [heading(transfer), "", ...summary(ctx, transfer)]);
    },
  };
}

export const transferDocumentRoutes: RouteDef[] = [
  documentRoute(
    "receipt.pdf",
    "receipt",
    (_ctx, t) => t.status === "outgoing_payment_sent",
    () => "Transfer receipt",
  ),
  documentRoute(
    "us-combined-receipt.pdf",
    "us combined receipt",
    (_ctx, t) => GOING_AHEAD.has(t.status),
    (t) => (t.status === "outgoing_payment_sent" ? "Receipt (sent)" : "Receipt (payment initiated)"),
  ),
  documentRoute(
    "documents/noc",
    "non objection certificate",
    (ctx, t) => t.status === "outgoing_payment_sent" && t.targetCurrency === "INR" && (t.business !== null || ctx.store.recipients.get(t.targetAccount)?.legalType === "BUSINESS"),
    () => "Non objection certificate",
  ),
];
