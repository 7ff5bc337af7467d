// The spend-control check of a card authorisation: every rule the card's application has applied
// must let it through. A BLOCK rule declines an authorisation that matches one of its values; an
// ALLOW rule declines one that matches none. MCC rules look at the merchant's category code,
// CURRENCY rules at the currency the merchant asked for. Wise's reason for such a decline is
// TRANSACTION_TYPE_NOT_SUPPORTED (its docs point to spend controls for it).

import type { Store } from "../../store.js";
import { managingClientId } from "../user/users.js";
import type { AuthorisationCheck, CardAuthorisation, CardDecline } from "../card/authorisation-checks.js";
import type { SpendControlRuleRecord } from "./state.js";

export const SPEND_CONTROL_DECLINE: CardDecline = { reason: "TRANSACTION_TYPE_NOT_SUPPORTED" };

/** The application whose rules a card's authorisations obey: the API client that manages the cardholder. */
export function applicationOfCard(store: Store, authorisation: CardAuthorisation): string | null {
  const user = store.users.get(authorisation.card.userId);
  return user === undefined ? null : managingClientId(user);
}

function matches(rule: SpendControlRuleRecord, authorisation: CardAuthorisation): boolean {
  const value = rule.type === "MCC" ? authorisation.mcc : authorisation.amount.currency;
  return rule.values.includes(value);
}

/** Whether one applied rule lets the authorisation through. */
export function ruleAllows(rule: SpendControlRuleRecord, authorisation: CardAuthorisation): boolean {
  return rule.operation === "BLOCK" ? !matches(rule, authorisation) : matches(rule, authorisation);
}

export const spendControlCheck: AuthorisationCheck = (store, authorisation) => {
  const clientId = applicationOfCard(store, authorisation);
  if (clientId === null) return null;
  const blocked = store.spendControls.appliedRulesOf(clientId).some((rule) => !ruleAllows(rule, authorisation));
  return blocked ? { ...SPEND_CONTROL_DECLINE } : null;
};
