// The spend-control rules (Wise's authorisation rules) of each application: made by its
// client-credentials token, enforced on the card authorisations of every card it issued once
// applied. store.spendControls; reset() with the rest of the store.

export type SpendControlRuleType = "MCC" | "CURRENCY";
export const SPEND_CONTROL_RULE_TYPES: readonly SpendControlRuleType[] = ["MCC", "CURRENCY"];

export type SpendControlOperation = "ALLOW" | "BLOCK";
export const SPEND_CONTROL_OPERATIONS: readonly SpendControlOperation[] = ["ALLOW", "BLOCK"];

export interface SpendControlRuleRecord {
  id: number;
  /** The application (API client id) that made the rule; only it sees, applies and deletes it. */
  clientId: string;
  type: SpendControlRuleType;
  operation: SpendControlOperation;
  description: string | null;
  /** Four-digit merchant category codes (MCC) or ISO 4217 currency codes, as the type says. */
  values: string[];
  /** Whether authorisations are checked against it. */
  applied: boolean;
}

/** Above the other card-program ids, so an id never names two things. */
const FIRST_RULE_ID = 8_600_001;

export class SpendControlState {
  rules = new Map<number, SpendControlRuleRecord>();
  private nextRuleId = FIRST_RULE_ID;

  reset(): void {
    this.rules = new Map();
    this.nextRuleId = FIRST_RULE_ID;
  }

  newRuleId(): number {
    return this.nextRuleId++;
  }

  /** The application's rules, oldest first. */
  rulesOf(clientId: string): SpendControlRuleRecord[] {
    return [...this.rules.values()].filter((r) => r.clientId === clientId);
  }

  /** The application's applied rules, oldest first: the ones its cards' authorisations must satisfy. */
  appliedRulesOf(clientId: string): SpendControlRuleRecord[] {
    return this.rulesOf(clientId).filter((r) => r.applied);
  }
}
