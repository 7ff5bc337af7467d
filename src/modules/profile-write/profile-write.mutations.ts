import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { FieldMapper } from "../../common/mutation-errors.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import {
  closeProfileUpdateWindow,
  createBusinessProfile,
  createPersonalProfile,
  createRepresentedBusinessProfile,
  openProfileUpdateWindow,
  updateBusinessProfile,
  updateBusinessRepresentative,
  updatePersonalProfile,
} from "../../wise/endpoints/profile-writes.js";
import { toProfile } from "../profile/profile.mapper.js";
import type { BusinessProfile } from "../profile/business-profile.type.js";
import type { Profile } from "../profile/profile.interface.js";
import { BusinessRepresentativeUpdateInput, ProfileCreateInput, ProfileUpdateInput, ProfileUpdateWindowInput } from "./profile-write.inputs.js";
import { toBusinessRepresentative, toWiseBusiness, toWisePersonal, toWiseRepresentative } from "./profile-write.mapper.js";
import { BusinessRepresentativeUpdatePayload, ProfileCreatePayload, ProfileUpdatePayload, ProfileUpdateWindowPayload, type ProfileThunk } from "./profile-write.payloads.js";

const PROFILE_TYPES = ["PersonalProfile", "BusinessProfile"] as const;

/**
 * Wise's field paths (`address.city`, `operationalAddresses[0].city`,
 * `businessRepresentative.contactDetails.email`) under an input prefix: the input fields carry
 * Wise's names, so a path maps segment for segment.
 */
function wisePaths(prefix: string[]): FieldMapper {
  return (wisePath) => {
    if (!wisePath) return null;
    const segments = wisePath.split(/[.[\]]+/).filter((s) => s !== "");
    if (segments[0] === "businessRepresentative" && segments[1] === "businessRepresentativeId") return [...prefix, "businessRepresentativeId"];
    return segments[0] === "id" ? ["input", "profileId"] : [...prefix, ...segments];
  };
}

/** The profile as Wise now shows it, read when the payload's field is asked. */
function readBack<T extends Profile = Profile>(ctx: Context, profileId: number): ProfileThunk<T> {
  ctx.loaders.forgetProfiles();
  return async () => toProfile(await ctx.loaders.profileById.load(profileId)) as T;
}

const onlyOne = (message: string) => [UserError.of(UserErrorCode.INVALID, message, ["input"])];

@Resolver()
export class ProfileWriteMutations {
  @Mutation(() => ProfileCreatePayload, {
    description:
      "Creates the caller's personal profile (a user has one) or a business profile: exactly one of input.personal and input.business. A business needs the caller's personal profile, unless it names its representative (new, or one of another of the caller's businesses by id). Safe to repeat with the same idempotencyKey: Wise answers the first creation again. The new profile is listed by profiles and usable at once.",
  })
  async profileCreate(
    @Arg("input", () => ProfileCreateInput, { description: "The profile's details and the idempotency key." }) input: ProfileCreateInput,
    @Ctx() ctx: Context,
  ): Promise<ProfileCreatePayload> {
    const done = (profile: ProfileCreatePayload["profile"], userErrors: UserError[]) => Object.assign(new ProfileCreatePayload(), { profile, userErrors });
    if ((input.personal == null) === (input.business == null)) return done(null, onlyOne("Give exactly one of personal and business."));
    const key = input.idempotencyKey.toLowerCase();
    const unknownOutcome = { what: "profile creation", idempotencyKey: key };
    let call: () => Promise<{ id: number }>;
    let fields: FieldMapper;
    if (input.personal != null) {
      const request = toWisePersonal(input.personal);
      call = () => createPersonalProfile(ctx.wise(), request, key);
      fields = wisePaths(["input", "personal"]);
    } else {
      const business = input.business!;
      if (business.businessRepresentative != null && business.businessRepresentativeId != null) {
        return done(null, [UserError.of(UserErrorCode.INVALID, "Give businessRepresentative or businessRepresentativeId, not both.", ["input", "business"])]);
      }
      const request = toWiseBusiness(business);
      fields = wisePaths(["input", "business"]);
      if (business.businessRepresentative != null || business.businessRepresentativeId != null) {
        const representative =
          business.businessRepresentativeId != null ? { businessRepresentativeId: business.businessRepresentativeId } : toWiseRepresentative(business.businessRepresentative!);
        call = () => createRepresentedBusinessProfile(ctx.wise(), { ...request, businessRepresentative: representative }, key);
      } else call = () => createBusinessProfile(ctx.wise(), request, key);
    }
    const result = await runMutation(call, { fields, unknownOutcome });
    if ("userErrors" in result) return done(null, result.userErrors);
    return done(readBack(ctx, result.value.id), []);
  }

