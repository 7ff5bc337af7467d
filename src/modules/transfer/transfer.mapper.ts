import { toEnum } from "../../common/enum.js";
import { Money } from "../../common/money.type.js";
import { globalId } from "../../common/node/global-id.js";
import { parseWiseTime } from "../../common/time.js";
import type { WiseTransfer } from "../../wise/schemas/transfer.js";
import { TransferStatus } from "./transfer-status.enum.js";
import { Transfer } from "./transfer.type.js";

/** Wise's v1 transfer to the GraphQL Transfer; `profileId` when the caller knows the owner. */
export function toTransfer(wise: WiseTransfer, profileId: number | null = null): Transfer {
  return Object.assign(new Transfer(), {
    id: globalId("Transfer", wise.id),
    wiseId: wise.id,
    status: toEnum(TransferStatus, "TransferStatus", wise.status),
    reference: wise.details?.reference ?? wise.reference ?? null,
    sourceAmount: Money.of(wise.sourceValue, wise.sourceCurrency),
    targetAmount: Money.of(wise.targetValue, wise.targetCurrency),
    rate: wise.rate ?? null,
    createdAt: parseWiseTime(wise.created),
    idempotencyKey: wise.customerTransactionId ?? null,
    hasActiveIssues: wise.hasActiveIssues ?? false,
    profileId: profileId ?? wise.business ?? null,
    businessProfileId: wise.business ?? null,
    recipientId: wise.targetAccount ?? null,
    quoteUuid: wise.quoteUuid ?? null,
  });
}
