import { Field, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "../../common/scalars/index.js";

@InputType({ description: "A director of a business." })
export class BusinessDirectorInput {
  @Field({ description: "The director's first name." })
  firstName!: string;

  @Field({ description: "The director's last name." })
  lastName!: string;

  @Field(() => DateScalar, { description: "The director's date of birth." })
  dateOfBirth!: Date;

  @Field({ description: "The country the director lives in, as an ISO 3166-1 alpha-3 code (`USA`, any case)." })
  countryOfResidence!: string;
}

@InputType({ description: "An ultimate beneficial owner of a business." })
export class UltimateBeneficialOwnerInput {
  @Field({ description: "The owner's full name." })
  name!: string;

  @Field(() => DateScalar, { description: "The owner's date of birth." })
  dateOfBirth!: Date;

  @Field({ description: "The country the owner lives in, as an ISO 3166-1 alpha-3 code (`GBR`, any case)." })
  countryOfResidence!: string;

  @Field({ description: "The first line of the owner's address." })
  addressFirstLine!: string;

  @Field({ description: "The post code of the owner's address." })
  postCode!: string;

  @Field(() => Int, {
    nullable: true,
    description: "The share of the business the owner holds, in whole percent from 1 to 100; null where Wise does not ask for it. All owners together hold at most 100.",
  })
  ownershipPercentage?: number | null;
}

@InputType({ description: "Directors to add to a business profile." })
export class BusinessDirectorsAddInput {
  @Field(() => ID, { description: "The BusinessProfile." })
  profileId!: string;

  @Field(() => [BusinessDirectorInput], { description: "The directors to add (at most 100), after the ones the profile has." })
  directors!: BusinessDirectorInput[];
}

@InputType({ description: "The complete list of a business profile's directors." })
export class BusinessDirectorsReplaceInput {
  @Field(() => ID, { description: "The BusinessProfile." })
  profileId!: string;

  @Field(() => [BusinessDirectorInput], { description: "Every director of the business (at most 100); the ones the profile had are removed. An empty list removes them all." })
  directors!: BusinessDirectorInput[];
}

@InputType({ description: "Ultimate beneficial owners to add to a business profile." })
export class UltimateBeneficialOwnersAddInput {
  @Field(() => ID, { description: "The BusinessProfile." })
  profileId!: string;

  @Field(() => [UltimateBeneficialOwnerInput], { description: "The owners to add (at most 100), after the ones the profile has." })
  owners!: UltimateBeneficialOwnerInput[];
}

@InputType({ description: "The complete list of a business profile's ultimate beneficial owners." })
export class UltimateBeneficialOwnersReplaceInput {
  @Field(() => ID, { description: "The BusinessProfile." })
  profileId!: string;

  @Field(() => [UltimateBeneficialOwnerInput], { description: "Every owner of the business (at most 100); the ones the profile had are removed. An empty list removes them all." })
  owners!: UltimateBeneficialOwnerInput[];
}
