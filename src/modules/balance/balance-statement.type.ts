import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { DateTimeScalar } from "../../common/scalars/index.js";

export enum BalanceStatementType {
  COMPACT = "COMPACT",
  FLAT = "FLAT",
}

registerEnumType(BalanceStatementType, {
  name: "BalanceStatementType",
  description: "How a statement lists fees.",
  valuesConfig: {
    COMPACT: { description: "One line per transaction." },
    FLAT: { description: "Fees on lines of their own, for accounting." },
  },
});

@ObjectType({ simpleResolvers: true, description: "One transaction of a balance statement." })
export class BalanceStatementLine {
  @Field({ description: "DEBIT (money out) or CREDIT (money in)." })
  direction!: string;

  @Field(() => DateTimeScalar, { description: "When it happened." })
  date!: Date;

  @Field(() => Money, { description: "The amount, negative for money out." })
  amount!: Money;

  @Field(() => Money, { nullable: true, description: "The fees it carried." })
  totalFees!: Money | null;

  @Field(() => String, { nullable: true, description: "Wise's kind of transaction (TRANSFER, CONVERSION, DEPOSIT...)." })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: "What it was, as Wise describes it." })
  description!: string | null;

  @Field(() => Money, { nullable: true, description: "The balance right after it." })
  runningBalance!: Money | null;

  @Field(() => String, { nullable: true, description: "Wise's reference of the transaction." })
  referenceNumber!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A balance's statement over an interval." })
export class BalanceStatement {
  @Field(() => [BalanceStatementLine], { description: "The transactions of the interval." })
  transactions!: BalanceStatementLine[];

  @Field(() => Money, { nullable: true, description: "The balance at the end of the interval." })
  endBalance!: Money | null;
}
