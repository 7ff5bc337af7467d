// Sandbox-only simulation endpoints (docs api-reference/simulation):
//   GET  /v1/simulation/transfers/{transferId}/{processing|funds_converted|outgoing_payment_sent|bounced_back|funds_refunded}
//        moves a funded transfer one step along waiting -> processing -> funds_converted ->
//        outgoing_payment_sent -> bounced_back -> funds_refunded and answers the transfer.
//        Out of order, unfunded, or to an email recipient: HTTP 200 with
//        {"errors":[{"arguments":[],"code":"wrong_status","message":...}]} as recorded.
//        Real Wise applies the change asynchronously (wait ~5 s between calls); the sandbox
//        applies it before answering. funds_refunded credits the funded amount back.
//   POST /v1/simulation/balance/topup {profileId, balanceId, currency, amount, channel?}
//        credits the balance: {transactionId, state: COMPLETED, balancesAfter: [...]}. Each call is
//        a new top-up: a repeat credits again.
// The other simulations (verification, KYC reviews, bank-transaction import, Swift in) have their
// own files here and are listed at the end.

import Big from "big.js";
import { ownedProfile } from "../../auth.js";
import { jsonBody, optDecimal, optLong, optString } from "../../body.js";
import { positiveAmount } from "../../format.js";
import { badRequest, dec, json, notFound, wiseErrors, type WiseErrorItem } from "../../http.js";
import { addBalanceActivity, creditBalance, refundTransfer, setTransferStatus } from "../../ledger.js";
import type { TransferStatus } from "../../model.js";
import { pathLong } from "../../params.js";
import type { RouteDef } from "../../route.js";
import { currencyScale } from "../../reference/currencies.js";
import { transferView } from "../transfer/view.js";
import { transferOf } from "../transfer/routes.js";
import { bankTransactionImportRoutes } from "./bank-transactions.js";
import { kycReviewSimulationRoutes } from "./kyc-review.js";
import { swiftInRoutes } from "./swift-in.js";
import { verificationSimulationRoutes } from "./verification.js";

/** Target status -> the status a transfer must be in for it. */
const FROM: Readonly<Record<string, TransferStatus>> = {
  // Funding already moved the transfer to processing; Wise still wants this call.
  processing: "processing",
  funds_converted: "processing",
  outgoing_payment_sent: "funds_converted",
  bounced_back: "outgoing_payment_sent",
  funds_refunded: "bounced_back",
};

const wrongStatus = (message: string) => json({ errors: [{ arguments: [], code: "wrong_status", message }] });

const transferAndTopUpRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v1/simulation/transfers/:transferId/:status",
    handler: (ctx) => {
      const status = ctx.params.status ?? "";
      const from = FROM[status];
      if (from === undefined) throw badRequest(`'status' should be one of ${Object.keys(FROM).join(", ")}`);
      const transfer = transferOf(ctx, pathLong(ctx, "transferId"));
      const recipient = ctx.store.recipients.get(transfer.targetAccount);
      if (recipient?.type === "email") return wrongStatus("Transfer simulation is not supported for transfers to email recipients.");
      if (transfer.funding === null) {
        return wrongStatus(`Transfer ${transfer.id} is not funded: fund it (POST /v3/profiles/{profileId}/transfers/{transferId}/payments) before simulating.`);
      }
      if (transfer.status !== from) {
        return wrongStatus(`Transfer ${transfer.id} is ${transfer.status}; ${status} can only follow ${from}.`);
      }
      const now = ctx.now();
      if (status === "funds_refunded") refundTransfer(ctx.store, transfer, now);
      setTransferStatus(ctx.store, transfer, status as TransferStatus, now);
      return json(transferView(transfer));
    },
  },
  {
    method: "POST",
    path: "/v1/simulation/balance/topup",
    handler: async (ctx) => {
      const body = await jsonBody(ctx);
      const errors: WiseErrorItem[] = [];
      const notNull = (path: string) => errors.push({ code: "NotNull", message: "must not be null", path, arguments: [] });
      const profileId = optLong(body, "profileId");
      const balanceId = optLong(body, "balanceId");
      const currency = optString(body, "currency")?.trim().toUpperCase();
      const amount = optDecimal(body, "amount");
      const channel = optString(body, "channel") ?? "CARD";
      if (profileId === undefined) notNull("profileId");
      if (balanceId === undefined) notNull("balanceId");
      if (currency === undefined) notNull("currency");
      if (amount === undefined) notNull("amount");
      if (channel !== "CARD" && channel !== "TRANSFER") {
        errors.push({ code: "NOT_VALID", message: "channel must be TRANSFER or CARD", path: "channel", arguments: ["channel", channel] });
      }
      if (errors.length > 0 || profileId === undefined || balanceId === undefined || currency === undefined || amount === undefined) {
        throw wiseErrors(400, ...errors);
      }
      const profile = ownedProfile(ctx, profileId);
      const balance = ctx.store.balances.get(balanceId);
      if (balance === undefined || balance.profileId !== profile.id) throw notFound("Balance", "balanceId", String(balanceId));
      if (currency !== balance.currency) {
        throw wiseErrors(400, { code: "NOT_VALID", message: `The balance is in ${balance.currency}.`, path: "currency", arguments: ["currency", currency] });
      }
      const value = new Big(amount);
      if (value.lte(0)) {
        throw wiseErrors(400, { code: "error.greaterThanZero", message: "Please type in a number that's larger than 0.", path: "amount", arguments: [] });
      }
      const scale = currencyScale(currency);
      if (!value.eq(value.round(scale, Big.roundDown))) {
        throw wiseErrors(400, { code: "NOT_VALID", message: `${currency} amounts have ${scale} decimals at most.`, path: "amount", arguments: ["amount", amount] });
      }
      const now = ctx.now();
      const credit = value.toFixed(scale);
      const description = channel === "CARD" ? "Topped up by card" : "Topped up by bank transfer";
      const tx = creditBalance(ctx.store, balance, "DEPOSIT", credit, now, description);
      addBalanceActivity(ctx.store, {
        profileId: profile.id,
        type: "BALANCE_DEPOSIT",
        resourceId: tx.id,
        title: `<strong>${balance.name ?? `${currency} balance`}</strong>`,
        description: "Added by you",
        primaryAmount: positiveAmount(credit, currency),
        nowMs: now,
      });
      return json({
        transactionId: tx.id,
        state: "COMPLETED",
        balancesAfter: [{ id: balance.id, value: dec(balance.amount), currency: balance.currency }],
      });
    },
  },
];

export const simulationRoutes: RouteDef[] = [
  ...transferAndTopUpRoutes,
  ...verificationSimulationRoutes,
  ...kycReviewSimulationRoutes,
  ...bankTransactionImportRoutes,
  ...swiftInRoutes,
];
