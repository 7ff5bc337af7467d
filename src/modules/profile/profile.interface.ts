import { Directive, Field, InterfaceType } from "type-graphql";
import { Node } from "../../common/node/node.interface.js";
import { DateTimeScalar, SafeIntScalar } from "../../common/scalars/index.js";
import { ContactDetails } from "./contact-details.type.js";
import { ProfileState, ProfileType } from "./profile.enums.js";

@Directive('@key(fields: "id")')
@Directive("@cacheControl(scope: PRIVATE)")
@InterfaceType({
  implements: Node,
  description:
    "An identity that sends and receives money through Wise: a person (PersonalProfile) or a company (BusinessProfile). Balances, activities and transfers belong to a profile.",
  resolveType: (value: { type?: ProfileType }) => (value.type === ProfileType.BUSINESS ? "BusinessProfile" : "PersonalProfile"),
})
export abstract class Profile extends Node {
  @Field(() => SafeIntScalar, { description: "Wise's numeric id of this profile (the `profileId` of Wise's REST API)." })
  wiseId!: number;

  @Field(() => ProfileType, { description: "Whether this is a personal or a business profile." })
  type!: ProfileType;

  @Field(() => String, { nullable: true, description: "Wise's public identifier of the profile (a UUID), safe to share." })
  publicId!: string | null;

  @Field(() => String, { description: "The profile's display name: the person's full name or the business name." })
  fullName!: string;

  @Field(() => String, { nullable: true, description: "Primary email address of the profile." })
  email!: string | null;

  @Field(() => ProfileState, { description: "Lifecycle state of the profile." })
  state!: ProfileState;

  @Field(() => String, { nullable: true, description: "URL of the profile's avatar image, when it has one." })
  avatarUrl!: string | null;

  @Field(() => ContactDetails, { nullable: true, description: "How Wise contacts the profile holder." })
  contactDetails!: ContactDetails | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the profile was created." })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the profile was last changed." })
  updatedAt!: Date | null;

  /** Wise id of the main address, loaded by the `address` field resolver. */
  addressId!: number | null;
}
