import type { WiseSpendControlRule } from "../../wise/schemas/spend-controls.js";
import { SpendControlOperation, SpendControlRuleType } from "./spend-control.enums.js";
import { SpendControlRule } from "./spend-control.type.js";

const TYPES = new Set<string>(Object.values(SpendControlRuleType));
const OPERATIONS = new Set<string>(Object.values(SpendControlOperation));

export function toSpendControlRule(wise: WiseSpendControlRule, appliedIds: ReadonlySet<number>): SpendControlRule {
  return Object.assign(new SpendControlRule(), {
    wiseId: wise.id,
    type: TYPES.has(wise.type) ? (wise.type as SpendControlRuleType) : null,
    wiseType: wise.type,
    operation: OPERATIONS.has(wise.operation) ? (wise.operation as SpendControlOperation) : null,
    wiseOperation: wise.operation,
    description: wise.description || null,
    values: [...wise.values],
    applied: appliedIds.has(wise.id),
  });
}
