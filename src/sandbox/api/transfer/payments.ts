// POST /v3/profiles/{profileId}/transfers/{transferId}/payments {type: "BALANCE"}: funds a
// transfer from the profile's STANDARD balance in the source currency. Success is 201
// {type, status: COMPLETED, errorCode: null, errorMessage: null, balanceTransactionId} as
// recorded (the docs say 200). The transfer is re-priced with the BALANCE pay-in (Wise's
// sourceValue moved from 996.12 to 996.31 in the recording), the balance is debited
// sourceValue + fee exactly, the balance's own account becomes the transfer's
// sourceAccount, the status moves to processing and the activity follows.
// Failures answer 422 with the same body, status REJECTED (errors guide), and debit nothing:
// transfer.insufficient_funds, balance.payment-option-unavailable (no balance in that
// currency), transfer.already_funded, transfer.not_fundable (cancelled or past waiting, or in a
// batch group: the group is funded as a whole).
// The body may come signed (JWS, api/jose/jws.ts); the answer to a signed call is signed.
// Funding is SCA-protected: for a gated user (dana) the call passes only with a cleared or
// signed one-time token for this very payment (api/sca/ott.ts), otherwise 403 with a fresh one.

import Big from "big.js";
import { profileFromPath } from "../../auth.js";
import { optString } from "../../body.js";
import { HttpError, notFound, toJson, wiseErrors } from "../../http.js";
import { addBalanceTransaction, adjustBalance, canPay, recipientName, setTransferStatus } from "../../ledger.js";
import { pathLong } from "../../params.js";
import type { BalanceRecord, TransferRecord } from "../../model.js";
import type { RouteDef } from "../../route.js";
import type { Store } from "../../store.js";
import { currencyScale } from "../../reference/currencies.js";
import { chosenOption } from "../quote/view.js";
import { requireSca } from "../sca/ott.js";
import { maybeSignedBody, signedReply } from "../jose/jws.js";

function rejected(errorCode: string): HttpError {
  return new HttpError(422, { type: "BALANCE", status: "REJECTED", errorCode, errorMessage: null });
}

/** What paying a transfer from a balance cost it: its pricing, the amount debited and the debit's balance transaction. */
export interface BalancePayment {
  sourceValue: string;
  targetValue: string;
  fee: string;
  /** sourceValue + fee, at the source currency's scale. */
  amount: string;
  balanceTransactionId: number;
}

/**
 * Records that a transfer was paid from a balance (the debit itself is the caller's): its pricing,
 * the balance's account as its source, its funding, its quote FUNDED and the transfer processing.
 * Shared by transfer funding and batch group funding.
 */
export function markPaidFromBalance(store: Store, transfer: TransferRecord, balance: BalanceRecord, payment: BalancePayment, nowMs: number): void {
  Object.assign(transfer, {
    sourceValue: payment.sourceValue,
    targetValue: payment.targetValue,
    fee: payment.fee,
    payIn: "BALANCE",
    sourceAccount: transfer.sourceAccount ?? balance.recipientId,
    funding: { balanceId: balance.id, amount: payment.amount, balanceTransactionId: payment.balanceTransactionId, fundedMs: nowMs },
  });
  const quote = store.quotes.get(transfer.quoteUuid);
  if (quote !== undefined) quote.status = "FUNDED";
  setTransferStatus(store, transfer, "processing", nowMs);
}

export const paymentRoutes: RouteDef[] = [
  {
    method: "POST",
    path: "/v3/profiles/:profileId/transfers/:transferId/payments",
    handler: async (ctx) => {
      const store = ctx.store;
      const profile = profileFromPath(ctx);
      const transferId = pathLong(ctx, "transferId");
      const { body, signed } = await maybeSignedBody(ctx);
      const type = optString(body, "type");
      if (type === undefined) throw wiseErrors(400, { code: "NotNull", message: "must not be null", path: "type", arguments: [] });
      const transfer = store.transfers.get(transferId);
      if (transfer === undefined || transfer.profileId !== profile.id) throw notFound("Transfer", "transferId", String(transferId));
      // Checked before the payment's own rules, as Wise's gateway does: a refused call changes nothing.
      const approved = requireSca(ctx, profile.id, "TRANSFER__FUND");
      if (type !== "BALANCE") {
        throw wiseErrors(400, {
          code: "NOT_VALID",
          message: `Funding type '${type}' is not available for this transfer; use BALANCE.`,
          path: "type",
          arguments: ["type", type],
        });
      }
      if (transfer.funding !== null) throw rejected("transfer.already_funded");
      // A batch group's transfers are paid by funding the group, all at once.
      if (store.batchGroupByTransfer.has(transfer.id)) throw rejected("transfer.not_fundable");
      if (transfer.status !== "incoming_payment_waiting") throw rejected("transfer.not_fundable");

      const balance = store.balancesOf(profile.id).find((b) => b.type === "STANDARD" && b.currency === transfer.sourceCurrency);
      if (balance === undefined) throw rejected("balance.payment-option-unavailable");
      // Re-price with the BALANCE pay-in when the quote is known; otherwise keep the transfer's pricing.
      const quote = store.quotes.get(transfer.quoteUuid);
      const scale = currencyScale(transfer.sourceCurrency);
      let sourceValue = transfer.sourceValue;
      let targetValue = transfer.targetValue;
      let fee = transfer.fee;
      if (quote !== undefined) {
        const option = chosenOption(store, quote, "BALANCE");
        sourceValue = option.converted;
        targetValue = option.targetAmount;
        fee = option.totalFee;
      }
      const debit = new Big(sourceValue).plus(fee).toFixed(scale);
      if (!canPay(balance, debit)) throw rejected("transfer.insufficient_funds");

      const now = ctx.now();
      adjustBalance(store, balance, `-${debit}`, now);
      const tx = addBalanceTransaction(store, balance, "TRANSFER", `-${debit}`, now, `Sent to ${recipientName(store, transfer)}`, { transferId: transfer.id, fee });
      markPaidFromBalance(store, transfer, balance, { sourceValue, targetValue, fee, amount: debit, balanceTransactionId: tx.id }, now);
      const reply = {
        status: 201,
        body: toJson({ type: "BALANCE", status: "COMPLETED", errorCode: null, errorMessage: null, balanceTransactionId: tx.id }),
        headers: approved,
      };
      return signed ? signedReply(reply) : reply;
    },
  },
];
