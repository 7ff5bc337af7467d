import { defineModule } from "../module.js";
import { CardSpendControlsResolver } from "./card-spend-controls.resolver.js";
import { SpendControlMutations } from "./spend-control.mutations.js";
import { SpendControlQueries } from "./spend-control.resolver.js";

/** Spend controls: the partner application's authorisation rules for its cards, made, applied, unapplied and deleted from its backend, and the ones that bind each card (Card.spendControls). */
export const spendControlModule = defineModule(() => ({
  resolvers: [SpendControlQueries, SpendControlMutations, CardSpendControlsResolver],
}));
