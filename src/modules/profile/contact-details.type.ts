import { Field, ObjectType } from "type-graphql";

@ObjectType({ simpleResolvers: true, description: "How Wise contacts the holder of a profile." })
export class ContactDetails {
  @Field(() => String, { nullable: true, description: "Contact email address." })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Contact phone number in international format, such as "+447700900123".' })
  phoneNumber!: string | null;
}
