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

export enum RecipientSort {
  ID_ASC = "ID_ASC",
  ID_DESC = "ID_DESC",
  CURRENCY_ASC = "CURRENCY_ASC",
  CURRENCY_DESC = "CURRENCY_DESC",
}

registerEnumType(RecipientSort, {
  name: "RecipientSort",
  description: "The order of a profile's recipients.",
  valuesConfig: {
    ID_ASC: { description: "Oldest first (by Wise's id): the default." },
    ID_DESC: { description: "Newest first (by Wise's id)." },
    CURRENCY_ASC: { description: "By currency code A to Z, then oldest first." },
    CURRENCY_DESC: { description: "By currency code Z to A (and, within a currency, newest first)." },
  },
});
