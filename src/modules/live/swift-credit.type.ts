import { Field, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { SafeIntScalar } from "../../common/scalars/index.js";
import { LiveEventFields } from "./live-event.fields.js";

@ObjectType({
  simpleResolvers: true,
  implements: LiveEventFields,
  description: "A SWIFT payment was received and credited to one of the profile's balances (Wise's swift-in#credit event); the balance's own change comes as balanceChanged.",
})
export class SwiftCredit extends LiveEventFields {
  @Field(() => SafeIntScalar, { description: "Wise's id of the incoming transfer that credited the balance." })
  transferWiseId!: number;

  @Field(() => Money, { description: "What was credited to the balance, exact." })
  settledAmount!: Money;

  @Field(() => Money, { nullable: true, description: "What the sender instructed, before any conversion, exact; null when the event did not say." })
  instructedAmount!: Money | null;

  @Field(() => String, { nullable: true, description: "The sender's reference for the payment." })
  reference!: string | null;

  @Field(() => String, { nullable: true, description: "The sender's name." })
  senderName!: string | null;

  @Field(() => String, { nullable: true, description: "The payment's UETR, the SWIFT network's unique id for it." })
  uetr!: string | null;
}
