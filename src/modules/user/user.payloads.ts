import { Field, ObjectType } from "type-graphql";
import { SafeIntScalar } from "../../common/scalars/index.js";
import { UserError } from "../../common/user-error.js";
import { UserToken } from "./user-token.type.js";
import { RegisteredUser, User, UserPhoneNumber } from "./user.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of userCreate." })
export class UserCreatePayload {
  @Field(() => RegisteredUser, { nullable: true, description: "The new user; null when userErrors says why not." })
  user!: RegisteredUser | null;

  @Field(() => [UserError], { description: "Why the user was not created (email taken, code too short...); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of userTokenCreate and userTokenRefresh." })
export class UserTokenPayload {
  @Field(() => UserToken, { nullable: true, description: "The user's tokens; null when userErrors says why not." })
  token!: UserToken | null;

  @Field(() => [UserError], { description: "Why no token was issued (a code unknown, used or expired; a refresh token not valid); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of userContactEmailSet." })
export class UserContactEmailSetPayload {
  @Field(() => User, { nullable: true, description: "The user, whose contactEmail is the new address; null when userErrors says why not." })
  user!: User | null;

  @Field(() => String, { nullable: true, description: "The contact email address now set." })
  contactEmail!: string | null;

  @Field(() => [UserError], { description: "Why the address was not set; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of claimAccountCodeCreate." })
export class ClaimAccountCodeCreatePayload {
  @Field(() => String, { nullable: true, description: "The short-lived code to put in the redirect that lets the user claim the account at Wise." })
  claimAccountCode!: string | null;

  @Field(() => [UserError], { description: "Why no code was made (a registration code that is not this user's); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of userPhoneNumberCreate." })
export class UserPhoneNumberCreatePayload {
  @Field(() => UserPhoneNumber, { nullable: true, description: "The phone number added; null when userErrors says why not." })
  phoneNumber!: UserPhoneNumber | null;

  @Field(() => [UserError], { description: "Why it was not added (malformed, or already linked to an account); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of userPhoneNumberDelete." })
export class UserPhoneNumberDeletePayload {
  @Field(() => SafeIntScalar, { nullable: true, description: "The wiseId of the phone number removed; null when userErrors says why not." })
  deletedPhoneNumberId!: number | null;

  @Field(() => [UserError], { description: "Why it was not removed (no such number on this user); empty on success." })
  userErrors!: UserError[];
}
