import { Field, ObjectType } from "type-graphql";
import { DateScalar, SafeIntScalar } from "../../common/scalars/index.js";
import { ContactDetails } from "../profile/contact-details.type.js";

@ObjectType({ simpleResolvers: true, description: "A representative's home address, with Wise's profile field names." })
export class RepresentativeAddress {
  @Field(() => String, { nullable: true, description: "First line of the address." })
  addressFirstLine!: string | null;

  @Field(() => String, { nullable: true, description: "City." })
  city!: string | null;

  @Field(() => String, { nullable: true, description: "Country as a lowercase ISO 3166-1 alpha-3 code." })
  countryIso3Code!: string | null;

  @Field(() => String, { nullable: true, description: "Post code." })
  postCode!: string | null;

  @Field(() => String, { nullable: true, description: "State code, where the country has states." })
  stateCode!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "The person who acts for a business profile at Wise; one person may represent several businesses." })
export class BusinessRepresentative {
  @Field(() => SafeIntScalar, { description: "Wise's id of the representative; name it in businessRepresentativeId to have them represent another business." })
  wiseId!: number;

  @Field(() => String, { nullable: true, description: "First name, middle names included." })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: "Last name." })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: "Preferred first name." })
  preferredName!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date of birth." })
  dateOfBirth!: string | null;

  @Field(() => RepresentativeAddress, { nullable: true, description: "Home address." })
  address!: RepresentativeAddress | null;

  @Field(() => ContactDetails, { nullable: true, description: "How Wise contacts the representative." })
  contactDetails!: ContactDetails | null;
}
