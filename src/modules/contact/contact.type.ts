import { Field, ObjectType } from "type-graphql";
import { UUIDScalar } from "../../common/scalars/index.js";

@ObjectType({ simpleResolvers: true, description: "Another Wise profile found by its Wisetag, email or phone number and added to the profile's contacts." })
export class Contact {
  @Field(() => UUIDScalar, { description: "Wise's id of the contact; a quote for a transfer to the contact names it instead of a recipient." })
  contactId!: string;

  @Field(() => String, { nullable: true, description: "The contact's full name, to show the sender before paying." })
  name!: string | null;
}
