import { createCardTransactionLoaders } from "../../loaders/card-transaction.loader.js";
import { defineModule } from "../module.js";
import { cardTransactionNode } from "./card-transaction.node.js";
import { CardTransactionCreditResolver, CardTransactionDebitResolver, CardTransactionResolver } from "./card-transaction.resolver.js";
import { CardTransactionsResolver } from "./card-transactions.resolver.js";
import { CardSimulatedTransactionsResolver } from "./card-simulated-transactions.resolver.js";
import { CardSimulationMutations } from "./card-simulation.mutations.js";
import { StatementCardTransactionResolver } from "./statement-card-transaction.resolver.js";

/** Card transactions: a card's payments, withdrawals and refunds, with the balance movements they made, and (sandbox only) their simulations. */
export const cardTransactionModule = defineModule(() => ({
  resolvers: [CardTransactionsResolver, CardTransactionResolver, CardTransactionDebitResolver, CardTransactionCreditResolver, StatementCardTransactionResolver],
  sandboxOnlyResolvers: [CardSimulationMutations, CardSimulatedTransactionsResolver],
  nodeTypes: [cardTransactionNode],
  loaders: createCardTransactionLoaders,
}));
