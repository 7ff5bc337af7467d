import { createCardOrderLoaders } from "../../loaders/card-order.loader.js";
import { defineModule } from "../module.js";
import { CardOrderSimulationMutations } from "./card-order-simulation.mutations.js";
import { CardOrderMutations } from "./card-order.mutations.js";
import { cardOrderNode } from "./card-order.node.js";
import { CardOrderResolver, ProfileCardOrdersResolver } from "./card-order.resolver.js";

/** Card orders: what a profile may order, ordering a card, and following the order to an issued card. */
export const cardOrderModule = defineModule(() => ({
  resolvers: [ProfileCardOrdersResolver, CardOrderResolver, CardOrderMutations],
  sandboxOnlyResolvers: [CardOrderSimulationMutations],
  nodeTypes: [cardOrderNode],
  loaders: createCardOrderLoaders,
}));
