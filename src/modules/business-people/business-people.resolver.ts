import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context.js";
import { BusinessProfile } from "../profile/business-profile.type.js";
import { toProfile } from "../profile/profile.mapper.js";
import { toDirector, toOwner } from "./business-people.mapper.js";
import {
  BusinessDirectorsAddPayload,
  BusinessDirectorsReplacePayload,
  UltimateBeneficialOwnersAddPayload,
  UltimateBeneficialOwnersReplacePayload,
} from "./business-people.payloads.js";
import { BusinessDirector, UltimateBeneficialOwner } from "./business-people.types.js";

@Resolver(() => BusinessProfile)
export class BusinessPeopleResolver {
  @FieldResolver(() => [BusinessDirector], {
    nullable: true,
    description:
      "The directors of the business, as Wise lists them (a plain list: Wise does not page it, and a business has a few); null (with an error) when Wise could not be read.",
  })
  async directors(@Root() profile: BusinessProfile, @Ctx() ctx: Context): Promise<BusinessDirector[]> {
    return (await ctx.loaders.directorsByProfile.load(profile.wiseId)).map(toDirector);
  }

  @FieldResolver(() => [UltimateBeneficialOwner], {
    nullable: true,
    description:
      "The people who ultimately own or control the business, as Wise lists them (a plain list: Wise does not page it, and a business has a few); null (with an error) when Wise could not be read.",
  })
  async ultimateBeneficialOwners(@Root() profile: BusinessProfile, @Ctx() ctx: Context): Promise<UltimateBeneficialOwner[]> {
    return (await ctx.loaders.ubosByProfile.load(profile.wiseId)).map(toOwner);
  }
}

/** The profile a payload is about: a field of its own, so that a failed read nulls only it. */
async function payloadProfile(ctx: Context, profileId: number | undefined): Promise<BusinessProfile | null> {
  return profileId === undefined ? null : (toProfile(await ctx.loaders.profileById.load(profileId)) as BusinessProfile);
}

const PROFILE = { nullable: true, description: "The business profile; null when nothing changed." } as const;

@Resolver(() => BusinessDirectorsAddPayload)
export class BusinessDirectorsAddPayloadResolver {
  @FieldResolver(() => BusinessProfile, PROFILE)
  profile(@Root() payload: BusinessDirectorsAddPayload, @Ctx() ctx: Context): Promise<BusinessProfile | null> {
    return payloadProfile(ctx, payload.profileWiseId);
  }
}

@Resolver(() => BusinessDirectorsReplacePayload)
export class BusinessDirectorsReplacePayloadResolver {
  @FieldResolver(() => BusinessProfile, PROFILE)
  profile(@Root() payload: BusinessDirectorsReplacePayload, @Ctx() ctx: Context): Promise<BusinessProfile | null> {
    return payloadProfile(ctx, payload.profileWiseId);
  }
}

@Resolver(() => UltimateBeneficialOwnersAddPayload)
export class UltimateBeneficialOwnersAddPayloadResolver {
  @FieldResolver(() => BusinessProfile, PROFILE)
  profile(@Root() payload: UltimateBeneficialOwnersAddPayload, @Ctx() ctx: Context): Promise<BusinessProfile | null> {
    return payloadProfile(ctx, payload.profileWiseId);
  }
}

@Resolver(() => UltimateBeneficialOwnersReplacePayload)
export class UltimateBeneficialOwnersReplacePayloadResolver {
  @FieldResolver(() => BusinessProfile, PROFILE)
  profile(@Root() payload: UltimateBeneficialOwnersReplacePayload, @Ctx() ctx: Context): Promise<BusinessProfile | null> {
    return payloadProfile(ctx, payload.profileWiseId);
  }
}
