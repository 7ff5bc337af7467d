// The body of a rule creation, `{type, operation, description?, values}`, checked as Wise checks
// a body: wrong JSON types are 400, missing fields 400 `NotNull` (all listed), then the values
// 422 `NOT_VALID` (all listed): an MCC is four digits, a currency one Wise knows (ISO 4217,
// upper case), at least one value. Nothing is made when any check fails.

import { badRequest, wiseErrors, type WiseErrorItem } from "../../http.js";
import { jsonBody, optString } from "../../body.js";
import type { OpenCtx } from "../../route.js";
import { SPEND_CONTROL_OPERATIONS, SPEND_CONTROL_RULE_TYPES, type SpendControlOperation, type SpendControlRuleType } from "./state.js";

/** Bounds on the sandbox's memory (Wise publishes none): a description's length, a rule's values. */
export const MAX_RULE_DESCRIPTION = 255;
export const MAX_RULE_VALUES = 1000;

const MCC = /^\d{4}$/;

export interface RuleRequest {
  type: SpendControlRuleType;
  operation: SpendControlOperation;
  description: string | null;
  values: string[];
}

const notNull = (path: string): WiseErrorItem => ({ code: "NotNull", message: "must not be null", path, arguments: [] });
const notValid = (path: string, message: string, value: string): WiseErrorItem => ({ code: "NOT_VALID", message, path, arguments: [path, value] });

function enumField<T extends string>(raw: string | undefined, name: string, allowed: readonly T[]): T | undefined {
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(raw)) throw badRequest(`JSON parse error: '${name}' should be one of ${allowed.join(", ")}`);
  return raw as T;
}

/** Reads and checks a creation body; throws Wise's 400 or 422. */
export async function ruleRequest(ctx: OpenCtx): Promise<RuleRequest> {
  const body = await jsonBody(ctx);
  const type = enumField(optString(body, "type"), "type", SPEND_CONTROL_RULE_TYPES);
  const operation = enumField(optString(body, "operation"), "operation", SPEND_CONTROL_OPERATIONS);
  const description = optString(body, "description") ?? null;
  const rawValues = body.values;
  if (rawValues !== undefined && rawValues !== null && (!Array.isArray(rawValues) || rawValues.some((v) => typeof v !== "string"))) {
    throw badRequest("JSON parse error: 'values' should be a list of 'String'");
  }
  const values = (rawValues ?? undefined) as string[] | undefined;

  const missing: WiseErrorItem[] = [];
  if (type === undefined) missing.push(notNull("type"));
  if (operation === undefined) missing.push(notNull("operation"));
  if (values === undefined) missing.push(notNull("values"));
  if (missing.length > 0 || type === undefined || operation === undefined || values === undefined) throw wiseErrors(400, ...missing);

  const problems: WiseErrorItem[] = [];
  if (description !== null && description.length > MAX_RULE_DESCRIPTION) {
    problems.push(notValid("description", `The description must be at most ${MAX_RULE_DESCRIPTION} characters long.`, description.slice(0, 20)));
  }
  if (values.length === 0) problems.push(notValid("values", "At least one value is needed.", ""));
  else if (values.length > MAX_RULE_VALUES) problems.push(notValid("values", `At most ${MAX_RULE_VALUES} values per rule.`, String(values.length)));
  else {
    values.forEach((value, i) => {
      if (type === "MCC" && !MCC.test(value)) problems.push(notValid(`values[${i}]`, "A merchant category code is four digits, e.g. 7995.", value));
      if (type === "CURRENCY" && !ctx.store.currencies.some((c) => c.code === value)) {
        problems.push(notValid(`values[${i}]`, "Not a currency code Wise knows (ISO 4217, upper case, e.g. GBP).", value));
      }
    });
  }
  if (problems.length > 0) throw wiseErrors(422, ...problems);
  return { type, operation, description, values: [...values] };
}
