import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context.js";
import { loadCard } from "./card.load.js";
import { toCard } from "./card.mapper.js";
import { CardKioskProducePayload, CardPinCountResetPayload, CardSimulateProductionPayload, CardSpendingPermissionsUpdatePayload, type CardReadBack } from "./card.payloads.js";
import { Card } from "./card.type.js";

const READ_BACK = { nullable: true, description: "The card as it stands after the change; null when nothing changed, or (with an error) when Wise could not be read." };

/**
 * The `card` of a payload whose change Wise answers without the card: read again, on its own
 * field, so a failed read nulls only it (with an error) and the change stands.
 */
async function readBack(root: CardReadBack, ctx: Context): Promise<Card | null> {
  if (!root.cardKey) return null;
  return toCard(await loadCard(ctx, root.cardKey.profileId, root.cardKey.cardToken));
}

@Resolver(() => CardPinCountResetPayload)
export class CardPinCountResetPayloadResolver {
  @FieldResolver(() => Card, READ_BACK)
  card(@Root() root: CardPinCountResetPayload, @Ctx() ctx: Context): Promise<Card | null> {
    return readBack(root, ctx);
  }
}

@Resolver(() => CardSpendingPermissionsUpdatePayload)
export class CardSpendingPermissionsUpdatePayloadResolver {
  @FieldResolver(() => Card, READ_BACK)
  card(@Root() root: CardSpendingPermissionsUpdatePayload, @Ctx() ctx: Context): Promise<Card | null> {
    return readBack(root, ctx);
  }
}

@Resolver(() => CardKioskProducePayload)
export class CardKioskProducePayloadResolver {
  @FieldResolver(() => Card, READ_BACK)
  card(@Root() root: CardKioskProducePayload, @Ctx() ctx: Context): Promise<Card | null> {
    return readBack(root, ctx);
  }
}

/** Served with a Wise sandbox only, as its mutation. */
@Resolver(() => CardSimulateProductionPayload)
export class CardSimulateProductionPayloadResolver {
  @FieldResolver(() => Card, READ_BACK)
  card(@Root() root: CardSimulateProductionPayload, @Ctx() ctx: Context): Promise<Card | null> {
    return readBack(root, ctx);
  }
}

export const CARD_PAYLOAD_RESOLVERS = [CardPinCountResetPayloadResolver, CardSpendingPermissionsUpdatePayloadResolver, CardKioskProducePayloadResolver] as const;
