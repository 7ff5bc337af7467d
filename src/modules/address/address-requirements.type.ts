import { Field, ObjectType } from "type-graphql";
import { RecipientFieldGroup } from "../../common/requirements/requirement-form.type.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "The form Wise needs to create an address, for the answers given so far. Its fields use the same types as a recipient's form; each field's key names the AddressCreateInput field to fill.",
})
export class AddressRequirements {
  @Field(() => [RecipientFieldGroup], { description: "The form's inputs, grouped, in display order." })
  fieldGroups!: RecipientFieldGroup[];
}
