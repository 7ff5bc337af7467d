import { Field, ID, InputType } from "type-graphql";
import { DecimalScalar, UUIDScalar } from "../../common/scalars/index.js";
import { CardDeliveryOption, CardReplacementReason } from "./card-order.enums.js";

@InputType({ description: "An address for a card: its billing address, and a physical card's delivery address. No PO boxes." })
export class CardOrderAddressInput {
  @Field({ description: "The first address line (street and number), up to 30 characters." })
  firstLine!: string;

  @Field(() => String, { nullable: true, description: "The second address line, up to 30 characters." })
  secondLine?: string | null;

  @Field(() => String, { nullable: true, description: "The third address line, up to 30 characters." })
  thirdLine?: string | null;

  @Field({ description: "The city, up to 30 characters." })
  city!: string;

  @Field({ description: "The post code, up to 10 characters, in the country's format." })
  postCode!: string;

  @Field(() => String, { nullable: true, description: "The state or province code, where the country needs one (US, CA, BR, AU)." })
  state?: string | null;

  @Field({ description: "The country, ISO 3166-1 alpha-2." })
  country!: string;
}

@InputType({ description: "A card to order. Profile.cardOrderForm shows the fields for the chosen program and country." })
export class CardOrderCreateInput {
  @Field(() => ID, { description: "The global ID of the profile the card is for." })
  profileId!: string;

  @Field({ description: "The card program's name, one of Profile.cardPrograms (it says virtual or physical)." })
  program!: string;

  @Field({ description: "The cardholder's name." })
  cardHolderName!: string;

  @Field(() => String, { nullable: true, description: "The name printed on a physical card, 1 to 22 characters; the cardholder's name by default." })
  embossedName?: string | null;

  @Field(() => CardOrderAddressInput, { description: "The billing address, and a physical card's delivery address." })
  address!: CardOrderAddressInput;

  @Field(() => String, { nullable: true, description: 'The phone number for card security codes: "+", the country code, then digits; the profile\'s by default.' })
  phoneNumber?: string | null;

  @Field(() => CardDeliveryOption, { nullable: true, description: "How a physical card is delivered; the region's default when left out. Not for virtual cards." })
  deliveryOption?: CardDeliveryOption | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: "The most the card may ever spend, in the program's currency (exact, at most its decimal places); zero keeps the card from spending until raised.",
  })
  lifetimeLimit?: string | null;

  @Field(() => ID, { nullable: true, description: "The global ID of a card of the profile this one replaces (same kind of card); it is blocked once the new card is activated." })
  replacesCardId?: string | null;

  @Field(() => CardReplacementReason, { nullable: true, description: "Why the card is replaced; required with replacesCardId." })
  replacementReason?: CardReplacementReason | null;

  @Field(() => UUIDScalar, { description: "A UUID made once per intent and reused on retries: the same key never orders a second card." })
  idempotencyKey!: string;
}

@InputType({ description: "A card order to cancel." })
export class CardOrderCancelInput {
  @Field(() => ID, { description: "The card order's global ID." })
  cardOrderId!: string;
}

@InputType({ description: "An address to check before ordering a card." })
export class CardOrderAddressValidateInput {
  @Field(() => CardOrderAddressInput, { description: "The address to check." })
  address!: CardOrderAddressInput;
}

@InputType({ description: "A card order to move one step on (sandbox only)." })
export class CardOrderSimulateNextStepInput {
  @Field(() => ID, { description: "The card order's global ID." })
  cardOrderId!: string;
}
