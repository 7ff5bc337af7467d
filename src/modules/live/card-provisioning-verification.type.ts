import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";

@ObjectType({
  simpleResolvers: true,
  description: "A card added to a digital wallet by hand (its number typed in) waits for the cardholder to verify it (Wise's cards#manual-provisioning-verification event).",
})
export class CardProvisioningVerification {
  @Field(() => DateTimeScalar, { description: "When the wallet asked to add the card." })
  occurredAt!: Date;

  @Field(() => String, { description: "Wise's delivery id of the webhook that carried the event, the same on every retry of it." })
  deliveryId!: string;

  @Field(() => ID, { description: "The global ID of the card being added." })
  cardId!: string;

  @Field(() => String, { description: "The wallet's unique reference of the card's payment token." })
  paymentTokenUniqueReference!: string;

  @Field(() => String, { nullable: true, description: "The wallet the card is being added to, e.g. Apple Pay or Google Pay." })
  walletName!: string | null;

  @Field(() => String, { nullable: true, description: "The last four digits of the card's number, to show the cardholder which card it is." })
  lastFourDigits!: string | null;

  /** The owner and the card, to read it. */
  profileWiseId!: number;
  cardToken!: string;
}
