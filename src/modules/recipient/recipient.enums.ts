import { registerEnumType } from "type-graphql";

export enum LegalEntityType {
  PERSON = "PERSON",
  BUSINESS = "BUSINESS",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(LegalEntityType, {
  name: "LegalEntityType",
  description: "Whether a recipient is a person or a business.",
  valuesConfig: {
    PERSON: { description: "A private individual." },
    BUSINESS: { description: "A company or other organisation." },
    UNKNOWN: { description: "Wise did not say, or used a value this API does not know yet." },
  },
});
