import { toEnum } from "../../common/enum.js";
import { Money } from "../../common/money.type.js";
import { globalId } from "../../common/node/global-id.js";
import { parseOptionalWiseTime, parseWiseTime } from "../../common/time.js";
import type { WiseCardCredit, WiseCardDebit, WiseCardTransaction } from "../../wise/schemas/card-transaction.js";
import { CardTransactionState, CardTransactionType } from "./card-transaction.enums.js";
import { CardMerchant, CardTransaction, CardTransactionCredit, CardTransactionDebit, CardTransactionFee } from "./card-transaction.type.js";

type WiseCardMoney = { amount: string; currency: string } | null | undefined;
const money = (m: WiseCardMoney) => (m ? Money.of(m.amount, m.currency) : null);

/** Wise's v4 card transaction to the GraphQL CardTransaction (its movements kept when Wise gave them). */
export function toCardTransaction(profileId: number, wise: WiseCardTransaction): CardTransaction {
  const merchant = wise.merchant;
  return Object.assign(new CardTransaction(), {
    id: globalId("CardTransaction", profileId, wise.id),
    wiseId: wise.id,
    profileId,
    cardToken: wise.cardToken,
    type: toEnum(CardTransactionType, "CardTransactionType", wise.type),
    state: toEnum(CardTransactionState, "CardTransactionState", wise.state),
    declineReason: wise.declineReason ?? null,
    detailedDeclineReason: wise.detailedDeclineReason ?? null,
    amount: Money.of(wise.transactionAmount.amount, wise.transactionAmount.currency),
    amountWithFees: money(wise.transactionAmountWithFees),
    billingAmount: money(wise.billingAmount),
    fees: (wise.fees ?? []).map((fee) => Object.assign(new CardTransactionFee(), { amount: Money.of(fee.amount, fee.currency), type: fee.fee_type ?? null })),
    merchant: merchant
      ? Object.assign(new CardMerchant(), {
          name: merchant.name ?? null,
          city: merchant.location?.city ?? null,
          country: merchant.location?.country ?? null,
          postCode: merchant.location?.zipCode ?? null,
          region: merchant.location?.region ?? null,
          state: merchant.location?.state ?? null,
          categoryCode: merchant.category?.code ?? null,
          categoryName: merchant.category?.name ?? null,
          categoryDescription: merchant.category?.description ?? null,
        })
      : null,
    authorisationMethod: wise.authorisationMethod ?? null,
    approvalCode: wise.approvalCode ?? null,
    acquirerReferenceNumber: wise.arn ?? null,
    createdAt: parseWiseTime(wise.creationTime),
    updatedAt: parseOptionalWiseTime(wise.modificationTime),
    holdExpiresAt: parseOptionalWiseTime(wise.purgeTime),
    wiseDebits: wise.debits ?? null,
    wiseCredits: wise.credits ?? null,
  });
}

export function toCardTransactionDebit(profileId: number, wise: WiseCardDebit): CardTransactionDebit {
  return Object.assign(new CardTransactionDebit(), {
    balanceWiseId: wise.balanceId,
    debitedAmount: Money.of(wise.debitedAmount.amount, wise.debitedAmount.currency),
    forAmount: Money.of(wise.forAmount.amount, wise.forAmount.currency),
    rate: wise.rate ?? null,
    fee: money(wise.fee),
    createdAt: parseOptionalWiseTime(wise.creationTime),
    profileId,
  });
}

export function toCardTransactionCredit(profileId: number, wise: WiseCardCredit): CardTransactionCredit {
  return Object.assign(new CardTransactionCredit(), {
    balanceWiseId: wise.balanceId,
    creditedAmount: Money.of(wise.creditedAmount.amount, wise.creditedAmount.currency),
    createdAt: parseOptionalWiseTime(wise.creationTime),
    profileId,
  });
}
