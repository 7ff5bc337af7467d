import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { FieldMapper } from "../../common/mutation-errors.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { createRecipient, deactivateRecipient } from "../../wise/endpoints/recipients.js";
import { RecipientCreateInput, RecipientDeleteInput } from "./recipient.inputs.js";
import { toRecipient } from "./recipient.mapper.js";
import { RecipientCreatePayload, RecipientDeletePayload } from "./recipient.payloads.js";
import { ANSWER_KEY, nestAnswers } from "../../common/requirements/requirement-form.mapper.js";

/** Wise names fields `accountHolderName`, `currency`, or `details/<key>`; ours are input paths. */
const recipientFields: FieldMapper = (wisePath) => {
  if (!wisePath) return null;
  const path = wisePath.replace(/^details[/.]/, "");
  if (["accountHolderName", "currency", "type", "profile"].includes(path)) return ["input", path === "profile" ? "profileId" : path];
  return ["input", "details", path.replace(/\//g, ".")];
};

@Resolver()
export class RecipientMutations {
  @Mutation(() => RecipientCreatePayload, {
    description: "Creates a recipient from the answers to its RecipientRequirement form. Wise's validation errors come back as userErrors, one per field.",
  })
  async recipientCreate(
    @Arg("input", () => RecipientCreateInput, { description: "The recipient's currency, type, holder and form answers." }) input: RecipientCreateInput,
    @Ctx() ctx: Context,
  ): Promise<RecipientCreatePayload> {
    const { key } = parseGlobalIdOf(input.profileId, ["PersonalProfile", "BusinessProfile"], "input.profileId");
    const badKeys = input.details.filter((d) => !ANSWER_KEY.test(d.key));
    if (badKeys.length > 0) {
      return payload(
        null,
        badKeys.map((d) => UserError.of(UserErrorCode.INVALID, `"${d.key.slice(0, 64)}" is not a form field key.`, ["input", "details"])),
      );
    }
    const result = await runMutation(
      () =>
        createRecipient(ctx.wise(), {
          profile: Number(key),
          currency: input.currency,
          type: input.type,
          accountHolderName: input.accountHolderName,
          ownedByCustomer: input.ownedByCustomer ?? undefined,
          details: nestAnswers(input.details),
        }),
      { fields: recipientFields, notFoundField: ["input", "profileId"] },
    );
    if ("userErrors" in result) return payload(null, result.userErrors);
    // Wise answers the create in the v1 shape; the `recipient` field reads it back in v2.
    return payload(result.value.id, []);

    function payload(createdRecipientId: number | null, userErrors: UserError[]): RecipientCreatePayload {
      return Object.assign(new RecipientCreatePayload(), { createdRecipientId, userErrors });
    }
  }

  @Mutation(() => RecipientDeletePayload, { description: "Deletes (deactivates) a recipient. Wise cannot undo this; deleting it again is an error." })
  async recipientDelete(
    @Arg("input", () => RecipientDeleteInput, { description: "The recipient to delete." }) input: RecipientDeleteInput,
    @Ctx() ctx: Context,
  ): Promise<RecipientDeletePayload> {
    const { key } = parseGlobalIdOf(input.recipientId, ["Recipient"], "input.recipientId");
    const result = await runMutation(() => deactivateRecipient(ctx.wise(), Number(key)), {
      notFoundField: ["input", "recipientId"],
      // Wise answers 403 for a recipient that is already inactive: for the caller that is a state error.
      statusAsUserError: { 403: { code: UserErrorCode.NOT_ALLOWED, message: "The recipient is already deleted, or not one of yours.", field: ["input", "recipientId"] } },
    });
    if ("userErrors" in result) return Object.assign(new RecipientDeletePayload(), { recipient: null, deletedRecipientId: null, userErrors: result.userErrors });
    ctx.loaders.recipientById.clear(Number(key)).prime(Number(key), result.value);
    return Object.assign(new RecipientDeletePayload(), { recipient: toRecipient(result.value), deletedRecipientId: input.recipientId, userErrors: [] });
  }
}
