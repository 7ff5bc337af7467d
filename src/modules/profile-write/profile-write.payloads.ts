import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import { BusinessProfile } from "../profile/business-profile.type.js";
import { Profile } from "../profile/profile.interface.js";
import { BusinessRepresentative } from "./business-representative.type.js";

/**
 * The profile of a payload: read back from Wise when the field is asked (graphql's default
 * resolver calls a function-valued property), so a failed read is an error on this field alone
 * and never hides that the write took place.
 */
export type ProfileThunk<T> = (() => Promise<T>) | null;

@ObjectType({ simpleResolvers: true, description: "The result of profileCreate." })
export class ProfileCreatePayload {
  @Field(() => Profile, { nullable: true, description: "The new profile, as Wise now shows it; null when userErrors says why it was not created." })
  profile!: ProfileThunk<Profile>;

  @Field(() => [UserError], { description: "Why the profile was not created, each pointing at the input field at fault; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of profileUpdate." })
export class ProfileUpdatePayload {
  @Field(() => Profile, { nullable: true, description: "The profile with its new details; null when userErrors says why nothing changed." })
  profile!: ProfileThunk<Profile>;

  @Field(() => [UserError], { description: "Why nothing changed, each pointing at the input field at fault; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of profileUpdateWindowOpen or profileUpdateWindowClose." })
export class ProfileUpdateWindowPayload {
  @Field(() => Profile, { nullable: true, description: "The profile; null when userErrors says why the window did not change." })
  profile!: ProfileThunk<Profile>;

  @Field(() => [UserError], { description: "Why the window did not change (already open, or not open); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of businessRepresentativeUpdate." })
export class BusinessRepresentativeUpdatePayload {
  @Field(() => BusinessRepresentative, { nullable: true, description: "The business's representative after the change; null when userErrors says why nothing changed." })
  businessRepresentative!: BusinessRepresentative | null;

  @Field(() => BusinessProfile, { nullable: true, description: "The business profile; null when userErrors says why nothing changed." })
  profile!: ProfileThunk<BusinessProfile>;

  @Field(() => [UserError], { description: "Why nothing changed, each pointing at the input field at fault; empty on success." })
  userErrors!: UserError[];
}
