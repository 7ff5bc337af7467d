import { Field, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description: "Who paid a transfer's money out to the recipient's bank, and how: what a recipient's bank asks for when tracing a payment.",
})
export class TransferPayoutInfo {
  @Field(() => String, { nullable: true, description: "The legal entity that processed the transfer for the sender." })
  processorName!: string | null;

  @Field(() => String, { nullable: true, description: 'How the money was delivered, as Wise names it, such as "SWIFT".' })
  deliveryMode!: string | null;

  @Field(() => String, { nullable: true, description: "The reference the sending bank uses to identify and trace the payment." })
  bankingPartnerReference!: string | null;

  @Field(() => String, { nullable: true, description: "The bank that sent the money to the recipient's bank." })
  bankingPartnerName!: string | null;

  @Field(() => String, { nullable: true, description: "The SWIFT MT103 message of the payment, when it went over SWIFT." })
  mt103!: string | null;
}
