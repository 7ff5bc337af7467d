import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";
import { Money } from "../../common/money.type.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "A payment into the profile's bank account details changed state (Wise's account-details-payment#state-change event); its `balance` field is the balance it is paid into.",
})
export class AccountDetailsPaymentChange {
  @Field(() => DateTimeScalar, { description: "When the change happened at Wise." })
  occurredAt!: Date;

  @Field(() => String, { description: "Wise's delivery id of the webhook that carried the event, the same on every retry of it." })
  deliveryId!: string;

  @Field(() => Money, { nullable: true, description: "The payment's amount, exact; null when the event did not say." })
  amount!: Money | null;

  @Field(() => String, { description: "The payment's state now, as Wise names it (e.g. PENDING, PROCESSING, COMPLETED, CANCELLED, REFUNDED)." })
  currentStatus!: string;

  @Field(() => String, { nullable: true, description: "The state it left; null for a new payment." })
  previousStatus!: string | null;

  @Field(() => String, { nullable: true, description: "The sender's name, as the paying bank gave it." })
  senderName!: string | null;

  @Field(() => String, { nullable: true, description: "Wise's id of the account details the payment came in through." })
  accountDetailsId!: string | null;

  /** The profile and balance the payment is for, to read the balance. */
  profileId!: number;
  balanceWiseId!: number | null;
}
