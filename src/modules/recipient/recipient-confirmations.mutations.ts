import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { FieldMapper } from "../../common/mutation-errors.js";
import { parseGlobalIdOf, parseQuoteId } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import type { Context } from "../../context/context.js";
import { acceptRecipientConfirmations } from "../../wise/endpoints/recipients.js";
import { toRecipient } from "./recipient.mapper.js";
import { RecipientConfirmationsAcceptInput } from "./recipient-confirmations.inputs.js";
import { RecipientConfirmationsAcceptPayload } from "./recipient-confirmations.payloads.js";

/** Wise names the quote `quoteId`; every other refusal is about the recipient. */
const confirmationFields: FieldMapper = (wisePath) => (wisePath === "quoteId" ? ["input", "quoteId"] : ["input", "recipientId"]);

@Resolver()
export class RecipientConfirmationMutations {
  @Mutation(() => RecipientConfirmationsAcceptPayload, {
    description:
      "Records that the sender accepts the outcome of the recipient's name check (Recipient.confirmations), after showing them the name the bank holds; a recipient whose outcome requires acceptance cannot be paid until then. Accepting again changes nothing.",
  })
  async recipientConfirmationsAccept(
    @Arg("input", () => RecipientConfirmationsAcceptInput, { description: "The recipient, and the quote the check ran for if any." }) input: RecipientConfirmationsAcceptInput,
    @Ctx() ctx: Context,
  ): Promise<RecipientConfirmationsAcceptPayload> {
    const recipientId = Number(parseGlobalIdOf(input.recipientId, ["Recipient"], "input.recipientId").key);
    const quoteId = input.quoteId ? parseQuoteId(input.quoteId, "input.quoteId").quoteId : undefined;
    const result = await runMutation(() => acceptRecipientConfirmations(ctx.wise(), recipientId, quoteId), {
      fields: confirmationFields,
      notFoundField: ["input", "recipientId"],
    });
    if ("userErrors" in result) return Object.assign(new RecipientConfirmationsAcceptPayload(), { recipient: null, userErrors: result.userErrors });
    ctx.loaders.recipientById.clear(recipientId).prime(recipientId, result.value);
    return Object.assign(new RecipientConfirmationsAcceptPayload(), { recipient: toRecipient(result.value), userErrors: [] });
  }
}
