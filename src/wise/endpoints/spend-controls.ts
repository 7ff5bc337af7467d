import { z } from "zod";
import type { PartnerSession } from "../partner-session.js";
import { route } from "../route.js";
import { wiseAppliedSpendControlRules, wiseSpendControlRule, type WiseSpendControlRule, type WiseSpendControlRuleRequest } from "../schemas/spend-controls.js";

// An application's authorisation rules: the partner's client-credentials token and its client id.
// None carries an idempotency key. Applying and unapplying set a state, so repeating them is
// harmless; a repeated creation makes a second rule.

/**
 * `POST /v3/spend/applications/{clientId}/spend-controls/rules`: a new rule, not applied.
 * @wiseOperation POST /v3/spend/applications/{clientId}/spend-controls/rules
 */
export function createSpendControlRule(partner: PartnerSession, clientId: string, request: WiseSpendControlRuleRequest): Promise<WiseSpendControlRule> {
  return partner.call({ method: "POST", route: route`/v3/spend/applications/${clientId}/spend-controls/rules`, json: request, decoder: wiseSpendControlRule });
}

/**
 * `GET /v3/spend/applications/{clientId}/spend-controls/rules`: every rule, applied or not, unpaged.
 * @wiseOperation GET /v3/spend/applications/{clientId}/spend-controls/rules
 */
export function listSpendControlRules(partner: PartnerSession, clientId: string): Promise<WiseSpendControlRule[]> {
  return partner.call({ method: "GET", route: route`/v3/spend/applications/${clientId}/spend-controls/rules`, decoder: z.array(wiseSpendControlRule) });
}

/**
 * `GET /v3/spend/applications/{clientId}/spend-controls/rules/applied`: the ids of the applied rules.
 * @wiseOperation GET /v3/spend/applications/{clientId}/spend-controls/rules/applied
 */
export async function listAppliedSpendControlRuleIds(partner: PartnerSession, clientId: string): Promise<number[]> {
  const applied = await partner.call({ method: "GET", route: route`/v3/spend/applications/${clientId}/spend-controls/rules/applied`, decoder: wiseAppliedSpendControlRules });
  return applied.map((entry) => entry.ruleId);
}

/**
 * `POST /v3/spend/applications/{clientId}/spend-controls/rules/apply`: card authorisations are checked against the rule from now on.
 * @wiseOperation POST /v3/spend/applications/{clientId}/spend-controls/rules/apply
 */
export async function applySpendControlRule(partner: PartnerSession, clientId: string, ruleId: number): Promise<void> {
  await partner.call({
    method: "POST",
    route: route`/v3/spend/applications/${clientId}/spend-controls/rules/apply`,
    json: { ruleId: String(ruleId) },
    decoder: z.unknown(),
  });
}

/**
 * `POST /v3/spend/applications/{clientId}/spend-controls/rules/unapply`: authorisations are no longer checked against the rule; it still exists.
 * @wiseOperation POST /v3/spend/applications/{clientId}/spend-controls/rules/unapply
 */
export async function unapplySpendControlRule(partner: PartnerSession, clientId: string, ruleId: number): Promise<void> {
  await partner.call({
    method: "POST",
    route: route`/v3/spend/applications/${clientId}/spend-controls/rules/unapply`,
    json: { ruleId: String(ruleId) },
    decoder: z.unknown(),
  });
}

/**
 * `DELETE /v3/spend/applications/{clientId}/spend-controls/rules/{ruleId}`: deletes a rule that is not applied.
 * @wiseOperation DELETE /v3/spend/applications/{clientId}/spend-controls/rules/{ruleId}
 */
export async function deleteSpendControlRule(partner: PartnerSession, clientId: string, ruleId: number): Promise<void> {
  await partner.call({ method: "DELETE", route: route`/v3/spend/applications/${clientId}/spend-controls/rules/${ruleId}`, decoder: z.unknown() });
}
