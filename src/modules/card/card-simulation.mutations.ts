import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { runMutation } from "../../common/run-mutation.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { simulateCardProduction } from "../../wise/endpoints/card-kiosk.js";
import { CardProductionSimulationStatus } from "./card.enums.js";
import { CardSimulateProductionInput } from "./card.inputs.js";
import { CARD_NOT_VISIBLE, cardBeforeChange, cardKeyOf, forgetCard } from "./card.mutations.js";
import { CardSimulateProductionPayload } from "./card.payloads.js";

@Resolver()
export class CardSimulationMutations {
  @Mutation(() => CardSimulateProductionPayload, {
    description:
      "Wise sandbox only: the kiosk finishes producing a card sent with cardKioskProduce: PRODUCED (final; the card's order moves to PRODUCED) or PRODUCTION_ERROR with an error code. Raises cards#card-production-status-change.",
  })
  async cardSimulateProduction(
    @Arg("input", () => CardSimulateProductionInput, { description: "The card and how its production ends." }) input: CardSimulateProductionInput,
    @Ctx() ctx: Context,
  ): Promise<CardSimulateProductionPayload> {
    const failed = (userErrors: UserError[]) => Object.assign(new CardSimulateProductionPayload(), { userErrors });
    const key = cardKeyOf(input.cardId);
    const errorCode = input.errorCode?.trim() || undefined;
    if (errorCode !== undefined && input.status !== CardProductionSimulationStatus.PRODUCTION_ERROR) {
      return failed([UserError.of(UserErrorCode.INVALID, "errorCode is only for PRODUCTION_ERROR.", ["input", "errorCode"])]);
    }
    const card = await cardBeforeChange(ctx, key);
    if (Array.isArray(card)) return failed(card);
    const result = await runMutation(() => simulateCardProduction(ctx.wise(), key.profileId, key.cardToken, { status: input.status, errorCode }), {
      fields: (path) => (path === "errorCode" ? ["input", "errorCode"] : null),
      statusAsUserError: {
        403: CARD_NOT_VISIBLE[403],
        404: { code: UserErrorCode.NOT_ALLOWED, message: "The card was not ordered for kiosk collection.", field: ["input", "cardId"] },
      },
    });
    if ("userErrors" in result) return failed(result.userErrors);
    forgetCard(ctx, key);
    return Object.assign(new CardSimulateProductionPayload(), { cardKey: key, userErrors: [] });
  }
}
