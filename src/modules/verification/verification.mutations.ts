import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { toEnum } from "../../common/enum.js";
import { sameNames } from "../../common/mutation-errors.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { readUploads } from "../../common/upload.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { uploadDocument, uploadEvidences, type WiseEvidences } from "../../wise/endpoints/verification.js";
import { EvidenceSubmissionStatus, wiseRange } from "./verification.enums.js";
import { VerificationDocumentUploadInput, VerificationEvidencesSubmitInput } from "./verification.inputs.js";
import { EvidenceSubmissionResult, VerificationDocumentUploadPayload, VerificationEvidencesSubmitPayload } from "./verification.types.js";

const PERSONAL_FIELDS = [
  "accountPurpose",
  "accountPurposeExplanation",
  "intendedCountries",
  "yearlyAnticipatedVolume",
  "mainSourceOfIncome",
  "annualIncome",
  "incomeExplanation",
] as const;
const BUSINESS_FIELDS = ["businessUseCase", "intendedCountries", "mainSourceOfFunding", "monthlyAnticipatedVolume"] as const;
const RANGES = new Set(["yearlyAnticipatedVolume", "annualIncome", "monthlyAnticipatedVolume"]);

const evidenceFields = sameNames([...PERSONAL_FIELDS, ...BUSINESS_FIELDS]);

/** The evidences given, as Wise's body, or the userErrors that keep them from Wise. */
function evidencesOf(input: VerificationEvidencesSubmitInput, business: boolean): { body: WiseEvidences } | { userErrors: UserError[] } {
  const allowed: readonly string[] = business ? BUSINESS_FIELDS : PERSONAL_FIELDS;
  const given = Object.entries(input).filter(([name, value]) => name !== "profileId" && value !== null && value !== undefined);
  const userErrors: UserError[] = [];
  for (const [name] of given) {
    if (!allowed.includes(name)) userErrors.push(UserError.of(UserErrorCode.INVALID, `A ${business ? "business" : "personal"} profile does not take ${name}.`, ["input", name]));
  }
  if (given.length === 0) userErrors.push(UserError.of(UserErrorCode.REQUIRED, "Give at least one evidence.", ["input"]));
  if (!business && Boolean(input.mainSourceOfIncome) !== Boolean(input.annualIncome)) {
    const missing = input.mainSourceOfIncome ? "annualIncome" : "mainSourceOfIncome";
    userErrors.push(UserError.of(UserErrorCode.REQUIRED, "mainSourceOfIncome and annualIncome go together: give both.", ["input", missing]));
  }
  const countries = input.intendedCountries ?? [];
  countries.forEach((code, index) => {
    if (!/^[A-Za-z]{3}$/.test(code))
      userErrors.push(UserError.of(UserErrorCode.INVALID, `"${code.slice(0, 20)}" is not an ISO 3166-1 alpha-3 country code.`, ["input", "intendedCountries", String(index)]));
  });
  if (input.intendedCountries && countries.length === 0) userErrors.push(UserError.of(UserErrorCode.REQUIRED, "List at least one country.", ["input", "intendedCountries"]));
  for (const name of ["accountPurposeExplanation", "incomeExplanation"] as const) {
    if (input[name] !== null && input[name] !== undefined && input[name].trim() === "") userErrors.push(UserError.of(UserErrorCode.REQUIRED, `${name} is blank.`, ["input", name]));
  }
  if (userErrors.length > 0) return { userErrors };
  const body = Object.fromEntries(
    given.map(([name, value]) => [
      name,
      RANGES.has(name) ? wiseRange(value as string) : name === "intendedCountries" ? (value as string[]).map((code) => code.toLowerCase()) : value,
    ]),
  );
  return { body: body as WiseEvidences };
}

