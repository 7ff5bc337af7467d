import { Directive, Field, ObjectType } from "type-graphql";
import { Node } from "../../common/node/node.interface.js";
import { DateScalar, SafeIntScalar } from "../../common/scalars/index.js";

@ObjectType({ simpleResolvers: true, description: "The address Wise holds in a user's details (the personal profile's main address)." })
export class UserAddress {
  @Field(() => String, { nullable: true, description: 'Two-letter ISO 3166-1 country code, such as "GB".' })
  country!: string | null;

  @Field(() => String, { nullable: true, description: "First line: street and number." })
  firstLine!: string | null;

  @Field(() => String, { nullable: true, description: "Postal code." })
  postCode!: string | null;

  @Field(() => String, { nullable: true, description: "City or town." })
  city!: string | null;

  @Field(() => String, { nullable: true, description: "State or province code, where the country has them; null otherwise." })
  state!: string | null;
}

@Directive('@key(fields: "id")')
@Directive("@cacheControl(scope: PRIVATE)")
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A Wise user: the login behind a token, who holds one personal profile and any number of business profiles. Only the caller's own user is visible.",
})
export class User extends Node {
  @Field(() => SafeIntScalar, { description: "Wise's numeric id of this user (the `userId` of Wise's REST API)." })
  wiseId!: number;

  @Field(() => String, { nullable: true, description: "Full name; null for a user a partner created who has not filled in a profile yet." })
  name!: string | null;

  @Field({ description: "The email address the user signs in with (Wise's unique identifier of a user)." })
  email!: string;

  @Field({ description: "Whether the user's account is active." })
  active!: boolean;

  @Field(() => String, { nullable: true, description: "First name, from the user's details." })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: "Last name, from the user's details." })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: "Phone number, from the user's details." })
  phoneNumber!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date of birth." })
  dateOfBirth!: string | null;

  @Field(() => String, { nullable: true, description: "Occupation, when Wise has one (required in some countries)." })
  occupation!: string | null;

  @Field(() => String, { nullable: true, description: "URL of the user's avatar image, when they have one." })
  avatarUrl!: string | null;

  @Field(() => UserAddress, { nullable: true, description: "The address in the user's details; null when Wise has none." })
  address!: UserAddress | null;
}

@ObjectType({ simpleResolvers: true, description: "A user a partner created with userCreate. Act for them with userTokenCreate (their email and registration code)." })
export class RegisteredUser {
  @Field(() => SafeIntScalar, { description: "Wise's numeric id of the new user." })
  wiseId!: number;

  @Field({ description: "The new user's email address." })
  email!: string;

  @Field({ description: "Whether the new account is active." })
  active!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A verified phone number Wise uses for a user's SMS and voice challenges." })
export class UserPhoneNumber {
  @Field(() => SafeIntScalar, { description: "Wise's numeric id of this phone number (what userPhoneNumberDelete takes)." })
  wiseId!: number;

  @Field({ description: 'The number in international form, such as "+447700900123".' })
  phoneNumber!: string;

  @Field({ description: "What Wise uses the number for; PRIMARY is the only kind today." })
  type!: string;

  @Field({ description: "Whether the number is verified; only a verified number serves for authentication." })
  verified!: boolean;
}
