import { Field, ID, InputType } from "type-graphql";
import { DateScalar } from "../../common/scalars/index.js";
import { OriginatorLegalEntityType } from "./third-party-transfer.enums.js";

@InputType({ description: "The originator's address." })
export class TransferOriginatorAddressInput {
  @Field({ description: "Street and number." })
  firstLine!: string;

  @Field({ description: "City." })
  city!: string;

  @Field(() => String, { nullable: true, description: "State code: required for addresses in US, CA, BR and AU." })
  stateCode?: string | null;

  @Field({ description: 'Two-letter ISO 3166-1 country code, such as "DE".' })
  countryCode!: string;

  @Field(() => String, { nullable: true, description: "Post code." })
  postCode?: string | null;
}

@InputType({
  description:
    "The person or business the transfer is sent for. A PRIVATE originator needs givenName, familyName, dateOfBirth and accountDetails; a BUSINESS one fullName and businessRegistrationCode.",
})
export class TransferOriginatorInput {
  @Field(() => OriginatorLegalEntityType, { description: "Whether the originator is a person or a business." })
  legalEntityType!: OriginatorLegalEntityType;

  @Field({ description: "The partner's own id of the originator, the same for all their transfers." })
  reference!: string;

  @Field(() => String, { nullable: true, description: "A person's given name." })
  givenName?: string | null;

  @Field(() => [String], { nullable: true, description: "A person's middle names." })
  middleNames?: string[] | null;

  @Field(() => String, { nullable: true, description: "A person's family name." })
  familyName?: string | null;

  @Field(() => String, { nullable: true, description: "A person's patronymic name, where one is used." })
  patronymicName?: string | null;

  @Field(() => String, { nullable: true, description: "A business's full legal name." })
  fullName?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "A person's date of birth." })
  dateOfBirth?: Date | null;

  @Field(() => String, { nullable: true, description: "Two-letter nationality, required by Wise for some routes (e.g. to UGX)." })
  nationality?: string | null;

  @Field(() => String, { nullable: true, description: "A business's registration (incorporation) number." })
  businessRegistrationCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "A business's registration date, required by Wise for some routes." })
  businessRegistrationDate?: Date | null;

  @Field(() => TransferOriginatorAddressInput, { description: "The originator's address." })
  address!: TransferOriginatorAddressInput;

  @Field(() => String, { nullable: true, description: "The originator's account number the money comes from." })
  accountDetails?: string | null;
}

@InputType({ description: "A transfer a partner sends for one of its own customers (the originator)." })
export class TransferThirdPartyCreateInput {
  @Field(() => ID, { description: "The global ID of the quote that prices the transfer; a quote backs only one transfer." })
  quoteId!: string;

  @Field(() => ID, { description: "The global ID of the recipient." })
  recipientId!: string;

  @Field({
    description: "The transfer's id in the partner's system (1 to 64 characters), made once per intent and reused on every retry: Wise never makes a second transfer for it.",
  })
  originalTransferId!: string;

  @Field(() => String, { nullable: true, description: "The reference the recipient sees." })
  reference?: string | null;

  @Field(() => TransferOriginatorInput, { description: "Who the money is sent for." })
  originator!: TransferOriginatorInput;
}
