import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { sameNames } from "../../common/mutation-errors.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { createIdentityDocument, updateIdentityDocument } from "../../wise/endpoints/identity-documents.js";
import type { WiseDocumentResult } from "../../wise/schemas/identity-document.js";
import { documentBody } from "./identity-document.checks.js";
import { IdentityDocumentCreateInput, IdentityDocumentUpdateInput } from "./identity-document.inputs.js";
import { IdentityDocumentCreatePayload, IdentityDocumentUpdatePayload } from "./identity-document.payloads.js";

const documentFields = sameNames([
  "profileId",
  "type",
  "uniqueIdentifier",
  "firstName",
  "lastName",
  "issueDate",
  "expiryDate",
  "issuerCountry",
  "issuerState",
  "nationality",
  "employerName",
  "employerCity",
  "employerCountry",
  "birthCity",
  "birthCountry",
  "sex",
  "placeOfBirth",
]);

/** Wise may answer 200 with `success: false`: a refusal like any other. */
const notTaken = (result: WiseDocumentResult) => (result.success ? null : { code: "NOT_VALID", message: result.errorMessage ?? "Wise did not take the document." });

/** The personal profile's Wise id, or the userError for a business profile (which has no identification documents). */
function personalProfileId(id: string): { profileId: number } | { userErrors: UserError[] } {
  const { type, key } = parseGlobalIdOf(id, ["PersonalProfile", "BusinessProfile"], "input.profileId");
  if (type === "BusinessProfile") return { userErrors: [UserError.of(UserErrorCode.INVALID, "Only a personal profile has identification documents.", ["input", "profileId"])] };
  return { profileId: Number(key) };
}

@Resolver()
export class IdentityDocumentMutations {
  @Mutation(() => IdentityDocumentCreatePayload, {
    description:
      "Gives Wise an identification document of a personal profile (its details, not a file: see verificationDocumentUpload for files). A document of a kind the profile already has replaces it, so repeating the call does no harm.",
  })
  async identityDocumentCreate(
    @Arg("input", () => IdentityDocumentCreateInput, { description: "The personal profile and the document's details." }) input: IdentityDocumentCreateInput,
    @Ctx() ctx: Context,
  ): Promise<IdentityDocumentCreatePayload> {
    const failed = (userErrors: UserError[]) => Object.assign(new IdentityDocumentCreatePayload(), { documentType: null, userErrors });
    const profile = personalProfileId(input.profileId);
    if ("userErrors" in profile) return failed(profile.userErrors);
    if (input.uniqueIdentifier.trim() === "") return failed([UserError.of(UserErrorCode.REQUIRED, "uniqueIdentifier must not be blank.", ["input", "uniqueIdentifier"])]);
    const checked = documentBody(input);
    if ("userErrors" in checked) return failed(checked.userErrors);
    const result = await runMutation(() => createIdentityDocument(ctx.wise(), profile.profileId, checked.body), {
      fields: documentFields,
      notFoundField: ["input", "profileId"],
      refusal: notTaken,
    });
    if ("userErrors" in result) return failed(result.userErrors);
    return Object.assign(new IdentityDocumentCreatePayload(), { documentType: input.type, profileWiseId: profile.profileId, userErrors: [] });
  }

  @Mutation(() => IdentityDocumentUpdatePayload, {
    description:
      "Replaces the details of an identification document a personal profile already has (same type): a field left out becomes empty at Wise. Wise allows it only to partners it onboarded for KYC; the server sends its own client id (WISE_CLIENT_ID), and without client credentials the call is refused (FORBIDDEN).",
  })
  async identityDocumentUpdate(
    @Arg("input", () => IdentityDocumentUpdateInput, { description: "The personal profile and the document's complete details." }) input: IdentityDocumentUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<IdentityDocumentUpdatePayload> {
    const failed = (userErrors: UserError[]) => Object.assign(new IdentityDocumentUpdatePayload(), { documentType: null, userErrors });
    const profile = personalProfileId(input.profileId);
    if ("userErrors" in profile) return failed(profile.userErrors);
    const checked = documentBody(input);
    if ("userErrors" in checked) return failed(checked.userErrors);
    const clientId = ctx.partnerClientId();
    const result = await runMutation(() => updateIdentityDocument(ctx.wise(), profile.profileId, clientId, checked.body), {
      fields: documentFields,
      notFoundField: ["input", "type"],
      refusal: notTaken,
    });
    if ("userErrors" in result) return failed(result.userErrors);
    return Object.assign(new IdentityDocumentUpdatePayload(), { documentType: input.type, profileWiseId: profile.profileId, userErrors: [] });
  }
}
