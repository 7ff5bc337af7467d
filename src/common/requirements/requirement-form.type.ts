import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

// The parts of Wise's dynamic requirement forms (recipient accounts, addresses): one set of
// types for every form, so a client renders them all with one component. The names keep the
// "Recipient" prefix they were published with.

export enum RecipientFieldType {
  TEXT = "TEXT",
  SELECT = "SELECT",
  RADIO = "RADIO",
  DATE = "DATE",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(RecipientFieldType, {
  name: "RecipientFieldType",
  description: "The kind of input a form field needs (in a recipient or an address form).",
  valuesConfig: {
    TEXT: { description: "Free text, checked against `validationPattern` and the length limits." },
    SELECT: { description: "One of `allowedValues`, as a drop-down." },
    RADIO: { description: "One of `allowedValues`, as radio buttons." },
    DATE: { description: "A date, formatted as `displayFormat` says." },
    UNKNOWN: { description: "An input kind Wise added after this API was built; render it as text." },
  },
});

@ObjectType({ simpleResolvers: true, description: "One allowed value of a select or radio field." })
export class RecipientFieldOption {
  @Field({ description: "The value to send." })
  key!: string;

  @Field(() => String, { nullable: true, description: "The label to show." })
  name!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One input of a form (a recipient's or an address's), with everything needed to render and validate it." })
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

@ObjectType({ simpleResolvers: true, description: "A group of inputs shown under one label (most groups hold one field)." })
export class RecipientFieldGroup {
  @Field(() => String, { nullable: true, description: "The group's label." })
  name!: string | null;

  @Field(() => [RecipientField], { description: "The inputs of the group." })
  fields!: RecipientField[];
}

@InputType({ description: "One answer of a form (a recipient's or an address's): a field key and its value." })
export class RecipientFieldInput {
  @Field({ description: 'The field\'s key from RecipientField.key, such as "IBAN" or "address.country".' })
  key!: string;

  @Field({ description: "The value entered." })
  value!: string;
}
