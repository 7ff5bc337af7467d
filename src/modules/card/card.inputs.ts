import { Field, ID, InputType } from "type-graphql";
import { CardProductionSimulationStatus, CardSpendingPermissionType } from "./card.enums.js";

@InputType({ description: "The card to freeze." })
export class CardFreezeInput {
  @Field(() => ID, { description: "The Card." })
  cardId!: string;
}

@InputType({ description: "The frozen card to unfreeze." })
export class CardUnfreezeInput {
  @Field(() => ID, { description: "The Card." })
  cardId!: string;
}

@InputType({ description: "The card to block for good." })
export class CardBlockInput {
  @Field(() => ID, { description: "The Card." })
  cardId!: string;
}

@InputType({ description: "The card whose wrong PIN count to reset." })
export class CardPinCountResetInput {
  @Field(() => ID, { description: "The Card." })
  cardId!: string;
}

@InputType({ description: "One spending permission to switch on or off." })
export class CardSpendingPermissionInput {
  @Field(() => CardSpendingPermissionType, { description: "The way of using the card (not UNKNOWN)." })
  type!: CardSpendingPermissionType;

  @Field({ description: "True to allow payments of this kind, false to decline them." })
  enabled!: boolean;
}

@InputType({ description: "Spending permissions to change on a card, all at once." })
export class CardSpendingPermissionsUpdateInput {
  @Field(() => ID, { description: "The Card." })
  cardId!: string;

  @Field(() => [CardSpendingPermissionInput], { description: "The permissions to change, each type at most once; the others stay as they are." })
  permissions!: CardSpendingPermissionInput[];
}

@InputType({ description: "The card to produce at a kiosk machine, and which one." })
export class CardKioskProduceInput {
  @Field(() => ID, { description: "The Card: a physical card ordered for kiosk collection." })
  cardId!: string;

  @Field({ description: "The kiosk machine to produce it on, as set up with Wise (e.g. WIS00001)." })
  kioskId!: string;
}

@InputType({ description: "How a card's kiosk production in progress ends (Wise sandbox only)." })
export class CardSimulateProductionInput {
  @Field(() => ID, { description: "The Card, whose production is IN_PROGRESS." })
  cardId!: string;

  @Field(() => CardProductionSimulationStatus, { description: "PRODUCED or PRODUCTION_ERROR." })
  status!: CardProductionSimulationStatus;

  @Field(() => String, { nullable: true, description: "For PRODUCTION_ERROR only: the production error to simulate (e.g. PRT_NOT_REACHABLE); UNKNOWN_ERROR when left out." })
  errorCode?: string | null;
}
