import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { readUpload, UploadRefusedError } from "../../common/upload.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { submitDispute, uploadDisputeFile, withdrawDispute } from "../../wise/endpoints/disputes.js";
import { jsonNumber } from "../../wise/json.js";
import { parseDisputedTransactions } from "./card-transaction-ids.js";
import { DisputeEvidenceUploadInput, DisputeSubmitInput, DisputeWithdrawInput } from "./dispute.inputs.js";
import { splitDisputeKey, toDispute, toDisputeFlowStep } from "./dispute.mapper.js";
import { DisputeEvidenceUploadPayload, DisputeSubmitPayload, DisputeWithdrawPayload } from "./dispute.payloads.js";

const DECIMAL = /^\d{1,15}(\.\d{1,8})?$/;

/**
 * The form answers as Wise takes them: an amount (`{value, currency}`) goes as an exact JSON
 * number, so its value must be a decimal string here (a float could already have lost digits).
 */
function answersForWise(answers: Record<string, unknown>): { form: Record<string, unknown> } | { userErrors: UserError[] } {
  const userErrors: UserError[] = [];
  const form = Object.fromEntries(
    Object.entries(answers).map(([key, value]) => {
      if (typeof value !== "object" || value === null || Array.isArray(value) || !("value" in value) || !("currency" in value)) return [key, value];
      const amount = (value as { value: unknown }).value;
      if (typeof amount !== "string" || !DECIMAL.test(amount)) {
        userErrors.push(UserError.of(UserErrorCode.INVALID, `The amount of "${key}" must be a decimal string such as "12.50".`, ["input", "answers", key]));
        return [key, value];
      }
      return [key, { ...value, value: jsonNumber(amount) }];
    }),
  );
  return userErrors.length > 0 ? { userErrors } : { form };
}

@Resolver()
export class DisputeMutations {
  @Mutation(() => DisputeSubmitPayload, {
    description:
      "Submits a dispute of one or more card transactions (one dispute each) with the answers of its reason's form (disputeFlowStep) and evidence files (disputeEvidenceUpload). Not repeatable: after a lost answer read Profile.disputes(transactionId:) first; a transaction with an ACTIVE dispute takes no other (NOT_ALLOWED).",
  })
  async disputeSubmit(
    @Arg("input", () => DisputeSubmitInput, { description: "The transactions, reason, answers and files." }) input: DisputeSubmitInput,
    @Ctx() ctx: Context,
  ): Promise<DisputeSubmitPayload> {
    const failed = (userErrors: UserError[]) => Object.assign(new DisputeSubmitPayload(), { finalStep: null, userErrors });
    const { profileId, transactionIds } = parseDisputedTransactions(input.transactionIds, "input.transactionIds");
    const answers = answersForWise(input.answers);
    if ("userErrors" in answers) return failed(answers.userErrors);
    const fileKeys = input.files.map((file) => file.key);
    const repeated = fileKeys.find((key, index) => fileKeys.indexOf(key) !== index);
    if (repeated !== undefined)
      return failed([UserError.of(UserErrorCode.INVALID, `The file "${repeated}" is given twice.`, ["input", "files", String(fileKeys.lastIndexOf(repeated))])]);
    const result = await runMutation(
      () =>
        submitDispute(ctx.wise(), profileId, input.scheme, input.reason, {
          transaction: { transactionId: transactionIds.join(","), ...(input.email ? { email: input.email } : {}) },
          form: answers.form,
          disclaimer: { allAnswered: input.allAnswered, filesUploaded: input.filesUploaded },
          files: Object.fromEntries(input.files.map((file) => [file.key, file.fileId])),
        }),
      {
        fields: (path) => {
          if (path === null) return null;
          const [head, key] = path.split(".", 2) as [string, string | undefined];
          if (head === "form") return key === undefined ? ["input", "answers"] : ["input", "answers", key];
          if (head === "files") return key !== undefined && fileKeys.includes(key) ? ["input", "files", String(fileKeys.indexOf(key))] : ["input", "files"];
          if (head === "disclaimer" && key !== undefined) return ["input", key];
          if (head === "transaction" || head === "transactionId") return key === "email" ? ["input", "email"] : ["input", "transactionIds"];
          if (head === "scheme" || head === "reason" || head === "email") return ["input", head];
          return null;
        },
        notFoundField: ["input", "transactionIds"],
      },
    );
    if ("userErrors" in result) return failed(result.userErrors);
    ctx.loaders.disputePages.clearAll();
    return Object.assign(new DisputeSubmitPayload(), { finalStep: toDisputeFlowStep(result.value), userErrors: [], submitted: { profileId, transactionIds } });
  }

  @Mutation(() => DisputeEvidenceUploadPayload, {
    description:
      "Uploads one evidence file for a dispute (a GraphQL multipart request with an `apollo-require-preflight` header) and answers its fileId, which one disputeSubmit within two hours may use. A refused file is not sent to Wise.",
  })
  async disputeEvidenceUpload(
    @Arg("input", () => DisputeEvidenceUploadInput, { description: "The profile and the file." }) input: DisputeEvidenceUploadInput,
    @Ctx() ctx: Context,
  ): Promise<DisputeEvidenceUploadPayload> {
    const failed = (userErrors: UserError[]) => Object.assign(new DisputeEvidenceUploadPayload(), { fileId: null, userErrors });
    const profileId = Number(parseGlobalIdOf(input.profileId, ["PersonalProfile", "BusinessProfile"], "input.profileId").key);
    let file;
    try {
      file = await readUpload(input.file);
    } catch (error) {
      if (error instanceof UploadRefusedError) return failed([UserError.of(UserErrorCode[error.reason], error.message, ["input", "file"])]);
      throw error;
    }
    const result = await runMutation(() => uploadDisputeFile(ctx.wise(), profileId, file), {
      fields: (path) => (path === null ? null : ["input", "file"]),
      notFoundField: ["input", "profileId"],
      statusAsUserError: { 413: { code: UserErrorCode.FILE_TOO_LARGE, message: "Wise refused the file as too large.", field: ["input", "file"] } },
    });
    if ("userErrors" in result) return failed(result.userErrors);
    return Object.assign(new DisputeEvidenceUploadPayload(), { fileId: result.value, userErrors: [] });
  }

  @Mutation(() => DisputeWithdrawPayload, { description: "Withdraws a dispute that has canWithdraw; it becomes CLOSED, WITHDRAWN. Withdrawing it again is NOT_ALLOWED." })
  async disputeWithdraw(
    @Arg("input", () => DisputeWithdrawInput, { description: "The dispute to withdraw." }) input: DisputeWithdrawInput,
    @Ctx() ctx: Context,
  ): Promise<DisputeWithdrawPayload> {
    const failed = (userErrors: UserError[]) => Object.assign(new DisputeWithdrawPayload(), { dispute: null, userErrors });
    const key = splitDisputeKey(parseGlobalIdOf(input.disputeId, ["Dispute"], "input.disputeId").key);
    const result = await runMutation(() => withdrawDispute(ctx.wise(), key.profileId, key.disputeId), {
      // Wise's only field here is the status the call sets: a refusal is about the dispute itself.
      fields: (path) => (path === null ? null : ["input", "disputeId"]),
      notFoundField: ["input", "disputeId"],
    });
    if ("userErrors" in result) return failed(result.userErrors);
    ctx.loaders.disputeById.prime(key, result.value);
    ctx.loaders.disputePages.clearAll();
    return Object.assign(new DisputeWithdrawPayload(), { dispute: toDispute(key.profileId, result.value), userErrors: [] });
  }
}
