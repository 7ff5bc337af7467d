import { Directive, Field, ObjectType } from "type-graphql";
import { Node } from "../../common/node/node.interface.js";
import { DateScalar } from "../../common/scalars/index.js";
import { Profile } from "./profile.interface.js";

@Directive('@key(fields: "id")')
@Directive("@cacheControl(scope: PRIVATE)")
@ObjectType({ simpleResolvers: true, implements: [Node, Profile], description: "A person's own Wise profile." })
export class PersonalProfile extends Profile {
  @Field(() => String, { nullable: true, description: "The person's first name." })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: "The person's last name." })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: "The name the person prefers to be called by." })
  preferredName!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date of birth." })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true, description: "Phone number in international format." })
  phoneNumber!: string | null;

  /** Wise ids of secondary addresses. */
  secondaryAddressIds!: number[];
}
