import { createCardTransactionLoaders } from "../../loaders/card-transaction.loader.js";
import { defineModule } from "../module.js";
import { cardTransactionNode } from "./card-transaction.node.js";
import { CardTransactionCreditResolver, CardTransactionDebitResolver, CardTransactionResolver } from "./card-transaction.resolver.js";

/** Card transactions: a card's payments, withdrawals and refunds, with the balance movements they made. */
export const cardTransactionModule = defineModule(() => ({
  resolvers: [CardTransactionResolver, CardTransactionDebitResolver, CardTransactionCreditResolver],
  nodeTypes: [cardTransactionNode],
  loaders: createCardTransactionLoaders,
}));
