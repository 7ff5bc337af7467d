import { toEnum } from "../../common/enum.js";
import { globalId } from "../../common/node/global-id.js";
import type { WiseRecipient } from "../../wise/schemas/recipient.js";
import { parseOptionalWiseTime } from "../../common/time.js";
import { toConfirmationOutcome } from "../recipient-compatibility/confirmation-outcome.mapper.js";
import { RecipientConfirmations } from "./recipient-confirmations.type.js";
import { LegalEntityType } from "./recipient.enums.js";
import { Recipient, RecipientDisplayField } from "./recipient.type.js";

/** Wise's v2 types are PascalCase ("SortCode"); the requirement forms use "sort_code". */
export function requirementType(v2Type: string): string {
  return v2Type.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/** Wise's v2 recipient to the GraphQL Recipient. */
export function toRecipient(wise: WiseRecipient): Recipient {
  return Object.assign(new Recipient(), {
    id: globalId("Recipient", wise.id),
    wiseId: wise.id,
    profileId: wise.profileId ?? null,
    holderName: wise.name?.fullName ?? "",
    currency: wise.currency,
    country: wise.country ?? null,
    type: requirementType(wise.type),
    legalEntityType: toEnum(LegalEntityType, "LegalEntityType", wise.legalEntityType),
    email: wise.email ?? null,
    active: wise.active ?? true,
    accountSummary: wise.accountSummary ?? null,
    longAccountSummary: wise.longAccountSummary ?? null,
    displayFields: (wise.displayFields ?? []).map((f) => Object.assign(new RecipientDisplayField(), { key: f.key, label: f.label ?? null, value: f.value ?? null })),
    details: wise.details ?? {},
    ownedByCustomer: wise.ownedByCustomer ?? false,
    confirmations: toConfirmations(wise),
  });
}

function toConfirmations(wise: WiseRecipient): RecipientConfirmations | null {
  const c = wise.confirmations;
  if (!c) return null;
  const accepted = c.acceptedOutcomes ?? false;
  const outcomes = (c.outcomes ?? []).map(toConfirmationOutcome);
  return Object.assign(new RecipientConfirmations(), {
    accepted,
    acceptedAt: parseOptionalWiseTime(c.acceptedAt),
    quoteId: c.quoteId && wise.profileId ? globalId("Quote", wise.profileId, c.quoteId) : null,
    outcomes,
    acceptanceRequired: !accepted && outcomes.some((o) => o.requiresCustomerAcceptance),
  });
}
