import { parseOptionalWiseTime } from "../../common/time.js";
import type { WiseConfirmationOutcome } from "../../wise/schemas/recipient-compatibility.js";
import { RecipientConfirmationOutcome, RecipientRecommendedUpdate } from "./recipient-compatibility.type.js";

/** One of Wise's confirmation outcomes (a recipient's or a compatibility check's) to GraphQL. */
export function toConfirmationOutcome(o: WiseConfirmationOutcome): RecipientConfirmationOutcome {
  return Object.assign(new RecipientConfirmationOutcome(), {
    type: o.type,
    outcome: o.outcome,
    requiresCustomerAcceptance: o.requiresCustomerAcceptance ?? false,
    message: o.message ?? null,
    providedName: o.providedName ?? null,
    resolvedName: o.resolvedName ?? null,
    checkedAt: parseOptionalWiseTime(o.timestamp),
    fieldsChecked: o.fieldsChecked ?? [],
    recommendedUpdates: (o.recommendedUpdates ?? []).map((u) => Object.assign(new RecipientRecommendedUpdate(), { path: u.path, value: u.value })),
  });
}
