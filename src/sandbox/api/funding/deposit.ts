// Paying a transfer by bank transfer (a "pay-in"):
//   GET /v1/profiles/{profileId}/transfers/{transferId}/deposit-details/bank-transfer answers
//       where the sender sends the money: {payinBank, payinBankAccount, wiseInformation}, from
//       reference/payin-banks.ts by the transfer's source currency (422 for a currency without
//       bank-transfer pay-in). The transfer does not move: it waits for the money.
//   POST /v1/simulation/transfers/{transferId}/deposit (sandbox only, not a Wise route) is the
//       sender's bank transfer arriving: the transfer is re-priced with the BANK_TRANSFER pay-in,
//       paid with exactly sourceValue + fee (no balance is touched: the money goes straight to
//       the transfer, as Wise does) and moves from incoming_payment_waiting to processing.
//       Anything else (already paid, from a balance or by an earlier deposit; cancelled; moved
//       on) answers HTTP 200 with the wrong_status body of the other simulations and changes
//       nothing, so a repeated deposit is never counted twice.

import Big from "big.js";
import { profileFromPath } from "../../auth.js";
import { json, notFound, wiseErrors, type HttpError } from "../../http.js";
import { setTransferStatus } from "../../ledger.js";
import type { TransferRecord } from "../../model.js";
import { pathLong } from "../../params.js";
import type { RouteDef } from "../../route.js";
import { currencyScale } from "../../reference/currencies.js";
import { payinBank, type PayinAddress } from "../../reference/payin-banks.js";
import { chosenOption } from "../quote/view.js";
import { transferOf } from "../transfer/routes.js";
import { transferView } from "../transfer/view.js";

function noBankTransfer(transfer: TransferRecord): HttpError {
  return wiseErrors(422, {
    code: "payin.bank-transfer.unavailable",
    message: `Paying ${transfer.sourceCurrency} by bank transfer is not available.`,
    path: "transferId",
    arguments: ["transferId", String(transfer.id)],
  });
}

const addressView = (a: PayinAddress | null) => a && { country: a.country, firstLine: a.firstLine, postCode: a.postCode, city: a.city, state: a.state, phone: a.phone };

const wrongStatus = (message: string) => json({ errors: [{ arguments: [], code: "wrong_status", message }] });

export const depositRoutes: RouteDef[] = [
  {
    method: "GET",
    path: "/v1/profiles/:profileId/transfers/:transferId/deposit-details/bank-transfer",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      const transferId = pathLong(ctx, "transferId");
      const transfer = ctx.store.transfers.get(transferId);
      if (transfer === undefined || transfer.profileId !== profile.id) throw notFound("Transfer", "transferId", String(transferId));
      const bank = payinBank(transfer.sourceCurrency);
      if (bank === undefined) throw noBankTransfer(transfer);
      return json({
        payinBank: { bankName: bank.bankName, bankAddress: addressView(bank.bankAddress) },
        payinBankAccount: {
          currency: transfer.sourceCurrency,
          bankAccountType: bank.bankAccountType,
          // `value` is deprecated at Wise but still sent, equal to rawValue.
          details: bank.details.map((d) => ({
            type: d.type,
            label: d.label,
            value: d.rawValue,
            rawValue: d.rawValue,
            formattedValue: d.formattedValue,
            description: d.description,
          })),
        },
        wiseInformation: { localCompanyName: bank.localCompanyName, localAddress: addressView(bank.localAddress) },
      });
    },
  },
  {
    method: "POST",
    path: "/v1/simulation/transfers/:transferId/deposit",
    handler: (ctx) => {
      const transfer = transferOf(ctx, pathLong(ctx, "transferId"));
      if (payinBank(transfer.sourceCurrency) === undefined) throw noBankTransfer(transfer);
      if (transfer.funding !== null) return wrongStatus(`Transfer ${transfer.id} is already paid (${transfer.payIn}); the deposit is not counted again.`);
      if (transfer.status !== "incoming_payment_waiting") return wrongStatus(`Transfer ${transfer.id} is ${transfer.status}; it no longer waits for a deposit.`);
      const store = ctx.store;
      const quote = store.quotes.get(transfer.quoteUuid);
      if (quote !== undefined) {
        const option = chosenOption(store, quote, "BANK_TRANSFER");
        Object.assign(transfer, { sourceValue: option.converted, targetValue: option.targetAmount, fee: option.totalFee });
        quote.status = "FUNDED";
      }
      const now = ctx.now();
      const amount = new Big(transfer.sourceValue).plus(transfer.fee).toFixed(currencyScale(transfer.sourceCurrency));
      Object.assign(transfer, { payIn: "BANK_TRANSFER", funding: { balanceId: null, amount, balanceTransactionId: null, fundedMs: now } });
      setTransferStatus(store, transfer, "processing", now);
      return json(transferView(transfer));
    },
  },
];
