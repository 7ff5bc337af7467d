// Standard (v1) transfer JSON as Wise sends it (recordings/transfer-get.yaml):
// `created` as "2025-01-05 11:31:08", rate and values as exact numbers. sourceValue
// excludes the fee (recorded: 1000 GBP quote -> sourceValue 996.12).

import { doubleText, spaceDateTime } from "../../format.js";
import { dec } from "../../http.js";
import type { TransferRecord } from "../../model.js";

export function transferView(t: TransferRecord) {
  return {
    id: t.id,
    user: t.user,
    targetAccount: t.targetAccount,
    sourceAccount: t.sourceAccount,
    quote: t.quote,
    quoteUuid: t.quoteUuid,
    status: t.status,
    reference: t.reference,
    rate: dec(doubleText(t.rate)),
    created: spaceDateTime(t.createdMs),
    business: t.business,
    transferRequest: t.transferRequest,
    details: { reference: t.reference },
    hasActiveIssues: t.hasActiveIssues,
    sourceCurrency: t.sourceCurrency,
    sourceValue: dec(t.sourceValue),
    targetCurrency: t.targetCurrency,
    targetValue: dec(t.targetValue),
    customerTransactionId: t.customerTransactionId,
  };
}
