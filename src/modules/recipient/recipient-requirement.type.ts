import { Field, ObjectType } from "type-graphql";
import { RecipientFieldGroup } from "../../common/requirements/requirement-form.type.js";

@ObjectType({ simpleResolvers: true, description: "One kind of account a recipient can have for a currency, and the form to create it." })
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
