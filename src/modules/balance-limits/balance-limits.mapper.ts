import { Money } from "../../common/money.type.js";
import { parseOptionalWiseTime, parseWiseTime } from "../../common/time.js";
import type { WiseBalanceCapacity, WiseHoldLimitBreach, WiseTotalFunds } from "../../wise/schemas/balance-limits.js";
import { HoldLimitBreachClosingReason, HoldLimitBreachState } from "./balance-limits.enums.js";
import { BalanceCapacity, HoldLimitBreach, Overdraft, TotalFunds } from "./balance-limits.type.js";

type WiseValue = { value: string; currency: string };
const money = (m: WiseValue): Money => Money.of(m.value, m.currency);
const optionalMoney = (m: WiseValue | null | undefined): Money | null => (m ? money(m) : null);

export function toBalanceCapacity(wise: WiseBalanceCapacity): BalanceCapacity {
  const limit = wise.depositLimit;
  return Object.assign(new BalanceCapacity(), { hasLimit: wise.hasLimit, depositLimit: limit ? Money.of(limit.amount, limit.currency) : null });
}

export function toTotalFunds(wise: WiseTotalFunds): TotalFunds {
  const overdraft = wise.overdraft;
  return Object.assign(new TotalFunds(), {
    totalWorth: money(wise.totalWorth),
    totalAvailable: money(wise.totalAvailable),
    totalCash: money(wise.totalCash),
    overdraft: overdraft
      ? Object.assign(new Overdraft(), {
          limit: optionalMoney(overdraft.limit),
          used: optionalMoney(overdraft.used),
          available: optionalMoney(overdraft.available),
          availableByCurrency: (overdraft.availableByCurrency ?? []).map(money),
        })
      : null,
  });
}

const REASONS = new Set<string>(Object.values(HoldLimitBreachClosingReason));

export function toHoldLimitBreach(wise: WiseHoldLimitBreach): HoldLimitBreach {
  return Object.assign(new HoldLimitBreach(), {
    wiseId: wise.id,
    amount: Money.of(wise.amount, wise.currency),
    state: wise.state === "OPEN" ? HoldLimitBreachState.OPEN : HoldLimitBreachState.CLOSED,
    closingReason: wise.closingReason && REASONS.has(wise.closingReason) ? (wise.closingReason as HoldLimitBreachClosingReason) : null,
    createdAt: parseWiseTime(wise.createdAt),
    updatedAt: parseOptionalWiseTime(wise.updatedAt),
  });
}
