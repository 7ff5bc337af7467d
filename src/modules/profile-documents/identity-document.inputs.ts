import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../../common/scalars/index.js";
import { DocumentSex, IdentityDocumentType } from "./identity-document.enums.js";

@InputType({ description: "An identification document to add to a personal profile." })
export class IdentityDocumentCreateInput {
  @Field(() => ID, { description: "The PersonalProfile (a business profile has no identification documents)." })
  profileId!: string;

  @Field(() => IdentityDocumentType, { description: "What kind of document it is. A document of a kind the profile already has replaces it." })
  type!: IdentityDocumentType;

  @Field({ description: "The document's number or value, at most 30 characters: 9 digits for SSN, an amount in digits for FINANCIAL_CAPACITY_BR." })
  uniqueIdentifier!: string;

  @Field(() => String, { nullable: true, description: "The first name on the document." })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: "The last name on the document." })
  lastName?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When the document was issued." })
  issueDate?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "When the document expires." })
  expiryDate?: Date | null;

  @Field(() => String, { nullable: true, description: "The country that issued it, as an ISO 3166-1 alpha-2 code (`US`)." })
  issuerCountry?: string | null;

  @Field(() => String, { nullable: true, description: "The state that issued it, as its code (`NY`)." })
  issuerState?: string | null;

  @Field(() => String, { nullable: true, description: "The person's nationality, as an ISO 3166-1 alpha-2 code." })
  nationality?: string | null;

  @Field(() => String, { nullable: true, description: "EMIRATES_EMPLOYER only: the employer's name." })
  employerName?: string | null;

  @Field(() => String, { nullable: true, description: "EMIRATES_EMPLOYER only: the employer's city." })
  employerCity?: string | null;

  @Field(() => String, { nullable: true, description: "EMIRATES_EMPLOYER only: the employer's country, as an ISO 3166-1 alpha-2 code." })
  employerCountry?: string | null;

  @Field(() => String, { nullable: true, description: "The person's city of birth (for EMIRATES_PLACE_OF_BIRTH)." })
  birthCity?: string | null;

  @Field(() => String, { nullable: true, description: "The person's country of birth, as an ISO 3166-1 alpha-2 code (for EMIRATES_PLACE_OF_BIRTH)." })
  birthCountry?: string | null;
}

@InputType({
  description:
    "The complete details of an identification document a personal profile already has, replacing them: a field left out becomes empty at Wise. Only for a partner Wise onboarded for KYC (the server's client id is sent).",
})
export class IdentityDocumentUpdateInput {
  @Field(() => ID, { description: "The PersonalProfile." })
  profileId!: string;

  @Field(() => IdentityDocumentType, { description: "The kind of the document to update; the profile must have one." })
  type!: IdentityDocumentType;

  @Field(() => String, { nullable: true, description: "The document's number or value, at most 30 characters." })
  uniqueIdentifier?: string | null;

  @Field(() => String, { nullable: true, description: "The first name on the document." })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: "The last name on the document." })
  lastName?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "When the document was issued." })
  issueDate?: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "When the document expires." })
  expiryDate?: Date | null;

  @Field(() => String, { nullable: true, description: "The country that issued it, as an ISO 3166-1 alpha-2 code." })
  issuerCountry?: string | null;

  @Field(() => String, { nullable: true, description: "The state that issued it, as its code." })
  issuerState?: string | null;

  @Field(() => String, { nullable: true, description: "The person's nationality, as an ISO 3166-1 alpha-2 code." })
  nationality?: string | null;

  @Field(() => DocumentSex, { nullable: true, description: "The sex the document states." })
  sex?: DocumentSex | null;

  @Field(() => String, { nullable: true, description: "The place of birth the document states." })
  placeOfBirth?: string | null;
}
