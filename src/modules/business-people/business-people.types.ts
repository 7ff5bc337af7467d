import { Field, Int, ObjectType } from "type-graphql";
import { DateScalar, SafeIntScalar } from "../../common/scalars/index.js";

@ObjectType({ simpleResolvers: true, description: "A director of a business, as the business profile declares them to Wise." })
export class BusinessDirector {
  @Field(() => SafeIntScalar, { description: "Wise's id of this director. Replacing the directors (businessDirectorsReplace) gives every director a new one." })
  wiseId!: number;

  @Field(() => String, { nullable: true, description: "The director's first name." })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: "The director's last name." })
  lastName!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The director's date of birth." })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true, description: "The country the director lives in, as an ISO 3166-1 alpha-3 code in upper case (`USA`)." })
  countryOfResidence!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A person who ultimately owns or controls a business (an ultimate beneficial owner, UBO)." })
export class UltimateBeneficialOwner {
  @Field({ description: "Wise's id of this owner (32 hex digits). Replacing the owners (ultimateBeneficialOwnersReplace) gives every owner a new one." })
  wiseId!: string;

  @Field(() => String, { nullable: true, description: "The owner's full name." })
  name!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "The owner's date of birth." })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true, description: "The country the owner lives in, as an ISO 3166-1 alpha-3 code in upper case (`GBR`)." })
  countryOfResidence!: string | null;

  @Field(() => String, { nullable: true, description: "The first line of the owner's address." })
  addressFirstLine!: string | null;

  @Field(() => String, { nullable: true, description: "The post code of the owner's address." })
  postCode!: string | null;

  @Field(() => Int, { nullable: true, description: "The share of the business the owner holds, in whole percent; null where Wise does not ask for it." })
  ownershipPercentage!: number | null;
}
