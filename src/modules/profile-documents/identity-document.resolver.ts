import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context.js";
import { PersonalProfile } from "../profile/personal-profile.type.js";
import { toProfile } from "../profile/profile.mapper.js";
import { IdentityDocumentCreatePayload, IdentityDocumentUpdatePayload } from "./identity-document.payloads.js";

/** The profile a payload is about: a field of its own, so that a failed read nulls only it. */
async function payloadProfile(ctx: Context, profileId: number | undefined): Promise<PersonalProfile | null> {
  return profileId === undefined ? null : (toProfile(await ctx.loaders.profileById.load(profileId)) as PersonalProfile);
}

const PROFILE = { nullable: true, description: "The personal profile, to read what Wise still asks for (`verificationStatus`); null when nothing was taken." } as const;

@Resolver(() => IdentityDocumentCreatePayload)
export class IdentityDocumentCreatePayloadResolver {
  @FieldResolver(() => PersonalProfile, PROFILE)
  profile(@Root() payload: IdentityDocumentCreatePayload, @Ctx() ctx: Context): Promise<PersonalProfile | null> {
    return payloadProfile(ctx, payload.profileWiseId);
  }
}

@Resolver(() => IdentityDocumentUpdatePayload)
export class IdentityDocumentUpdatePayloadResolver {
  @FieldResolver(() => PersonalProfile, PROFILE)
  profile(@Root() payload: IdentityDocumentUpdatePayload, @Ctx() ctx: Context): Promise<PersonalProfile | null> {
    return payloadProfile(ctx, payload.profileWiseId);
  }
}
