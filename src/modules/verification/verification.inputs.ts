import { Field, ID, InputType } from "type-graphql";
import type { FileUpload } from "graphql-upload/processRequest.mjs";
import { UploadScalar } from "../../common/upload.js";
import { AccountPurpose, AnnualIncome, BusinessUseCase, FundingSource, IncomeSource, MonthlyVolume, VerificationDocumentType, YearlyVolume } from "./verification.enums.js";

@InputType({
  description:
    "Evidences for Wise's additional verification. A personal profile takes accountPurpose, accountPurposeExplanation, intendedCountries, yearlyAnticipatedVolume, mainSourceOfIncome with annualIncome, and incomeExplanation; a business profile takes businessUseCase, intendedCountries, mainSourceOfFunding and monthlyAnticipatedVolume. An evidence given again replaces the earlier answer.",
})
export class VerificationEvidencesSubmitInput {
  @Field(() => ID, { description: "The PersonalProfile or BusinessProfile the evidences are for." })
  profileId!: string;

  @Field(() => AccountPurpose, { nullable: true, description: "Personal: the main reason for using Wise." })
  accountPurpose?: AccountPurpose | null;

  @Field(() => String, { nullable: true, description: "Personal: more reasons and examples, in free text." })
  accountPurposeExplanation?: string | null;

  @Field(() => [String], { nullable: true, description: "The countries money is sent to or received from, as ISO 3166-1 alpha-3 codes (`deu`, `esp`)." })
  intendedCountries?: string[] | null;

  @Field(() => YearlyVolume, { nullable: true, description: "Personal: the yearly amount expected." })
  yearlyAnticipatedVolume?: string | null;

  @Field(() => IncomeSource, { nullable: true, description: "Personal: the main source of income; give annualIncome with it." })
  mainSourceOfIncome?: IncomeSource | null;

  @Field(() => AnnualIncome, { nullable: true, description: "Personal: the annual income; give mainSourceOfIncome with it." })
  annualIncome?: string | null;

  @Field(() => String, { nullable: true, description: "Personal: other income the documents do not show, in free text." })
  incomeExplanation?: string | null;

  @Field(() => [BusinessUseCase], { nullable: true, description: "Business: what the business uses Wise for." })
  businessUseCase?: BusinessUseCase[] | null;

  @Field(() => FundingSource, { nullable: true, description: "Business: the main source of funding." })
  mainSourceOfFunding?: FundingSource | null;

  @Field(() => MonthlyVolume, { nullable: true, description: "Business: the monthly amount expected." })
  monthlyAnticipatedVolume?: string | null;
}

@InputType({ description: "A verification document: one or more files of one kind, sent as a GraphQL multipart request." })
export class VerificationDocumentUploadInput {
  @Field(() => ID, { description: "The PersonalProfile or BusinessProfile the document is for." })
  profileId!: string;

  @Field(() => VerificationDocumentType, { description: "What the document proves." })
  documentType!: VerificationDocumentType;

  @Field(() => [UploadScalar], { description: "The document's files (JPEG, PNG or PDF), e.g. both sides of an identity card." })
  files!: Promise<FileUpload>[];
}
