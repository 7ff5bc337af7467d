import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import type { UserError } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { simulateProfileVerification, simulateVerifyAllProfiles } from "../../wise/endpoints/simulations.js";
import { toProfile } from "../profile/profile.mapper.js";
import type { Profile } from "../profile/profile.interface.js";
import { ProfileSimulateVerificationInput } from "./simulation.inputs.js";
import { ProfilesSimulateVerificationPayload, ProfileSimulateVerificationPayload } from "./simulation.payloads.js";

/** Sandbox-only verification outcomes, left out of the schema served for a real Wise. */
@Resolver()
export class ProfileSimulationMutations {
  @Mutation(() => ProfileSimulateVerificationPayload, {
    description:
      "Wise sandbox only: the profile's verification passes, so Wise asks for no more evidence (Profile.verificationStatus) and tells profiles#verification-state-change subscribers. Safe to repeat: a verified profile stays as it is.",
  })
  async profileSimulateVerification(
    @Arg("input", () => ProfileSimulateVerificationInput, { description: "The profile to verify." }) input: ProfileSimulateVerificationInput,
    @Ctx() ctx: Context,
  ): Promise<ProfileSimulateVerificationPayload> {
    const profileId = Number(parseGlobalIdOf(input.profileId, ["PersonalProfile", "BusinessProfile"], "input.profileId").key);
    const done = (profile: Profile | null, userErrors: UserError[]) => Object.assign(new ProfileSimulateVerificationPayload(), { profile, userErrors });
    const result = await runMutation(() => simulateProfileVerification(ctx.wise(), profileId), { notFoundField: ["input", "profileId"] });
    if ("userErrors" in result) return done(null, result.userErrors);
    ctx.loaders.requiredEvidencesByProfile.clear(profileId);
    return done(toProfile(await ctx.loaders.profileById.load(profileId)), []);
  }

  @Mutation(() => ProfilesSimulateVerificationPayload, {
    description: "Wise sandbox only: every profile of the caller passes verification, as profileSimulateVerification does for one. Safe to repeat.",
  })
  async profilesSimulateVerification(@Ctx() ctx: Context): Promise<ProfilesSimulateVerificationPayload> {
    const result = await runMutation(() => simulateVerifyAllProfiles(ctx.wise()));
    if ("userErrors" in result) return Object.assign(new ProfilesSimulateVerificationPayload(), { profiles: [], userErrors: result.userErrors });
    ctx.loaders.requiredEvidencesByProfile.clearAll();
    const profiles = (await ctx.loaders.profileList()).map(toProfile);
    return Object.assign(new ProfilesSimulateVerificationPayload(), { profiles, userErrors: [] });
  }
}
