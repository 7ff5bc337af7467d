import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { apiError, ErrorCode } from "../../common/errors.js";
import { sameNames } from "../../common/mutation-errors.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { createClaimAccountCode } from "../../wise/endpoints/claim-account.js";
import { createPhoneNumber, deletePhoneNumber } from "../../wise/endpoints/user-security.js";
import { createUser, setContactEmail } from "../../wise/endpoints/users.js";
import { ClaimAccountCodeCreateInput, UserContactEmailSetInput, UserCreateInput, UserPhoneNumberCreateInput, UserPhoneNumberDeleteInput } from "./user.inputs.js";
import { toPhoneNumber, toRegisteredUser, toUser } from "./user.mapper.js";
import { ClaimAccountCodeCreatePayload, UserContactEmailSetPayload, UserCreatePayload, UserPhoneNumberCreatePayload, UserPhoneNumberDeletePayload } from "./user.payloads.js";
import { isEmail, LANGUAGES, REGISTRATION_CODE_LENGTH } from "./user.rules.js";

const invalid = (message: string, ...field: string[]) => UserError.of(UserErrorCode.INVALID, message, ["input", ...field]);

/**
 * The caller's own user id from a User global id. The phone-number endpoints take the partner's
 * token, which may act on any of its users, so the server itself makes sure a caller only ever
 * names their own user: anyone else's is FORBIDDEN before any partner call.
 */
async function ownUserId(ctx: Context, id: string): Promise<number> {
  const userId = Number(parseGlobalIdOf(id, ["User"], "input.userId").key);
  if ((await ctx.loaders.viewer()).id !== userId) throw apiError(ErrorCode.FORBIDDEN, "A token may change only its own user.");
  return userId;
}

@Resolver()
export class UserMutations {
  @Mutation(() => UserCreatePayload, {
    description:
      "Partner operation (the server's client credentials): creates a Wise user for an email and a registration code the partner generated; then userTokenCreate with that code acts for them. An email that already belongs to a user is a userError, so repeating it never makes two users. FORBIDDEN when the server has no client credentials.",
  })
  async userCreate(
    @Arg("input", () => UserCreateInput, { description: "The new user's email, registration code and language." }) input: UserCreateInput,
    @Ctx() ctx: Context,
  ): Promise<UserCreatePayload> {
    const email = input.email.trim();
    const language = input.language?.trim().toUpperCase() || undefined;
    const errors: UserError[] = [];
    if (!isEmail(email)) errors.push(invalid("email is not an email address.", "email"));
    const { min, max } = REGISTRATION_CODE_LENGTH;
    if (input.registrationCode.length < min || input.registrationCode.length > max)
      errors.push(invalid(`registrationCode must be ${min} to ${max} characters long.`, "registrationCode"));
    if (language !== undefined && !LANGUAGES.includes(language)) errors.push(invalid(`language must be one of ${LANGUAGES.join(", ")}.`, "language"));
    if (errors.length > 0) return Object.assign(new UserCreatePayload(), { user: null, userErrors: errors });
    const result = await runMutation(() => createUser(ctx.asPartnerBackend(), { email, registrationCode: input.registrationCode, ...(language ? { language } : {}) }), {
      fields: sameNames(["email", "registrationCode", "language"]),
    });
    if ("userErrors" in result) return Object.assign(new UserCreatePayload(), { user: null, userErrors: result.userErrors });
    return Object.assign(new UserCreatePayload(), { user: toRegisteredUser(result.value), userErrors: [] });
  }

