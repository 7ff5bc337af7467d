// The rule as Wise answers it; a rule made without a description has none.

import type { SpendControlRuleRecord } from "./state.js";

export function ruleView(rule: SpendControlRuleRecord): Record<string, unknown> {
  return {
    id: rule.id,
    ...(rule.description !== null ? { description: rule.description } : {}),
    type: rule.type,
    operation: rule.operation,
    values: [...rule.values],
  };
}
