import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context/context.js";
import { fetchCardNode } from "../card/card.node.js";
import { Card } from "../card/card.type.js";
import { fetchCardOrderNode } from "../card-order/card-order.node.js";
import { CardOrder } from "../card-order/card-order.type.js";
import { fetchCardTransactionNode } from "../card-transaction/card-transaction.node.js";
import { CardTransaction } from "../card-transaction/card-transaction.type.js";
import { CardOrderStatusChange } from "./card-order-status-change.type.js";
import { CardProductionStatusChange } from "./card-production-status-change.type.js";
import { CardProvisioningVerification } from "./card-provisioning-verification.type.js";
import { CardStatusChange } from "./card-status-change.type.js";
import { CardThreeDsChallenge } from "./card-three-ds-challenge.type.js";
import { CardTransactionChange } from "./card-transaction-change.type.js";

// The nodes the card events carry, each read from Wise with the subscriber's own token when the
// event arrives (the subscribers of one token share one read per event).

const CARD_FIELD = "The card as Wise has it now, read with the subscriber's token: a node a client cache can merge by its id.";

/** A change that names one of the profile's cards. */
interface NamesCard {
  profileWiseId: number;
  cardToken: string;
}

const readCard = (ctx: Context, change: NamesCard) => fetchCardNode(ctx, `${change.profileWiseId}:${change.cardToken}`);

@Resolver(() => CardTransactionChange)
export class CardTransactionChangeResolver {
  @FieldResolver(() => CardTransaction, { description: "The transaction as Wise has it now, read with the subscriber's token: a node a client cache can merge by its id." })
  transaction(@Root() change: CardTransactionChange, @Ctx() ctx: Context): Promise<CardTransaction> {
    return fetchCardTransactionNode(ctx, `${change.profileWiseId}:${change.transactionWiseId}`);
  }
}

@Resolver(() => CardStatusChange)
export class CardStatusChangeResolver {
  @FieldResolver(() => Card, { description: CARD_FIELD })
  card(@Root() change: CardStatusChange, @Ctx() ctx: Context): Promise<Card> {
    return readCard(ctx, change);
  }
}

@Resolver(() => CardProductionStatusChange)
export class CardProductionStatusChangeResolver {
  @FieldResolver(() => Card, { description: CARD_FIELD })
  card(@Root() change: CardProductionStatusChange, @Ctx() ctx: Context): Promise<Card> {
    return readCard(ctx, change);
  }
}

@Resolver(() => CardThreeDsChallenge)
export class CardThreeDsChallengeResolver {
  @FieldResolver(() => Card, { description: "The card being paid with, as Wise has it now, read with the subscriber's token." })
  card(@Root() change: CardThreeDsChallenge, @Ctx() ctx: Context): Promise<Card> {
    return readCard(ctx, change);
  }
}

@Resolver(() => CardProvisioningVerification)
export class CardProvisioningVerificationResolver {
  @FieldResolver(() => Card, { description: "The card being added to the wallet, as Wise has it now, read with the subscriber's token." })
  card(@Root() change: CardProvisioningVerification, @Ctx() ctx: Context): Promise<Card> {
    return readCard(ctx, change);
  }
}

@Resolver(() => CardOrderStatusChange)
export class CardOrderStatusChangeResolver {
  @FieldResolver(() => CardOrder, { description: "The card order as Wise has it now, read with the subscriber's token: a node a client cache can merge by its id." })
  cardOrder(@Root() change: CardOrderStatusChange, @Ctx() ctx: Context): Promise<CardOrder> {
    return fetchCardOrderNode(ctx, `${change.profileWiseId}:${change.orderWiseId}`);
  }
}
