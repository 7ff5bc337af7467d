import { Field, InputType, Int, ObjectType } from "type-graphql";
import { RecipientFieldType } from "./recipient.enums.js";

@ObjectType({ description: "One allowed value of a select or radio field." })
export class RecipientFieldOption {
  @Field({ description: "The value to send." })
  key!: string;

  @Field(() => String, { nullable: true, description: "The label to show." })
  name!: string | null;
}

@ObjectType({ description: "One input of the recipient form, with everything needed to render and validate it." })
export class RecipientField {
  @Field({ description: 'The key to send its value under, such as "sortCode" or "address.country".' })
  key!: string;

  @Field(() => String, { nullable: true, description: "The label to show." })
  name!: string | null;

  @Field(() => RecipientFieldType, { description: "The kind of input to render." })
  type!: RecipientFieldType;

  @Field({ description: "Whether a value must be given." })
  required!: boolean;

  @Field({
    description: "When true, ask for the requirements again (passing the answers so far) after this field changes: more fields may appear.",
  })
  refreshRequirementsOnChange!: boolean;

  @Field(() => String, { nullable: true, description: 'How to format the value for display, such as "**-**-**".' })
  displayFormat!: string | null;

  @Field(() => String, { nullable: true, description: "An example value." })
  example!: string | null;

  @Field(() => Int, { nullable: true, description: "The shortest value allowed." })
  minLength!: number | null;

  @Field(() => Int, { nullable: true, description: "The longest value allowed." })
  maxLength!: number | null;

  @Field(() => String, { nullable: true, description: "A regular expression the value must match (Wise's validationRegexp)." })
  validationPattern!: string | null;

  @Field(() => String, { nullable: true, description: "A Wise URL that validates the value remotely, if any." })
  validationAsyncUrl!: string | null;

  @Field(() => [RecipientFieldOption], { nullable: true, description: "The values allowed, for select and radio fields; null for free input." })
  allowedValues!: RecipientFieldOption[] | null;
}

@ObjectType({ description: "A group of inputs shown under one label (most groups hold one field)." })
export class RecipientFieldGroup {
  @Field(() => String, { nullable: true, description: "The group's label." })
  name!: string | null;

  @Field(() => [RecipientField], { description: "The inputs of the group." })
  fields!: RecipientField[];
}

@ObjectType({ description: "One kind of account a recipient can have for a currency, and the form to create it." })
export class RecipientRequirement {
  @Field({ description: 'The account type to pass as RecipientCreateInput.type, such as "iban" or "sort_code".' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'A title for the type, such as "Inside Europe".' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "Extra guidance on when to use this type." })
  usageInfo!: string | null;

  @Field(() => [RecipientFieldGroup], { description: "The form's inputs, grouped, in display order." })
  fieldGroups!: RecipientFieldGroup[];
}

@InputType({ description: "One answer of the recipient form: a field key and its value." })
export class RecipientFieldInput {
  @Field({ description: 'The field\'s key from RecipientField.key, such as "IBAN" or "address.country".' })
  key!: string;

  @Field({ description: "The value entered." })
  value!: string;
}
