import { Field, ObjectType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { DateTimeScalar, SafeIntScalar } from "../../common/scalars/index.js";

@ObjectType("TransferPayment", { simpleResolvers: true, description: "A completed pay-in that funded a transfer." })
export class TransferPayment {
  @Field(() => SafeIntScalar, { description: "Wise's numeric id of the payment." })
  wiseId!: number;

  @Field(() => String, { description: "How the transfer was paid for, as Wise names the pay-in method (BALANCE, BANK_TRANSFER, ...)." })
  method!: string;

  @Field(() => String, { nullable: true, description: "The pricing variant Wise applied within that method; null when it has none." })
  pricingVariant!: string | null;

  @Field(() => Money, { description: "The exact amount paid in, in the transfer's source currency." })
  amount!: Money;

  @Field(() => DateTimeScalar, { description: "When the payment was made." })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: "When Wise last updated the payment; null when Wise does not say." })
  updatedAt!: Date | null;
}
