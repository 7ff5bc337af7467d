import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { toEnum } from "../../common/enum.js";
import type { Context } from "../../context/context.js";
import { toProfile } from "../profile/profile.mapper.js";
import { Profile } from "../profile/profile.interface.js";
import { VerificationEvidence } from "./verification.enums.js";
import { ProfileVerificationStatus, VerificationDocumentUploadPayload, VerificationEvidencesSubmitPayload } from "./verification.types.js";

/** The profile a payload is about: a field of its own, so that a failed read nulls only it. */
async function payloadProfile(ctx: Context, profileId: number | undefined): Promise<Profile | null> {
  return profileId === undefined ? null : toProfile(await ctx.loaders.profileById.load(profileId));
}

@Resolver(() => Profile)
export class ProfileVerificationResolver {
  @FieldResolver(() => ProfileVerificationStatus, {
    nullable: true,
    description: "Where the profile stands in Wise's additional verification: the evidences Wise still asks for; null (with an error) when Wise could not be read.",
  })
  async verificationStatus(@Root() profile: Profile, @Ctx() ctx: Context): Promise<ProfileVerificationStatus> {
    const keys = await ctx.loaders.requiredEvidencesByProfile.load(profile.wiseId);
    return Object.assign(new ProfileVerificationStatus(), {
      requiredEvidences: keys.map((key) => toEnum(VerificationEvidence, "VerificationEvidence", key)),
      requiredEvidenceKeys: keys,
      complete: keys.length === 0,
    });
  }
}

@Resolver(() => VerificationEvidencesSubmitPayload)
export class VerificationEvidencesSubmitPayloadResolver {
  @FieldResolver(() => Profile, { nullable: true, description: "The profile, to read what Wise still asks for (`verificationStatus`); null when nothing was taken." })
  async profile(@Root() payload: VerificationEvidencesSubmitPayload, @Ctx() ctx: Context): Promise<Profile | null> {
    return payloadProfile(ctx, payload.profileWiseId);
  }
}

@Resolver(() => VerificationDocumentUploadPayload)
export class VerificationDocumentUploadPayloadResolver {
  @FieldResolver(() => Profile, { nullable: true, description: "The profile, to read what Wise still asks for (`verificationStatus`); null when nothing was sent." })
  async profile(@Root() payload: VerificationDocumentUploadPayload, @Ctx() ctx: Context): Promise<Profile | null> {
    return payloadProfile(ctx, payload.profileWiseId);
  }
}
