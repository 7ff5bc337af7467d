import { Field, ID, InputType } from "type-graphql";
import { DateScalar, SafeIntScalar, UUIDScalar } from "../../common/scalars/index.js";
import { BusinessRepresentativeUpdateContext, CompanyRole, CompanyType } from "./profile-write.enums.js";

@InputType({ description: "An address of a profile or representative, with the field names Wise uses for profiles." })
export class ProfileAddressInput {
  @Field({ description: "First line of the address." })
  addressFirstLine!: string;

  @Field({ description: "City." })
  city!: string;

  @Field({ description: "Country as a three-letter ISO 3166-1 alpha-3 code, such as gbr or usa." })
  countryIso3Code!: string;

  @Field(() => String, { nullable: true, description: "Post code (at most 30 characters)." })
  postCode?: string | null;

  @Field(() => String, { nullable: true, description: "State code (at most 5 characters); required for US, CA, BR and AU addresses." })
  stateCode?: string | null;
}

@InputType({ description: "How Wise contacts the person." })
export class ContactDetailsInput {
  @Field({ description: "Contact email address." })
  email!: string;

  @Field({ description: "Contact phone number in international format, such as +14085550123." })
  phoneNumber!: string;
}

@InputType({ description: "A person's details: a personal profile's, created or replaced whole." })
export class PersonalProfileDetailsInput {
  @Field({ description: "First name, middle names included (at most 30 characters; truncate longer ones)." })
  firstName!: string;

  @Field({ description: "Last name (at most 30 characters)." })
  lastName!: string;

  @Field(() => String, { nullable: true, description: "Preferred first name, if not the legal one (at most 30 characters)." })
  preferredName?: string | null;

  @Field(() => String, { nullable: true, description: "First name in katakana; needed for personal transfers from JPY." })
  firstNameInKana?: string | null;

  @Field(() => String, { nullable: true, description: "Last name in katakana; needed for personal transfers from JPY." })
  lastNameInKana?: string | null;

  @Field(() => DateScalar, { description: "Date of birth." })
  dateOfBirth!: Date;

  @Field(() => ProfileAddressInput, { description: "The person's home address." })
  address!: ProfileAddressInput;

  @Field(() => String, { nullable: true, description: "Nationality as an ISO 3166-1 alpha-3 code." })
  nationality?: string | null;

  @Field(() => ContactDetailsInput, { description: "How Wise contacts the person." })
  contactDetails!: ContactDetailsInput;

  @Field(() => [String], { nullable: true, description: "Occupations in free form; required for CA, IN, JP, ID, IL, MX and the US state NM." })
  occupations?: string[] | null;

  @Field(() => String, { nullable: true, description: "Your own reference for this customer." })
  externalCustomerId?: string | null;
}

@InputType({ description: "The person who represents a new business (every field required), or the details of the representative to change." })
export class BusinessRepresentativeDetailsInput {
  @Field(() => String, { nullable: true, description: "First name, middle names included." })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: "Last name." })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: "Preferred first name, if not the legal one." })
  preferredName?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date of birth." })
  dateOfBirth?: Date | null;

  @Field(() => ProfileAddressInput, { nullable: true, description: "The person's home address." })
  address?: ProfileAddressInput | null;

  @Field(() => ContactDetailsInput, { nullable: true, description: "How Wise contacts the person." })
  contactDetails?: ContactDetailsInput | null;
}

@InputType({ description: "A business's details. On creation the name, legal form, role, address and both categories are required; on update only the fields given change." })
export class BusinessProfileDetailsInput {
  @Field(() => String, { nullable: true, description: "Registered business name." })
  businessName?: string | null;

  @Field(() => String, { nullable: true, description: "Business name in katakana (Japanese businesses only)." })
  businessNameInKatakana?: string | null;

  @Field(() => String, { nullable: true, description: "Company registration number." })
  registrationNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Australian Company Number (Australian businesses only)." })
  acn?: string | null;

  @Field(() => String, { nullable: true, description: "Australian Business Number (Australian businesses only)." })
  abn?: string | null;

