import { createCardLoaders } from "../../loaders/card.loader.js";
import { defineModule } from "../module.js";
import { CARD_PAYLOAD_RESOLVERS, CardSimulateProductionPayloadResolver } from "./card-payload.resolvers.js";
import { CardSimulationMutations } from "./card-simulation.mutations.js";
import { CardMutations } from "./card.mutations.js";
import { cardNode } from "./card.node.js";
import { CardResolver, ProfileCardsResolver } from "./card.resolver.js";

/** Cards: a profile's cards, one card, its status and spending permissions, kiosk production (and, on a sandbox, its simulation). */
export const cardModule = defineModule(() => ({
  resolvers: [ProfileCardsResolver, CardResolver, CardMutations, ...CARD_PAYLOAD_RESOLVERS],
  sandboxOnlyResolvers: [CardSimulationMutations, CardSimulateProductionPayloadResolver],
  nodeTypes: [cardNode],
  loaders: createCardLoaders,
}));
