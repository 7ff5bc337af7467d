import { Directive, Field, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { Node } from "../../common/node/node.interface.js";
import { DateTimeScalar, SafeIntScalar } from "../../common/scalars/index.js";
import { CardProgram } from "../card/card.type.js";
import { CardDeliveryOption, CardOrderRequirementStatus, CardOrderRequirementType, CardOrderStatus, CardOrderStepState } from "./card-order.enums.js";

@ObjectType({ simpleResolvers: true, description: "The address on a card order: the card's billing address, and a physical card's delivery address." })
export class CardOrderAddress {
  @Field({ description: "The first address line (street and number)." })
  firstLine!: string;

  @Field(() => String, { nullable: true, description: "The second address line." })
  secondLine!: string | null;

  @Field(() => String, { nullable: true, description: "The third address line." })
  thirdLine!: string | null;

  @Field({ description: "The city." })
  city!: string;

  @Field({ description: "The post code." })
  postCode!: string;

  @Field(() => String, { nullable: true, description: "The state or province code, where the country has them." })
  state!: string | null;

  @Field({ description: "The country, ISO 3166-1 alpha-2." })
  country!: string;
}

@ObjectType({ simpleResolvers: true, description: "How a physical card travels to its holder." })
export class CardOrderDelivery {
  @Field(() => CardDeliveryOption, { description: "The delivery option." })
  option!: CardDeliveryOption;

  @Field(() => String, { nullable: true, description: "The delivery vendor, once known (tracked delivery, from PRODUCED)." })
  vendor!: string | null;

  @Field(() => String, { nullable: true, description: "Where to follow the delivery, once known." })
  trackingUrl!: string | null;

  @Field(() => String, { nullable: true, description: "The vendor's tracking number, once known." })
  trackingNumber!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One requirement of a card order and how far it is." })
export class CardOrderRequirement {
  @Field(() => CardOrderRequirementType, { description: "What is required." })
  type!: CardOrderRequirementType;

  @Field(() => CardOrderRequirementStatus, { description: "How far it is; the card is made once every requirement is COMPLETED." })
  status!: CardOrderRequirementStatus;
}

@ObjectType({ simpleResolvers: true, description: "One step of a card order's way to a card in use, as a tracker shows it." })
export class CardOrderStep {
  @Field(() => CardOrderStatus, { description: "The status the order has once this step is reached." })
  status!: CardOrderStatus;

  @Field(() => CardOrderStepState, { description: "Whether the step is reached, being worked towards, still to come, or skipped." })
  state!: CardOrderStepState;
}

@Directive('@key(fields: "id")')
@Directive("@cacheControl(scope: PRIVATE)")
@ObjectType("CardOrder", { simpleResolvers: true, implements: Node, description: "An order for a card of a profile, from placed to a card ready to use." })
export class CardOrder extends Node {
  @Field(() => SafeIntScalar, { description: "Wise's numeric id of the order." })
  wiseId!: number;

  @Field(() => CardOrderStatus, { description: "Where the order stands." })
  status!: CardOrderStatus;

  @Field(() => [CardOrderStep], {
    description:
      "The order's steps in Wise's flow (placed, requirements fulfilled, card details created, produced for a physical card, completed; or cancelled and returned where that happened), each done, current, upcoming or skipped.",
  })
  progress!: CardOrderStep[];

  @Field(() => CardProgram, { description: "The card program ordered: network, default currency, physical or virtual." })
  program!: CardProgram;

  @Field(() => CardOrderAddress, { nullable: true, description: "The billing address, and a physical card's delivery address." })
  address!: CardOrderAddress | null;

  @Field(() => CardOrderDelivery, { nullable: true, description: "How the card is delivered; null for a virtual card." })
  delivery!: CardOrderDelivery | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      "When the card should arrive: a virtual card at once; a physical card still PLACED as if its requirements were met today; later, Wise's best estimate (not a delivery promise).",
  })
  deliveryEstimate!: Date | null;

  @Field(() => Money, {
    nullable: true,
    description: "The most the card may ever spend, in the program's currency (exact); null without such a limit. Zero means the card cannot spend until it is raised.",
  })
  lifetimeLimit!: Money | null;

  @Field(() => String, { nullable: true, description: "The cardholder's name." })
  cardHolderName!: string | null;

  @Field(() => String, { nullable: true, description: "The phone number of the order (for card one-time passwords)." })
  phoneNumber!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the order was placed." })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the order last changed." })
  updatedAt!: Date | null;

  /** Wise id of the owning profile. */
  profileId!: number;
  /** Wise's token of the card issued for the order, once there is one. */
  cardToken!: string | null;
  /** Wise's token of the card this order replaces, if any. */
  replacesCardToken!: string | null;
}
