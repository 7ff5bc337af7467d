import { Field, ID, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { DateTimeScalar, SafeIntScalar } from "../../common/scalars/index.js";

@ObjectType({ simpleResolvers: true, description: "The merchant a 3D Secure challenge is for, as the card scheme named it." })
export class CardThreeDsMerchant {
  @Field(() => String, { nullable: true, description: "The merchant's name." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "The merchant's country, ISO 3166-1 alpha-2." })
  country!: string | null;

  @Field(() => String, { nullable: true, description: "The merchant category code; null when the scheme sent none." })
  category!: string | null;

  @Field(() => String, { nullable: true, description: "The merchant's website; null when the scheme sent none." })
  url!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "A card payment waits for the cardholder to approve it (Wise's cards#3ds-challenge event): ask the cardholder, then report the answer with the challenge-result mutation, naming `transactionReference`, before `expiresAt`.",
})
export class CardThreeDsChallenge {
  @Field(() => DateTimeScalar, { description: "When the challenge was raised at Wise." })
  occurredAt!: Date;

  @Field(() => String, { description: "Wise's delivery id of the webhook that carried the event, the same on every retry of it." })
  deliveryId!: string;

  @Field(() => ID, { description: "The global ID of the card being paid with." })
  cardId!: string;

  @Field(() => String, { description: "The payment's reference, to name when reporting the challenge's result." })
  transactionReference!: string;

  @Field(() => Money, { description: "The amount the merchant asks, exact." })
  amount!: Money;

  @Field(() => CardThreeDsMerchant, { description: "Who asks for the payment." })
  merchant!: CardThreeDsMerchant;

  @Field(() => String, { nullable: true, description: "Where the cardholder is paying: browser or app." })
  channel!: string | null;

  @Field(() => String, { description: "How the cardholder is asked (Wise sends PUSH: a notification in the partner's app)." })
  challengeMethod!: string;

  @Field(() => SafeIntScalar, { description: "How many seconds after `occurredAt` the challenge expires." })
  expiresAfterSeconds!: number;

  @Field(() => DateTimeScalar, { description: "When the challenge expires: after this, its result is no longer taken." })
  expiresAt!: Date;

  /** The owner and the card, to read it. */
  profileWiseId!: number;
  cardToken!: string;
}
