import Big from "big.js";
import { decimalPlacesOf } from "../../common/currency-decimals.js";
import { Money } from "../../common/money.type.js";
import { parseOptionalWiseTime } from "../../common/time.js";
import type { WiseCardLimit, WiseCardSpendLimits, WiseProfileSpendLimits, WiseSpendAmount } from "../../wise/schemas/spend-limits.js";
import { SpendLimit } from "./spend-limit.type.js";
import { SpendLimitGranularity, SpendLimitScope, SpendLimitTransactionType } from "./spend-limits.enums.js";

const money = (amount: WiseSpendAmount) => Money.of(amount.amount, amount.currency);

/** The limit less what was used, never below zero, at the currency's scale. */
function remainingOf(value: WiseSpendAmount, used: WiseSpendAmount): Money {
  const left = new Big(value.amount).minus(used.amount);
  return Money.of((left.lt(0) ? new Big(0) : left).toFixed(decimalPlacesOf(value.currency)), value.currency);
}

function limitOf(
  granularity: SpendLimitGranularity,
  transactionType: SpendLimitTransactionType,
  scope: SpendLimitScope,
  inherited: boolean,
  wise: { value: WiseSpendAmount; usage?: WiseSpendAmount | null; max?: WiseSpendAmount | null; resetAt?: string | null },
): SpendLimit {
  // A per-payment limit has no window: Wise's usage of it is always zero and means nothing.
  const used = granularity === SpendLimitGranularity.TRANSACTION ? null : (wise.usage ?? null);
  return Object.assign(new SpendLimit(), {
    granularity,
    transactionType,
    scope,
    inherited,
    limit: money(wise.value),
    used: used ? money(used) : null,
    remaining: used ? remainingOf(wise.value, used) : null,
    maximum: wise.max ? money(wise.max) : null,
    resetsAt: parseOptionalWiseTime(wise.resetAt),
  });
}

const TYPES: Record<string, SpendLimitTransactionType> = { PURCHASE: SpendLimitTransactionType.PURCHASE, ATM_WITHDRAWAL: SpendLimitTransactionType.ATM_WITHDRAWAL };

/** A profile's limits, purchases then cash, daily then monthly; `inherited` when shown on one of its cards. */
export function toProfileSpendLimits(wise: WiseProfileSpendLimits, inherited = false): SpendLimit[] {
  return wise.spendLimits.flatMap((limits) => {
    const type = TYPES[limits.type];
    if (type === undefined) return []; // a kind this API does not know yet
    const { daily, monthly } = limits.aggregateWindow;
    return [
      ...(daily ? [limitOf(SpendLimitGranularity.DAILY, type, SpendLimitScope.PROFILE, inherited, daily)] : []),
      ...(monthly ? [limitOf(SpendLimitGranularity.MONTHLY, type, SpendLimitScope.PROFILE, inherited, monthly)] : []),
    ];
  });
}

const CARD_GRANULARITIES: ReadonlyArray<[keyof WiseCardSpendLimits, SpendLimitGranularity]> = [
  ["transaction", SpendLimitGranularity.TRANSACTION],
  ["daily", SpendLimitGranularity.DAILY],
  ["monthly", SpendLimitGranularity.MONTHLY],
  ["lifetime", SpendLimitGranularity.LIFETIME],
];

/** A card's own limits, the ones it has, per payment to lifetime. */
export function toCardSpendLimits(wise: WiseCardSpendLimits): SpendLimit[] {
  return CARD_GRANULARITIES.flatMap(([key, granularity]) => {
    const limit: WiseCardLimit | null | undefined = wise[key];
    return limit ? [limitOf(granularity, SpendLimitTransactionType.ALL, SpendLimitScope.CARD, false, limit)] : [];
  });
}
