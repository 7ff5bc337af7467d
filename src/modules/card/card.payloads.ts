import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import type { CardKey } from "../../loaders/card.loader.js";
import { Card, CardKioskProduction } from "./card.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of cardFreeze, cardUnfreeze or cardBlock." })
export class CardStatusChangePayload {
  @Field(() => Card, { nullable: true, description: "The card with its status now; null when userErrors says why it did not change." })
  card!: Card | null;

  @Field(() => [UserError], { description: "Why the status did not change; empty on success." })
  userErrors!: UserError[];
}

/** A payload whose card is read again after the change (Wise's answer to the change has no card). */
export interface CardReadBack {
  /** The changed card's key; unset when nothing changed. */
  cardKey?: CardKey;
}

@ObjectType({ simpleResolvers: true, description: "The result of cardPinCountReset." })
export class CardPinCountResetPayload implements CardReadBack {
  cardKey?: CardKey;

  @Field(() => [UserError], { description: "Why the count was not reset; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of cardSpendingPermissionsUpdate." })
export class CardSpendingPermissionsUpdatePayload implements CardReadBack {
  cardKey?: CardKey;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success. The permissions change all together or not at all." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of cardKioskProduce." })
export class CardKioskProducePayload implements CardReadBack {
  cardKey?: CardKey;

  @Field(() => CardKioskProduction, { nullable: true, description: "The production Wise started (IN_PROGRESS); null when userErrors says why not." })
  production!: CardKioskProduction | null;

  @Field(() => [UserError], { description: "Why the kiosk did not take the card (errors name Wise's code, e.g. KIOSK_ID_NOT_FOUND); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of cardSimulateProduction." })
export class CardSimulateProductionPayload implements CardReadBack {
  cardKey?: CardKey;

  @Field(() => [UserError], { description: "Why the simulation did not run; empty on success." })
  userErrors!: UserError[];
}