  @Field(() => String, { nullable: true, description: "Australian Registered Body Number (Australian businesses only)." })
  arbn?: string | null;

  @Field(() => CompanyType, { nullable: true, description: "Legal form." })
  companyType?: CompanyType | null;

  @Field(() => CompanyRole, { nullable: true, description: "The managing person's role in the business." })
  companyRole?: CompanyRole | null;

  @Field(() => String, { nullable: true, description: "What the business does, in free form; required for companyType OTHER." })
  businessFreeFormDescription?: string | null;

  @Field(() => String, { nullable: true, description: "Wise's business category, such as CONSULTING_IT_BUSINESS_SERVICES." })
  firstLevelCategory?: string | null;

  @Field(() => String, { nullable: true, description: "A sub-category of firstLevelCategory, such as DESIGN." })
  secondLevelCategory?: string | null;

  @Field(() => String, { nullable: true, description: "The business website; required for companyType OTHER." })
  webpage?: string | null;

  @Field(() => ProfileAddressInput, { nullable: true, description: "Registered address." })
  address?: ProfileAddressInput | null;

  @Field(() => [ProfileAddressInput], { nullable: true, description: "Where the business operates; given on update, it replaces the list." })
  operationalAddresses?: ProfileAddressInput[] | null;

  @Field(() => String, { nullable: true, description: "Your own reference for this customer." })
  externalCustomerId?: string | null;

  @Field(() => String, { nullable: true, description: "Email of the person making the change." })
  actorEmail?: string | null;
}

@InputType({ description: "A new business profile." })
export class BusinessProfileCreateInput extends BusinessProfileDetailsInput {
  @Field(() => BusinessRepresentativeDetailsInput, {
    nullable: true,
    description:
      "The person who represents the business, when not the caller's personal profile. Without it (and without businessRepresentativeId) the caller's personal profile manages the business, and must exist.",
  })
  businessRepresentative?: BusinessRepresentativeDetailsInput | null;

  @Field(() => SafeIntScalar, {
    nullable: true,
    description: "Wise's id of a representative of another of the caller's businesses, to share them; instead of businessRepresentative.",
  })
  businessRepresentativeId?: number | null;
}

@InputType({ description: "A new profile: exactly one of personal and business." })
export class ProfileCreateInput {
  @Field(() => PersonalProfileDetailsInput, { nullable: true, description: "The caller's personal profile (a user has at most one)." })
  personal?: PersonalProfileDetailsInput | null;

  @Field(() => BusinessProfileCreateInput, { nullable: true, description: "A business profile." })
  business?: BusinessProfileCreateInput | null;

  @Field(() => UUIDScalar, { description: "A UUID made once per intent and reused on retries: the same key never creates a second profile." })
  idempotencyKey!: string;
}

@InputType({
  description: "New details for a profile: personal for a PersonalProfile, business for a BusinessProfile. A verified profile changes only while its update window is open.",
})
export class ProfileUpdateInput {
  @Field(() => ID, { description: "The global ID of the profile." })
  profileId!: string;

  @Field(() => PersonalProfileDetailsInput, { nullable: true, description: "Every detail of the personal profile (they replace the old ones)." })
  personal?: PersonalProfileDetailsInput | null;

  @Field(() => BusinessProfileDetailsInput, { nullable: true, description: "The business details to change." })
  business?: BusinessProfileDetailsInput | null;
}

@InputType({ description: "The profile whose update window opens or closes." })
export class ProfileUpdateWindowInput {
  @Field(() => ID, { description: "The global ID of the profile." })
  profileId!: string;
}

@InputType({ description: "A change of a business's representative." })
export class BusinessRepresentativeUpdateInput extends BusinessRepresentativeDetailsInput {
  @Field(() => ID, { description: "The global ID of the BusinessProfile." })
  profileId!: string;

  @Field(() => BusinessRepresentativeUpdateContext, { description: "Change the representative's details, or hand the business to a new person." })
  updateContext!: BusinessRepresentativeUpdateContext;

  @Field(() => String, { nullable: true, description: "Email of the person making the change." })
  actorEmail?: string | null;
}
