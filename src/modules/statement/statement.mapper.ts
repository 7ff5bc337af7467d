import Big from "big.js";
import { toEnum } from "../../common/enum.js";
import { Money } from "../../common/money.type.js";
import type { WiseBalanceStatement, WiseStatementTransaction } from "../../wise/schemas/balance-statement.js";
import { StatementDirection, StatementTransactionKind } from "./statement.enums.js";
import { BalanceStatementTransaction, StatementExchange, StatementMerchant, StatementTransactionDetails } from "./statement.type.js";

type WiseMoney = { value: string; currency: string } | null | undefined;

const money = (value: WiseMoney) => (value ? Money.of(value.value, value.currency) : null);

/** The id after a reference's prefix (TRANSFER-123 is 123 for TRANSFER), when it is one. */
function referenceId(reference: string | null | undefined, prefix: string): string | null {
  const match = new RegExp(`^${prefix}-(\\d{1,16})$`).exec(reference ?? "");
  return match ? match[1]! : null;
}

export function toStatementTransaction(profileId: number, wise: WiseStatementTransaction): BalanceStatementTransaction {
  const details = wise.details;
  const transfer = referenceId(wise.referenceNumber, "TRANSFER");
  return Object.assign(new BalanceStatementTransaction(), {
    direction: toEnum(StatementDirection, "StatementDirection", wise.type),
    date: new Date(wise.date),
    amount: Money.of(wise.amount.value, wise.amount.currency),
    totalFees: money(wise.totalFees),
    runningBalance: money(wise.runningBalance),
    kind: details?.type ? toEnum(StatementTransactionKind, "StatementTransactionKind", details.type) : null,
    description: details?.description ?? null,
    referenceNumber: wise.referenceNumber ?? null,
    cardPaymentReference: referenceId(wise.referenceNumber, "CARD"),
    profileId,
    details: details
      ? Object.assign(new StatementTransactionDetails(), {
          originalAmount: money(details.amount),
          sourceAmount: money(details.sourceAmount),
          targetAmount: money(details.targetAmount),
          fee: money(details.fee),
          rate: details.rate ?? null,
          senderName: details.senderName ?? null,
          senderAccount: details.senderAccount ?? null,
          paymentReference: details.paymentReference || null,
          category: details.category ?? null,
          merchant: details.merchant ? Object.assign(new StatementMerchant(), nullsFor(details.merchant)) : null,
        })
      : null,
    exchange: wise.exchangeDetails
      ? Object.assign(new StatementExchange(), {
          fromAmount: money(wise.exchangeDetails.fromAmount),
          toAmount: money(wise.exchangeDetails.toAmount),
          forAmount: money(wise.exchangeDetails.forAmount),
          rate: wise.exchangeDetails.rate ?? null,
        })
      : null,
    transferId: transfer === null || !Number.isSafeInteger(Number(transfer)) ? null : Number(transfer),
  });
}

function nullsFor(merchant: NonNullable<NonNullable<WiseStatementTransaction["details"]>["merchant"]>) {
  return {
    name: merchant.name ?? null,
    firstLine: merchant.firstLine ?? null,
    postCode: merchant.postCode ?? null,
    city: merchant.city ?? null,
    state: merchant.state ?? null,
    country: merchant.country ?? null,
    category: merchant.category ?? null,
  };
}

/** The balance before the interval: its closing balance minus every amount of the interval, exact. */
export function openingBalance(wise: WiseBalanceStatement): Money | null {
  const closing = wise.endOfStatementBalance;
  if (!closing) return null;
  const moved = wise.transactions.reduce((sum, t) => sum.plus(t.amount.value), new Big(0));
  const scale = Math.max(decimals(closing.value), ...wise.transactions.map((t) => decimals(t.amount.value)));
  return Money.of(new Big(closing.value).minus(moved).toFixed(scale), closing.currency);
}

const decimals = (value: string) => value.split(".")[1]?.length ?? 0;
