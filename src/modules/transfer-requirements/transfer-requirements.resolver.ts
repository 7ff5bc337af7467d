import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { parseGlobalIdOf, parseQuoteId } from "../../common/node/global-id.js";
import { ANSWER_KEY, nestAnswers, toFieldGroups } from "../../common/requirements/requirement-form.mapper.js";
import type { Context } from "../../context/context.js";
import { TransferRequirementsInput } from "./transfer-requirements.inputs.js";
import { TransferRequirements } from "./transfer-requirements.type.js";

/** More answers than the transfer form has fields is not a form being filled in. */
const MAX_ANSWERS = 20;

@Resolver()
export class TransferRequirementsResolver {
  @Query(() => TransferRequirements, {
    description:
      "The form of the details Wise needs for a transfer of this quote to this recipient (the reference, and a purpose or source of funds where the route or amount needs them). Changes nothing. When a field with refreshRequirementsOnChange changes, ask again with the answers so far.",
  })
  async transferRequirements(
    @Arg("input", () => TransferRequirementsInput, { description: "The quote, the recipient and the answers so far." }) input: TransferRequirementsInput,
    @Ctx() ctx: Context,
  ): Promise<TransferRequirements> {
    const { quoteId } = parseQuoteId(input.quoteId, "input.quoteId");
    const recipientId = Number(parseGlobalIdOf(input.recipientId, ["Recipient"], "input.recipientId").key);
    const answers = input.details ?? [];
    if (answers.length > MAX_ANSWERS) throw badUserInput(`At most ${MAX_ANSWERS} answers.`, "input.details");
    for (const [index, answer] of answers.entries()) {
      if (!ANSWER_KEY.test(answer.key)) throw badUserInput(`Field key "${answer.key.slice(0, 64)}" at details[${index}] is not a form key.`, "input.details");
    }
    const forms = await ctx.loaders.transferRequirements.load({ targetAccount: recipientId, quoteUuid: quoteId, details: nestAnswers(answers) });
    // Wise answers a list of forms (one, of type "transfer"); a screen shows their fields as one form.
    return Object.assign(new TransferRequirements(), { fieldGroups: forms.flatMap((form) => toFieldGroups(form)) });
  }
}
