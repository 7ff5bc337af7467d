import { registerEnumType } from "type-graphql";

/** What a spend-control rule looks at in a card authorisation (Wise's rule `type`). */
export enum SpendControlRuleType {
  MCC = "MCC",
  CURRENCY = "CURRENCY",
}

registerEnumType(SpendControlRuleType, {
  name: "SpendControlRuleType",
  description: "What a spend-control rule looks at in a card authorisation. Wise's rules look at nothing else (no country, no amount: amounts are spend limits).",
  valuesConfig: {
    MCC: { description: "The merchant category code (MCC) of the merchant: values are four digits, e.g. 7995 for gambling." },
    CURRENCY: { description: "The currency the merchant asks to be paid in: values are ISO 4217 codes, e.g. GBP." },
  },
});

/** Whether a rule's values are the only ones let through, or the ones stopped (Wise's rule `operation`). */
export enum SpendControlOperation {
  ALLOW = "ALLOW",
  BLOCK = "BLOCK",
}

registerEnumType(SpendControlOperation, {
  name: "SpendControlOperation",
  description: "What a spend-control rule does with the authorisations its values match.",
  valuesConfig: {
    ALLOW: { description: "Only authorisations that match one of the values pass; every other one is declined (an ALLOW of GBP declines payments in any other currency)." },
    BLOCK: { description: "Authorisations that match one of the values are declined; the others pass." },
  },
});
