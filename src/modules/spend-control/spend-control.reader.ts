import type { Context } from "../../context/context.js";
import { listAppliedSpendControlRuleIds, listSpendControlRules } from "../../wise/endpoints/spend-controls.js";
import type { PartnerSession } from "../../wise/partner-session.js";
import { toSpendControlRule } from "./spend-control.mapper.js";
import type { SpendControlRule } from "./spend-control.type.js";

// The application's rules with whether each is applied: two Wise calls (the rules, the applied
// ids), made once per GraphQL request however many fields ask (the rules of every card are the
// application's), and read again after a mutation changed them.

const perRequest = new WeakMap<Context, Promise<SpendControlRule[]>>();

/** The application's rules, oldest first, each saying whether it is applied. */
export function applicationSpendControlRules(ctx: Context, partner: PartnerSession): Promise<SpendControlRule[]> {
  let rules = perRequest.get(ctx);
  if (rules === undefined) {
    const clientId = ctx.partnerClientId();
    rules = Promise.all([listSpendControlRules(partner, clientId), listAppliedSpendControlRuleIds(partner, clientId)]).then(([all, applied]) => {
      const appliedIds = new Set(applied);
      return all.map((rule) => toSpendControlRule(rule, appliedIds));
    });
    perRequest.set(ctx, rules);
  }
  return rules;
}

/** Forgets this request's read, after a mutation changed the rules. */
export function forgetSpendControlRules(ctx: Context): void {
  perRequest.delete(ctx);
}