@Resolver()
export class VerificationMutations {
  @Mutation(() => VerificationEvidencesSubmitPayload, {
    description: "Gives Wise evidences it asks for in additional verification (Profile.verificationStatus). An evidence given again replaces the earlier answer.",
  })
  async verificationEvidencesSubmit(
    @Arg("input", () => VerificationEvidencesSubmitInput, { description: "The profile and its evidences." }) input: VerificationEvidencesSubmitInput,
    @Ctx() ctx: Context,
  ): Promise<VerificationEvidencesSubmitPayload> {
    const { type, key } = parseGlobalIdOf(input.profileId, ["PersonalProfile", "BusinessProfile"], "input.profileId");
    const failed = (userErrors: UserError[]) => Object.assign(new VerificationEvidencesSubmitPayload(), { overallStatus: null, results: [], userErrors });
    const evidences = evidencesOf(input, type === "BusinessProfile");
    if ("userErrors" in evidences) return failed(evidences.userErrors);
    const profileId = Number(key);
    const result = await runMutation(() => uploadEvidences(ctx.wise(), profileId, evidences.body), { fields: evidenceFields, notFoundField: ["input", "profileId"] });
    if ("userErrors" in result) return failed(result.userErrors);
    ctx.loaders.requiredEvidencesByProfile.clear(profileId);
    const results = result.value.results.map((item) =>
      Object.assign(new EvidenceSubmissionResult(), {
        field: item.evidenceRequirementKey,
        result: toEnum(EvidenceSubmissionStatus, "EvidenceSubmissionStatus", item.result),
        message: item.message ?? null,
      }),
    );
    return Object.assign(new VerificationEvidencesSubmitPayload(), {
      overallStatus: toEnum(EvidenceSubmissionStatus, "EvidenceSubmissionStatus", result.value.overallStatus),
      results,
      profileWiseId: profileId,
      userErrors: [],
    });
  }

  @Mutation(() => VerificationDocumentUploadPayload, {
    description:
      "Sends Wise a verification document (one or more JPEG, PNG or PDF files) as a GraphQL multipart request, with an `apollo-require-preflight` header. Files too large or of another type are refused here, and nothing reaches Wise.",
  })
  async verificationDocumentUpload(
    @Arg("input", () => VerificationDocumentUploadInput, { description: "The profile, the kind of document and its files." }) input: VerificationDocumentUploadInput,
    @Ctx() ctx: Context,
  ): Promise<VerificationDocumentUploadPayload> {
    const { key } = parseGlobalIdOf(input.profileId, ["PersonalProfile", "BusinessProfile"], "input.profileId");
    const profileId = Number(key);
    const failed = (userErrors: UserError[]) => Object.assign(new VerificationDocumentUploadPayload(), { documentType: null, files: [], userErrors });
    // Another user's profile is refused before any file is read or sent.
    const owner = await runMutation(() => ctx.loaders.profileById.load(profileId), { notFoundField: ["input", "profileId"] });
    if ("userErrors" in owner) return failed(owner.userErrors);
    if (input.files.length === 0) return failed([UserError.of(UserErrorCode.REQUIRED, "Attach at least one file.", ["input", "files"])]);
    const read = await readUploads(input.files, ["input", "files"]);
    if ("userErrors" in read) return failed(read.userErrors);
    const result = await runMutation(() => uploadDocument(ctx.wise(), profileId, input.documentType, read.files), {
      fields: sameNames(["documentType", "files"]),
      notFoundField: ["input", "profileId"],
      statusAsUserError: {
        413: { code: UserErrorCode.FILE_TOO_LARGE, message: "Wise refused a file as too large.", field: ["input", "files"] },
        415: { code: UserErrorCode.UNSUPPORTED_FILE_TYPE, message: "Wise refused the upload's format.", field: ["input", "files"] },
      },
    });
    if ("userErrors" in result) return failed(result.userErrors);
    ctx.loaders.requiredEvidencesByProfile.clear(profileId);
    return Object.assign(new VerificationDocumentUploadPayload(), {
      documentType: input.documentType,
      files: read.files.map((file) => ({ filename: file.name, contentType: file.type, size: file.bytes.length })),
      profileWiseId: profileId,
      userErrors: [],
    });
  }
}
