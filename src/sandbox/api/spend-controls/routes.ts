// Wise's spend-controls group: an application's authorisation rules, made, listed, applied,
// unapplied and deleted with its client-credentials token (a user's token is refused; another
// application's `clientId` in the path is 403). A rule changes nothing until applied; then every
// authorisation of the application's cards is checked against it (spend-control.check.ts).
// Applying an applied rule, or unapplying one that is not, changes nothing and answers 200;
// an applied rule cannot be deleted (409) until unapplied.

import { jsonBody, optLong } from "../../body.js";
import { forbidden, json, notFound, wiseErrors, type Reply } from "../../http.js";
import { pathLong } from "../../params.js";
import type { PartnerCtx, PartnerRouteDef } from "../../route.js";
import { ruleRequest } from "./request.js";
import type { SpendControlRuleRecord } from "./state.js";
import { ruleView } from "./view.js";

/** Rules one application may hold: a bound on the sandbox's memory (Wise publishes none). */
export const MAX_RULES_PER_APPLICATION = 100;

const OK: Reply = { status: 200, body: "" };

/** The `clientId` path parameter, when it is the calling client's own (403 otherwise). */
function application(ctx: PartnerCtx): string {
  if (ctx.params.clientId !== ctx.client.id) throw forbidden(ctx.path);
  return ctx.client.id;
}

function ruleOf(ctx: PartnerCtx, clientId: string, ruleId: number): SpendControlRuleRecord {
  const rule = ctx.store.spendControls.rules.get(ruleId);
  if (rule === undefined || rule.clientId !== clientId) throw notFound("Rule", "ruleId", String(ruleId));
  return rule;
}

/** The rule `{ruleId}` of an apply or unapply body names (a JSON number or numeric string). */
async function ruleOfBody(ctx: PartnerCtx, clientId: string): Promise<SpendControlRuleRecord> {
  const ruleId = optLong(await jsonBody(ctx), "ruleId");
  if (ruleId === undefined) throw wiseErrors(400, { code: "NotNull", message: "must not be null", path: "ruleId", arguments: [] });
  return ruleOf(ctx, clientId, ruleId);
}

const BASE = "/v3/spend/applications/:clientId/spend-controls/rules";

export const spendControlRoutes: PartnerRouteDef[] = [
  {
    method: "POST",
    path: BASE,
    auth: "partner",
    handler: async (ctx) => {
      const clientId = application(ctx);
      const request = await ruleRequest(ctx);
      const state = ctx.store.spendControls;
      if (state.rulesOf(clientId).length >= MAX_RULES_PER_APPLICATION) {
        throw wiseErrors(422, { code: "rules.limit.exceeded", message: `At most ${MAX_RULES_PER_APPLICATION} rules per application.`, arguments: [] });
      }
      const rule: SpendControlRuleRecord = { id: state.newRuleId(), clientId, ...request, applied: false };
      state.rules.set(rule.id, rule);
      return json(ruleView(rule));
    },
  },
  {
    method: "GET",
    path: BASE,
    auth: "partner",
    handler: (ctx) => json(ctx.store.spendControls.rulesOf(application(ctx)).map(ruleView)),
  },
  {
    method: "POST",
    path: `${BASE}/apply`,
    auth: "partner",
    handler: async (ctx) => {
      (await ruleOfBody(ctx, application(ctx))).applied = true;
      return OK;
    },
  },
  {
    method: "POST",
    path: `${BASE}/unapply`,
    auth: "partner",
    handler: async (ctx) => {
      (await ruleOfBody(ctx, application(ctx))).applied = false;
      return OK;
    },
  },
  {
    method: "GET",
    path: `${BASE}/applied`,
    auth: "partner",
    handler: (ctx) => json(ctx.store.spendControls.appliedRulesOf(application(ctx)).map((rule) => ({ ruleId: rule.id }))),
  },
  {
    method: "DELETE",
    path: `${BASE}/:ruleId`,
    auth: "partner",
    handler: (ctx) => {
      const clientId = application(ctx);
      const rule = ruleOf(ctx, clientId, pathLong(ctx, "ruleId"));
      if (rule.applied) {
        throw wiseErrors(409, { code: "rule.applied", message: "The rule is applied: unapply it before deleting it.", path: "ruleId", arguments: ["ruleId", String(rule.id)] });
      }
      ctx.store.spendControls.rules.delete(rule.id);
      return OK;
    },
  },
];
