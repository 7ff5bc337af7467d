import { createCardLoaders } from "../../loaders/card.loader.js";
import { defineModule } from "../module.js";
import { cardNode } from "./card.node.js";
import { CardResolver, ProfileCardsResolver } from "./card.resolver.js";

/** Cards: a profile's cards, one card, its status and spending permissions, kiosk production. */
export const cardModule = defineModule(() => ({
  resolvers: [ProfileCardsResolver, CardResolver],
  nodeTypes: [cardNode],
  loaders: createCardLoaders,
}));
