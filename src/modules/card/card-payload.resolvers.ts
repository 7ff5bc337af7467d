import { Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { Context } from "../../context/context.js";
import { loadCard } from "./card.load.js";
import { toCard } from "./card.mapper.js";
import { CardKioskProducePayload, CardPinCountResetPayload, CardSimulateProductionPayload, CardSpendingPermissionsUpdatePayload, type CardReadBack } from "./card.payloads.js";
import { Card } from "./card.type.js";

/**
 * The `card` field of a payload whose change Wise answers without the card: read again, on its
 * own field, so a failed read nulls only it (with an error) and the change stands.
 */
function cardReadBack(payload: ClassType<CardReadBack>) {
  @Resolver(() => payload)
  class CardReadBackResolver {
    @FieldResolver(() => Card, {
      nullable: true,
      description: "The card as it stands after the change; null when nothing changed, or (with an error) when Wise could not be read.",
    })
    async card(@Root() root: CardReadBack, @Ctx() ctx: Context): Promise<Card | null> {
      if (!root.cardKey) return null;
      return toCard(await loadCard(ctx, root.cardKey.profileId, root.cardKey.cardToken));
    }
  }
  return CardReadBackResolver;
}

export const CARD_PAYLOAD_RESOLVERS = [cardReadBack(CardPinCountResetPayload), cardReadBack(CardSpendingPermissionsUpdatePayload), cardReadBack(CardKioskProducePayload)] as const;

/** Served with a Wise sandbox only, as its mutation. */
export const CardSimulateProductionPayloadResolver = cardReadBack(CardSimulateProductionPayload);