  @Mutation(() => ProfileUpdatePayload, {
    description:
      "Changes a profile's details: input.personal (every detail, replacing the old) for a PersonalProfile, input.business (the details given) for a BusinessProfile. Wise lets a verified profile change only while its update window is open (profileUpdateWindowOpen); otherwise the answer is a NOT_ALLOWED userError and nothing changes.",
  })
  async profileUpdate(
    @Arg("input", () => ProfileUpdateInput, { description: "The profile and its new details." }) input: ProfileUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<ProfileUpdatePayload> {
    const { type, key } = parseGlobalIdOf(input.profileId, PROFILE_TYPES, "input.profileId");
    const profileId = Number(key);
    const done = (profile: ProfileUpdatePayload["profile"], userErrors: UserError[]) => Object.assign(new ProfileUpdatePayload(), { profile, userErrors });
    if ((input.personal == null) === (input.business == null)) return done(null, onlyOne("Give exactly one of personal and business."));
    const wanted = type === "PersonalProfile" ? "personal" : "business";
    if (input[wanted] == null)
      return done(null, [UserError.of(UserErrorCode.INVALID, `A ${type} takes input.${wanted}.`, ["input", wanted === "personal" ? "business" : "personal"])]);
    const call =
      input.personal != null
        ? () => updatePersonalProfile(ctx.wise(), profileId, toWisePersonal(input.personal!))
        : () => updateBusinessProfile(ctx.wise(), profileId, { id: profileId, ...toWiseBusiness(input.business!) });
    const result = await runMutation(call, { fields: wisePaths(["input", wanted]), notFoundField: ["input", "profileId"] });
    if ("userErrors" in result) return done(null, result.userErrors);
    // The main and operational addresses may have changed with the profile.
    ctx.loaders.addressById.clearAll();
    ctx.loaders.addressesByProfile.clear(profileId);
    return done(readBack(ctx, profileId), []);
  }

  @Mutation(() => ProfileUpdateWindowPayload, {
    description:
      "Opens the profile's update window: tells Wise an update of its details is under way, and lets a verified profile change. Wise asks for it at least once a year, even when nothing changed. An already open window is a NOT_ALLOWED userError.",
  })
  async profileUpdateWindowOpen(
    @Arg("input", () => ProfileUpdateWindowInput, { description: "The profile." }) input: ProfileUpdateWindowInput,
    @Ctx() ctx: Context,
  ): Promise<ProfileUpdateWindowPayload> {
    return this.window(input, ctx, openProfileUpdateWindow);
  }

  @Mutation(() => ProfileUpdateWindowPayload, {
    description: "Closes the profile's update window: tells Wise the update is complete. A window that is not open is a NOT_ALLOWED userError.",
  })
  async profileUpdateWindowClose(
    @Arg("input", () => ProfileUpdateWindowInput, { description: "The profile." }) input: ProfileUpdateWindowInput,
    @Ctx() ctx: Context,
  ): Promise<ProfileUpdateWindowPayload> {
    return this.window(input, ctx, closeProfileUpdateWindow);
  }

  private async window(input: ProfileUpdateWindowInput, ctx: Context, change: typeof openProfileUpdateWindow): Promise<ProfileUpdateWindowPayload> {
    const profileId = Number(parseGlobalIdOf(input.profileId, PROFILE_TYPES, "input.profileId").key);
    const result = await runMutation(() => change(ctx.wise(), profileId), { fields: () => null, notFoundField: ["input", "profileId"] });
    const profile: ProfileThunk<Profile> = "userErrors" in result ? null : async () => toProfile(await ctx.loaders.profileById.load(profileId));
    return Object.assign(new ProfileUpdateWindowPayload(), { profile, userErrors: "userErrors" in result ? result.userErrors : [] });
  }

  @Mutation(() => BusinessRepresentativeUpdatePayload, {
    description:
      "Changes a business's representative: UPDATE_DETAILS changes the details given (for every business the person represents); TRANSFER_OF_AUTHORISATION hands the business to a new person, every detail required.",
  })
  async businessRepresentativeUpdate(
    @Arg("input", () => BusinessRepresentativeUpdateInput, { description: "The business profile, what the change does, and the details." })
    input: BusinessRepresentativeUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<BusinessRepresentativeUpdatePayload> {
    const profileId = Number(parseGlobalIdOf(input.profileId, ["BusinessProfile"], "input.profileId").key);
    const request = { updateContext: input.updateContext, ...toWiseRepresentative(input), ...(input.actorEmail == null ? {} : { actorEmail: input.actorEmail }) };
    const result = await runMutation(() => updateBusinessRepresentative(ctx.wise(), profileId, request), {
      fields: wisePaths(["input"]),
      notFoundField: ["input", "profileId"],
    });
    if ("userErrors" in result) return Object.assign(new BusinessRepresentativeUpdatePayload(), { businessRepresentative: null, profile: null, userErrors: result.userErrors });
    // A representative may act for several businesses: forget them all, then keep this one's.
    ctx.loaders.businessRepresentativeByProfile.clearAll().prime(profileId, result.value);
    return Object.assign(new BusinessRepresentativeUpdatePayload(), {
      businessRepresentative: toBusinessRepresentative(result.value),
      profile: readBack<BusinessProfile>(ctx, profileId),
      userErrors: [],
    });
  }
}
