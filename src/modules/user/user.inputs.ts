import { Field, ID, InputType } from "type-graphql";
import { SafeIntScalar } from "../../common/scalars/index.js";

@InputType({ description: "A new Wise user, created by the partner." })
export class UserCreateInput {
  @Field({ description: "The new user's email address; Wise refuses one that already belongs to a user." })
  email!: string;

  @Field({
    description:
      "A random code of at least 32 characters, unique to this user, that the partner generates and keeps like a password: userTokenCreate exchanges it for the user's tokens, and claimAccountCodeCreate needs it.",
  })
  registrationCode!: string;

  @Field(() => String, { nullable: true, description: "The user's language for Wise's emails and pages: EN (default), US, PT, ES, FR, DE, IT, JA, RU, PL, HU, TR, RO, NL or HK." })
  language?: string | null;
}

@InputType({ description: "The code Wise's authorization page sent back to the partner's redirect URL." })
export class AuthorizationCodeGrantInput {
  @Field({ description: "The `code` parameter of the redirect; single use, valid for minutes." })
  code!: string;

  @Field({ description: "The redirect URL registered with the partner's API client, exactly as sent to the authorization page." })
  redirectUri!: string;
}

@InputType({ description: "The email and registration code of a user the partner created with userCreate." })
export class RegistrationCodeGrantInput {
  @Field({ description: "The user's email address, as given to userCreate." })
  email!: string;

  @Field({ description: "The registration code given to userCreate." })
  registrationCode!: string;
}

@InputType({ description: "How the user granted the partner access: give exactly one of the two." })
export class UserTokenCreateInput {
  @Field(() => AuthorizationCodeGrantInput, { nullable: true, description: "An existing Wise user who approved the partner on Wise's authorization page." })
  authorizationCode?: AuthorizationCodeGrantInput | null;

  @Field(() => RegistrationCodeGrantInput, { nullable: true, description: "A user the partner created with userCreate." })
  registrationCode?: RegistrationCodeGrantInput | null;
}

@InputType({ description: "A refresh token from userTokenCreate." })
export class UserTokenRefreshInput {
  @Field({ description: "The refresh token." })
  refreshToken!: string;
}

@InputType({ description: "A contact email address for the caller's own user." })
export class UserContactEmailSetInput {
  @Field(() => ID, { description: "The global ID of the caller's own User (viewer.id)." })
  userId!: string;

  @Field({ description: "Where Wise sends notifications when the sign-in email is a placeholder." })
  email!: string;
}

@InputType({ description: "The registration code the caller's user was created with." })
export class ClaimAccountCodeCreateInput {
  @Field({ description: "The registration code given to userCreate for this user." })
  registrationCode!: string;
}

@InputType({ description: "A verified phone number for the caller's own user." })
export class UserPhoneNumberCreateInput {
  @Field(() => ID, { description: "The global ID of the caller's own User (viewer.id)." })
  userId!: string;

  @Field({ description: 'The number in international form: "+", country code and number, such as "+447700900123".' })
  phoneNumber!: string;
}

@InputType({ description: "A phone number of the caller's own user, to remove." })
export class UserPhoneNumberDeleteInput {
  @Field(() => ID, { description: "The global ID of the caller's own User (viewer.id)." })
  userId!: string;

  @Field(() => SafeIntScalar, { description: "The phone number's wiseId, from userPhoneNumberCreate." })
  phoneNumberId!: number;
}
