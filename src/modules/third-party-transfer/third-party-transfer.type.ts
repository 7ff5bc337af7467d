import { Field, ObjectType } from "type-graphql";
import { OriginatorLegalEntityType } from "./third-party-transfer.enums.js";

@ObjectType({ simpleResolvers: true, description: "The originator's address, as the partner gave it." })
export class TransferOriginatorAddress {
  @Field(() => String, { nullable: true, description: "Street and number." })
  firstLine!: string | null;

  @Field(() => String, { nullable: true, description: "City." })
  city!: string | null;

  @Field(() => String, { nullable: true, description: "State code, for the countries that have one." })
  stateCode!: string | null;

  @Field(() => String, { nullable: true, description: "Two-letter ISO 3166-1 country code." })
  countryCode!: string | null;

  @Field(() => String, { nullable: true, description: "Post code." })
  postCode!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "The person or business a third-party transfer is sent for: the partner's own customer, as the partner described them to Wise.",
})
export class TransferOriginator {
  @Field(() => OriginatorLegalEntityType, { description: "Whether the originator is a person or a business." })
  legalEntityType!: OriginatorLegalEntityType;

  @Field(() => String, { nullable: true, description: "The partner's own id of the originator." })
  reference!: string | null;

  @Field(() => String, { nullable: true, description: "A person's given name." })
  givenName!: string | null;

  @Field(() => [String], { description: "A person's middle names; empty when none." })
  middleNames!: string[];

  @Field(() => String, { nullable: true, description: "A person's family name." })
  familyName!: string | null;

  @Field(() => String, { nullable: true, description: "A person's patronymic name, where one is used." })
  patronymicName!: string | null;

  @Field(() => String, { nullable: true, description: "A business's full legal name." })
  fullName!: string | null;

  @Field(() => String, { nullable: true, description: "A person's date of birth, yyyy-mm-dd." })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true, description: "A business's registration (incorporation) number." })
  businessRegistrationCode!: string | null;

  @Field(() => TransferOriginatorAddress, { nullable: true, description: "The originator's address." })
  address!: TransferOriginatorAddress | null;

  @Field(() => String, { nullable: true, description: "The originator's own account number the money comes from." })
  accountDetails!: string | null;
}
