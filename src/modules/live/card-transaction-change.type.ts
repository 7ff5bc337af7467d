import { Field, ID, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { DateTimeScalar } from "../../common/scalars/index.js";

@ObjectType({
  simpleResolvers: true,
  description: "A card transaction was made or moved on (Wise's cards#transaction-state-change event); its `transaction` field is the transaction as Wise has it now.",
})
export class CardTransactionChange {
  @Field(() => DateTimeScalar, { description: "When the change happened at Wise." })
  occurredAt!: Date;

  @Field(() => String, { description: "Wise's delivery id of the webhook that carried the event, the same on every retry of it." })
  deliveryId!: string;

  @Field(() => ID, { description: "The global ID of the transaction, known without reading it." })
  transactionId!: string;

  @Field(() => ID, { description: "The global ID of the card it was made with." })
  cardId!: string;

  @Field(() => String, {
    description: "The transaction's state as the event says: IN_PROGRESS, COMPLETED, DECLINED, CANCELLED or UNKNOWN (the transaction itself may have moved on since).",
  })
  state!: string;

  @Field(() => String, { nullable: true, description: "The step that changed it: AUTH, CAPTURE, PARTIAL_REVERSAL or FULL_REVERSAL; null when the event did not say." })
  stepType!: string | null;

  @Field(() => String, { description: "Wise's type of the transaction, e.g. POS_PURCHASE, ECOM_PURCHASE, CASH_WITHDRAWAL or REFUND." })
  transactionType!: string;

  @Field(() => String, { nullable: true, description: "Why it was declined (Wise's decline reason code); null unless it was." })
  declineReason!: string | null;

  @Field(() => Money, { description: "The amount the merchant asked, exact, in the merchant's currency." })
  amount!: Money;

  @Field(() => Money, { nullable: true, description: "What the cardholder is billed in the card's currency, exact; null when the event did not say." })
  billingAmount!: Money | null;

  @Field(() => Boolean, { description: "False for a pre-authorisation whose amount may still change." })
  amountConfirmed!: boolean;

  /** The owner, the card and Wise's id of the transaction, to read it. */
  profileWiseId!: number;
  cardToken!: string;
  transactionWiseId!: number;
}
