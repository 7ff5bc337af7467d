import { Money } from "../../common/money.type.js";
import { parseOptionalWiseTime, parseWiseTime } from "../../common/time.js";
import type { WiseTransferPayment } from "../../wise/schemas/transfer-payment.js";
import { TransferPayment } from "./transfer-payment.type.js";

export function toTransferPayment(wise: WiseTransferPayment): TransferPayment {
  return Object.assign(new TransferPayment(), {
    wiseId: wise.id,
    method: wise.method,
    pricingVariant: wise.pricingVariant ?? null,
    amount: Money.of(wise.amount, wise.currency),
    createdAt: parseWiseTime(wise.timeCreated),
    updatedAt: parseOptionalWiseTime(wise.timeUpdated),
  });
}
