import { Field, ObjectType } from "type-graphql";
import { RecipientFieldGroup } from "../../common/requirements/requirement-form.type.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "The form of the details Wise needs for a transfer of a quote to a recipient (reference, transfer purpose, source of funds), for the answers given so far. Its fields use the same types as a recipient's form; pass the answers to transferCreate.",
})
export class TransferRequirements {
  @Field(() => [RecipientFieldGroup], { description: "The form's inputs, grouped, in display order." })
  fieldGroups!: RecipientFieldGroup[];
}
