import { registerEnumType } from "type-graphql";

/** The kinds of identification document Wise takes for a personal profile. */
export enum IdentityDocumentType {
  DRIVERS_LICENCE = "DRIVERS_LICENCE",
  IDENTITY_CARD = "IDENTITY_CARD",
  GREEN_CARD = "GREEN_CARD",
  MY_NUMBER = "MY_NUMBER",
  PASSPORT = "PASSPORT",
  SSN = "SSN",
  EMIRATES_EMPLOYER = "EMIRATES_EMPLOYER",
  EMIRATES_PLACE_OF_BIRTH = "EMIRATES_PLACE_OF_BIRTH",
  CPF_CNPJ = "CPF_CNPJ",
  FINANCIAL_CAPACITY_BR = "FINANCIAL_CAPACITY_BR",
  OTHER = "OTHER",
}

registerEnumType(IdentityDocumentType, {
  name: "IdentityDocumentType",
  description: "A kind of identification document of a person.",
  valuesConfig: {
    DRIVERS_LICENCE: { description: "A driving licence." },
    IDENTITY_CARD: { description: "A national identity card." },
    GREEN_CARD: { description: "A United States permanent resident card." },
    MY_NUMBER: { description: "A Japanese My Number (individual number)." },
    PASSPORT: { description: "A passport." },
    SSN: { description: "A United States social security number: uniqueIdentifier is its 9 digits." },
    EMIRATES_EMPLOYER: { description: "The person's employer in the United Arab Emirates: give employerName, employerCity and employerCountry." },
    EMIRATES_PLACE_OF_BIRTH: { description: "The person's place of birth, for the United Arab Emirates: give birthCity and birthCountry." },
    CPF_CNPJ: { description: "A Brazilian CPF or CNPJ number." },
    FINANCIAL_CAPACITY_BR: { description: "A person's financial capacity in Brazil: uniqueIdentifier is the amount, in digits (`150000.00`)." },
    OTHER: { description: "Another kind of document." },
  },
});

/** The sex a document states. */
export enum DocumentSex {
  MALE = "MALE",
  FEMALE = "FEMALE",
}

registerEnumType(DocumentSex, {
  name: "DocumentSex",
  description: "The sex an identification document states.",
  valuesConfig: { MALE: { description: "Male." }, FEMALE: { description: "Female." } },
});
