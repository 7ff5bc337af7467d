import { Field, ID, InputType } from "type-graphql";
import { RecipientFieldInput } from "../../common/requirements/requirement-form.type.js";

@InputType({ description: "The answers given so far to the address form, to get the fields they make necessary." })
export class AddressRequirementsInput {
  @Field(() => [RecipientFieldInput], {
    nullable: true,
    description:
      'The answers so far by field key, such as { key: "country", value: "US" }. Pass them after a field with refreshRequirementsOnChange changes: the form may grow (a state for US, CA, BR and AU; occupations where Wise needs them).',
  })
  details?: RecipientFieldInput[] | null;
}

@InputType({ description: "A new address for a profile. Each field is the answer to the address form's field of the same key (see addressRequirements)." })
export class AddressCreateInput {
  @Field(() => ID, { description: "The global ID of the profile the address belongs to." })
  profileId!: string;

  @Field({ description: 'Two-letter ISO 3166-1 country code, such as "GB" (form key "country").' })
  country!: string;

  @Field(() => String, { nullable: true, description: 'State or province code, such as "AZ"; required for US, CA, BR and AU addresses (form key "state").' })
  state?: string | null;

  @Field({ description: 'City or town (form key "city").' })
  city!: string;

  @Field({ description: 'Postal code, at most 30 characters (form key "postCode").' })
  postCode!: string;

  @Field({ description: 'First line: street, house, apartment (form key "firstLine").' })
  firstLine!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'The holder\'s occupations, in free text, such as "Software Engineer"; required in CA, IN, JP, ID, IL, MX and the US state NM (form key "occupations").',
  })
  occupations?: string[] | null;
}
