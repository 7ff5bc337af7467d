import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import type { Context } from "../../context/context.js";
import { simulateCardOrderStep } from "../../wise/endpoints/card-orders.js";
import { CardOrderSimulateNextStepInput } from "./card-order.inputs.js";
import { splitCardOrderKey, toCardOrder } from "./card-order.mapper.js";
import { CardOrderSimulateNextStepPayload } from "./card-order.payloads.js";

/** The sandbox-only step of a physical card's production, left out of the schema served for a real Wise. */
@Resolver()
export class CardOrderSimulationMutations {
  @Mutation(() => CardOrderSimulateNextStepPayload, {
    description:
      "Wise sandbox only: moves a physical card's order one step through production, as Wise's card factory would: REQUIREMENTS_FULFILLED to CARD_DETAILS_CREATED (the card is issued, INACTIVE), then to PRODUCED (handed to the delivery vendor). The order completes when its card is activated.",
  })
  async cardOrderSimulateNextStep(
    @Arg("input", () => CardOrderSimulateNextStepInput, { description: "The order to move on." }) input: CardOrderSimulateNextStepInput,
    @Ctx() ctx: Context,
  ): Promise<CardOrderSimulateNextStepPayload> {
    const { profileId, cardOrderId } = splitCardOrderKey(parseGlobalIdOf(input.cardOrderId, ["CardOrder"], "input.cardOrderId").key);
    const result = await runMutation(() => simulateCardOrderStep(ctx.wise(), profileId, cardOrderId), {
      fields: () => ["input", "cardOrderId"],
      notFoundField: ["input", "cardOrderId"],
    });
    if ("userErrors" in result) return Object.assign(new CardOrderSimulateNextStepPayload(), { cardOrder: null, userErrors: result.userErrors });
    ctx.loaders.cardOrdersByProfile.clear(profileId);
    ctx.loaders.cardsByProfile.clear(profileId); // the step may issue the card
    ctx.loaders.cardOrderById.clear({ profileId, cardOrderId }).prime({ profileId, cardOrderId }, result.value);
    return Object.assign(new CardOrderSimulateNextStepPayload(), { cardOrder: toCardOrder(result.value), userErrors: [] });
  }
}
