import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { FieldMapper } from "../../common/mutation-errors.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { addDirectors, addUbos, replaceDirectors, replaceUbos, type WiseDirectorRequest, type WiseUboRequest } from "../../wise/endpoints/business-people.js";
import type { WiseDirector, WiseUbo } from "../../wise/schemas/business-people.js";
import type { WiseSession } from "../../wise/session.js";
import { directorsBody, ownersBody } from "./business-people.checks.js";
import { BusinessDirectorsAddInput, BusinessDirectorsReplaceInput, UltimateBeneficialOwnersAddInput, UltimateBeneficialOwnersReplaceInput } from "./business-people.inputs.js";
import { toDirector, toOwner } from "./business-people.mapper.js";
import {
  BusinessDirectorsAddPayload,
  BusinessDirectorsReplacePayload,
  UltimateBeneficialOwnersAddPayload,
  UltimateBeneficialOwnersReplacePayload,
} from "./business-people.payloads.js";

/** Wise's refusals of people name no field: they are about the list as a whole (or the profile). */
const listFields =
  (list: string): FieldMapper =>
  (wisePath) =>
    wisePath === "profileId" ? ["input", "profileId"] : ["input", list];

/** The business profile's Wise id, or the userError for a personal profile (which has no directors or owners). */
function businessProfileId(id: string, what: string): { profileId: number } | { userErrors: UserError[] } {
  const { type, key } = parseGlobalIdOf(id, ["PersonalProfile", "BusinessProfile"], "input.profileId");
  if (type === "PersonalProfile") return { userErrors: [UserError.of(UserErrorCode.INVALID, `Only a business profile has ${what}.`, ["input", "profileId"])] };
  return { profileId: Number(key) };
}

@Resolver()
export class BusinessPeopleMutations {
  @Mutation(() => BusinessDirectorsAddPayload, {
    description:
      "Adds directors to a business profile, after the ones it has, and answers every director. Not idempotent: Wise takes no key for it, so a call whose answer was lost fails with an error and is not sent again; read BusinessProfile.directors before trying again.",
  })
  async businessDirectorsAdd(
    @Arg("input", () => BusinessDirectorsAddInput, { description: "The business profile and the directors to add." }) input: BusinessDirectorsAddInput,
    @Ctx() ctx: Context,
  ): Promise<BusinessDirectorsAddPayload> {
    return directorsChange(new BusinessDirectorsAddPayload(), ctx, input, addDirectors);
  }

  @Mutation(() => BusinessDirectorsReplacePayload, {
    description: "Replaces every director of a business profile with the given list (each gets a new wiseId) and answers it.",
  })
  async businessDirectorsReplace(
    @Arg("input", () => BusinessDirectorsReplaceInput, { description: "The business profile and its complete list of directors." }) input: BusinessDirectorsReplaceInput,
    @Ctx() ctx: Context,
  ): Promise<BusinessDirectorsReplacePayload> {
    return directorsChange(new BusinessDirectorsReplacePayload(), ctx, input, replaceDirectors);
  }

  @Mutation(() => UltimateBeneficialOwnersAddPayload, {
    description:
      "Adds ultimate beneficial owners to a business profile, after the ones it has, and answers every owner; all of them together hold at most 100%. Not idempotent: Wise takes no key for it, so a call whose answer was lost fails with an error and is not sent again; read BusinessProfile.ultimateBeneficialOwners before trying again.",
  })
  async ultimateBeneficialOwnersAdd(
    @Arg("input", () => UltimateBeneficialOwnersAddInput, { description: "The business profile and the owners to add." }) input: UltimateBeneficialOwnersAddInput,
    @Ctx() ctx: Context,
  ): Promise<UltimateBeneficialOwnersAddPayload> {
    return ownersChange(new UltimateBeneficialOwnersAddPayload(), ctx, input, false, addUbos);
  }

  @Mutation(() => UltimateBeneficialOwnersReplacePayload, {
    description: "Replaces every ultimate beneficial owner of a business profile with the given list (each gets a new wiseId; together they hold at most 100%) and answers it.",
  })
  async ultimateBeneficialOwnersReplace(
    @Arg("input", () => UltimateBeneficialOwnersReplaceInput, { description: "The business profile and its complete list of owners." }) input: UltimateBeneficialOwnersReplaceInput,
    @Ctx() ctx: Context,
  ): Promise<UltimateBeneficialOwnersReplacePayload> {
    return ownersChange(new UltimateBeneficialOwnersReplacePayload(), ctx, input, true, replaceUbos);
  }
}

async function directorsChange<P extends BusinessDirectorsAddPayload | BusinessDirectorsReplacePayload>(
  payload: P,
  ctx: Context,
  input: BusinessDirectorsAddInput | BusinessDirectorsReplaceInput,
  call: (wise: WiseSession, profileId: number, body: WiseDirectorRequest[]) => Promise<WiseDirector[]>,
): Promise<P> {
  const failed = (userErrors: UserError[]) => Object.assign(payload, { directors: null, userErrors });
  const profile = businessProfileId(input.profileId, "directors");
  if ("userErrors" in profile) return failed(profile.userErrors);
  const checked = directorsBody(input.directors);
  if ("userErrors" in checked) return failed(checked.userErrors);
  const result = await runMutation(() => call(ctx.wise(), profile.profileId, checked.body), { fields: listFields("directors"), notFoundField: ["input", "profileId"] });
  if ("userErrors" in result) return failed(result.userErrors);
  // Later fields of this request (payload.profile.directors) see the new list without reading it again.
  ctx.loaders.directorsByProfile.clear(profile.profileId).prime(profile.profileId, result.value);
  return Object.assign(payload, { directors: result.value.map(toDirector), profileWiseId: profile.profileId, userErrors: [] });
}

async function ownersChange<P extends UltimateBeneficialOwnersAddPayload | UltimateBeneficialOwnersReplacePayload>(
  payload: P,
  ctx: Context,
  input: UltimateBeneficialOwnersAddInput | UltimateBeneficialOwnersReplaceInput,
  replacing: boolean,
  call: (wise: WiseSession, profileId: number, body: WiseUboRequest[]) => Promise<WiseUbo[]>,
): Promise<P> {
  const failed = (userErrors: UserError[]) => Object.assign(payload, { owners: null, userErrors });
  const profile = businessProfileId(input.profileId, "ultimate beneficial owners");
  if ("userErrors" in profile) return failed(profile.userErrors);
  const checked = ownersBody(input.owners, replacing);
  if ("userErrors" in checked) return failed(checked.userErrors);
  const result = await runMutation(() => call(ctx.wise(), profile.profileId, checked.body), { fields: listFields("owners"), notFoundField: ["input", "profileId"] });
  if ("userErrors" in result) return failed(result.userErrors);
  ctx.loaders.ubosByProfile.clear(profile.profileId).prime(profile.profileId, result.value);
  return Object.assign(payload, { owners: result.value.map(toOwner), profileWiseId: profile.profileId, userErrors: [] });
}
