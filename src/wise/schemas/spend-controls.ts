import { z } from "zod";
import { wiseId } from "./common.js";

/** An authorisation rule (`/v3/spend/applications/{clientId}/spend-controls/rules`). Type and operation stay strings: Wise may add values. */
export const wiseSpendControlRule = z.object({
  id: wiseId,
  type: z.string(),
  operation: z.string(),
  description: z.string().nullish(),
  values: z.array(z.string()),
});

export type WiseSpendControlRule = z.infer<typeof wiseSpendControlRule>;

/** `GET .../rules/applied`: the ids of the applied rules. */
export const wiseAppliedSpendControlRules = z.array(z.object({ ruleId: wiseId }));

/** What a rule creation sends. */
export interface WiseSpendControlRuleRequest {
  type: "MCC" | "CURRENCY";
  operation: "ALLOW" | "BLOCK";
  description?: string;
  values: string[];
}
