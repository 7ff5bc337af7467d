import { registerEnumType } from "type-graphql";

export enum OriginatorLegalEntityType {
  PRIVATE = "PRIVATE",
  BUSINESS = "BUSINESS",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(OriginatorLegalEntityType, {
  name: "OriginatorLegalEntityType",
  description: "Whether the originator of a third-party transfer is a person or a business.",
  valuesConfig: {
    PRIVATE: { description: "A private individual." },
    BUSINESS: { description: "A company or other organisation." },
    UNKNOWN: { description: "Wise used a value this API does not know yet; not accepted as input." },
  },
});
