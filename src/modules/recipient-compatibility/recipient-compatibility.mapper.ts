import { parseOptionalWiseTime } from "../../common/time.js";
import type { WiseErrorDetail } from "../../wise/errors.js";
import type { WiseRecipientCompatibility } from "../../wise/schemas/recipient-compatibility.js";
import { toConfirmationOutcome } from "./confirmation-outcome.mapper.js";
import { RecipientCompatibility, RecipientCompatibilityProblem } from "./recipient-compatibility.type.js";

export function toCompatible(wise: WiseRecipientCompatibility): RecipientCompatibility {
  const confirmations = wise.confirmations ?? null;
  return Object.assign(new RecipientCompatibility(), {
    compatible: true,
    problems: [],
    confirmations: (confirmations?.outcomes ?? []).map(toConfirmationOutcome),
    confirmationsAccepted: confirmations === null ? null : (confirmations.acceptedOutcomes ?? false),
    confirmationsAcceptedAt: parseOptionalWiseTime(confirmations?.acceptedAt),
  });
}

export function toIncompatible(details: readonly WiseErrorDetail[]): RecipientCompatibility {
  return Object.assign(new RecipientCompatibility(), {
    compatible: false,
    problems: details.map((d) =>
      Object.assign(new RecipientCompatibilityProblem(), { code: d.code, message: d.message ?? d.code ?? "The recipient cannot receive this transfer.", field: d.path }),
    ),
    confirmations: [],
    confirmationsAccepted: null,
    confirmationsAcceptedAt: null,
  });
}
