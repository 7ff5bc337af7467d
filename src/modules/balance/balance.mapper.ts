import { toEnum } from "../../common/enum.js";
import { Money } from "../../common/money.type.js";
import { globalId } from "../../common/node/global-id.js";
import { parseOptionalWiseTime } from "../../common/time.js";
import type { WiseBalance } from "../../wise/schemas/balance.js";
import { BalanceInvestmentState, BalanceType } from "./balance.enums.js";
import { Balance } from "./balance.type.js";

/** Wise's v4 balance to the GraphQL Balance. */
export function toBalance(profileId: number, wise: WiseBalance): Balance {
  const money = (m: { value: string; currency: string } | null | undefined) => (m ? Money.of(m.value, m.currency) : Money.of("0", wise.currency));
  return Object.assign(new Balance(), {
    id: globalId("Balance", profileId, wise.id),
    wiseId: wise.id,
    profileId,
    currency: wise.currency,
    type: wise.type === "SAVINGS" ? BalanceType.SAVINGS : BalanceType.STANDARD,
    name: wise.name ?? null,
    icon: wise.icon?.value ?? null,
    amount: money(wise.amount),
    reservedAmount: money(wise.reservedAmount),
    cashAmount: money(wise.cashAmount ?? wise.amount),
    totalWorth: money(wise.totalWorth ?? wise.amount),
    investmentState: toEnum(BalanceInvestmentState, "BalanceInvestmentState", wise.investmentState),
    visible: wise.visible ?? true,
    primary: wise.primary ?? false,
    createdAt: parseOptionalWiseTime(wise.creationTime),
    updatedAt: parseOptionalWiseTime(wise.modificationTime),
  });
}
