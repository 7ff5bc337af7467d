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

export enum RecipientFieldType {
  TEXT = "TEXT",
  SELECT = "SELECT",
  RADIO = "RADIO",
  DATE = "DATE",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(RecipientFieldType, {
  name: "RecipientFieldType",
  description: "The kind of input a recipient form field needs.",
  valuesConfig: {
    TEXT: { description: "Free text, checked against `validationPattern` and the length limits." },
    SELECT: { description: "One of `allowedValues`, as a drop-down." },
    RADIO: { description: "One of `allowedValues`, as radio buttons." },
    DATE: { description: "A date, formatted as `displayFormat` says." },
    UNKNOWN: { description: "An input kind Wise added after this API was built; render it as text." },
  },
});