  @Mutation(() => UserContactEmailSetPayload, {
    description:
      "Sets the contact email of the caller's own user, where Wise sends notifications when the sign-in email is a placeholder. Setting the same address again changes nothing.",
  })
  async userContactEmailSet(
    @Arg("input", () => UserContactEmailSetInput, { description: "The caller's user and the address." }) input: UserContactEmailSetInput,
    @Ctx() ctx: Context,
  ): Promise<UserContactEmailSetPayload> {
    const userId = Number(parseGlobalIdOf(input.userId, ["User"], "input.userId").key);
    const email = input.email.trim();
    if (!isEmail(email))
      return Object.assign(new UserContactEmailSetPayload(), { user: null, contactEmail: null, userErrors: [invalid("email is not an email address.", "email")] });
    const result = await runMutation(() => setContactEmail(ctx.wise(), userId, email), { fields: sameNames(["email"]) });
    if ("userErrors" in result) return Object.assign(new UserContactEmailSetPayload(), { user: null, contactEmail: null, userErrors: result.userErrors });
    ctx.loaders.contactEmailByUser.clear(userId).prime(userId, result.value);
    return Object.assign(new UserContactEmailSetPayload(), { user: toUser(await ctx.loaders.userById.load(userId)), contactEmail: result.value, userErrors: [] });
  }

  @Mutation(() => ClaimAccountCodeCreatePayload, {
    description:
      "For a user the partner created (acting with their token): a short-lived code for the redirect in which the user claims the account at Wise. The registration code must be the one the user was created with.",
  })
  async claimAccountCodeCreate(
    @Arg("input", () => ClaimAccountCodeCreateInput, { description: "The user's registration code." }) input: ClaimAccountCodeCreateInput,
    @Ctx() ctx: Context,
  ): Promise<ClaimAccountCodeCreatePayload> {
    const result = await runMutation(() => createClaimAccountCode(ctx.wise(), input.registrationCode), { fields: sameNames(["registrationCode"]) });
    if ("userErrors" in result) return Object.assign(new ClaimAccountCodeCreatePayload(), { claimAccountCode: null, userErrors: result.userErrors });
    return Object.assign(new ClaimAccountCodeCreatePayload(), { claimAccountCode: result.value, userErrors: [] });
  }

  @Mutation(() => UserPhoneNumberCreatePayload, {
    description:
      "Adds a verified phone number to the caller's own user, for SMS and voice challenges (made with the server's client credentials; FORBIDDEN without them, and for any other user). A number already linked to an account is a userError, so repeating it never adds it twice.",
  })
  async userPhoneNumberCreate(
    @Arg("input", () => UserPhoneNumberCreateInput, { description: "The caller's user and the number." }) input: UserPhoneNumberCreateInput,
    @Ctx() ctx: Context,
  ): Promise<UserPhoneNumberCreatePayload> {
    const partner = ctx.partner();
    const userId = await ownUserId(ctx, input.userId);
    const result = await runMutation(() => createPhoneNumber(partner, userId, input.phoneNumber.trim()), { fields: () => ["input", "phoneNumber"] });
    if ("userErrors" in result) return Object.assign(new UserPhoneNumberCreatePayload(), { phoneNumber: null, userErrors: result.userErrors });
    return Object.assign(new UserPhoneNumberCreatePayload(), { phoneNumber: toPhoneNumber(result.value), userErrors: [] });
  }

  @Mutation(() => UserPhoneNumberDeletePayload, {
    description: "Removes a phone number from the caller's own user (made with the server's client credentials; FORBIDDEN without them, and for any other user).",
  })
  async userPhoneNumberDelete(
    @Arg("input", () => UserPhoneNumberDeleteInput, { description: "The caller's user and the number's wiseId." }) input: UserPhoneNumberDeleteInput,
    @Ctx() ctx: Context,
  ): Promise<UserPhoneNumberDeletePayload> {
    const partner = ctx.partner();
    const userId = await ownUserId(ctx, input.userId);
    const result = await runMutation(() => deletePhoneNumber(partner, userId, input.phoneNumberId), { notFoundField: ["input", "phoneNumberId"] });
    if ("userErrors" in result) return Object.assign(new UserPhoneNumberDeletePayload(), { deletedPhoneNumberId: null, userErrors: result.userErrors });
    return Object.assign(new UserPhoneNumberDeletePayload(), { deletedPhoneNumberId: input.phoneNumberId, userErrors: [] });
  }
}
