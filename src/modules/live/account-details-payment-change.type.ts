import { Field, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { LiveEventFields } from "./live-event.fields.js";

@ObjectType({
  simpleResolvers: true,
  implements: LiveEventFields,
  description:
    "A payment into the profile's bank account details changed state (Wise's account-details-payment#state-change event); its `balance` field is the balance it is paid into.",
})
export class AccountDetailsPaymentChange extends LiveEventFields {
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
