import { Field, Int, ObjectType } from "type-graphql";
import { Connection } from "../../common/connection.js";
import { Money } from "../../common/money.type.js";
import { DateTimeScalar, DecimalScalar } from "../../common/scalars/index.js";
import { StatementDirection, StatementTransactionKind } from "./statement.enums.js";

@ObjectType({ simpleResolvers: true, description: "The merchant of a card transaction, as Wise names it." })
export class StatementMerchant {
  @Field(() => String, { nullable: true, description: "The merchant's name." })
  name!: string | null;

  @Field(() => String, { nullable: true, description: "The street of the merchant's address." })
  firstLine!: string | null;

  @Field(() => String, { nullable: true, description: "The merchant's post code." })
  postCode!: string | null;

  @Field(() => String, { nullable: true, description: "The merchant's city." })
  city!: string | null;

  @Field(() => String, { nullable: true, description: "The merchant's state." })
  state!: string | null;

  @Field(() => String, { nullable: true, description: "The merchant's country." })
  country!: string | null;

  @Field(() => String, { nullable: true, description: "The merchant's category." })
  category!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "What Wise says about a statement transaction; which fields are set depends on its kind." })
export class StatementTransactionDetails {
  @Field(() => Money, { nullable: true, description: "The amount in its original currency (a card payment abroad), or the amount moved." })
  originalAmount!: Money | null;

  @Field(() => Money, { nullable: true, description: "A conversion's amount sold." })
  sourceAmount!: Money | null;

  @Field(() => Money, { nullable: true, description: "A conversion's amount bought." })
  targetAmount!: Money | null;

  @Field(() => Money, { nullable: true, description: "A conversion's fee." })
  fee!: Money | null;

  @Field(() => DecimalScalar, { nullable: true, description: "A conversion's exchange rate, exact." })
  rate!: string | null;

  @Field(() => String, { nullable: true, description: "Who sent a deposit." })
  senderName!: string | null;

  @Field(() => String, { nullable: true, description: "The bank account a deposit came from." })
  senderAccount!: string | null;

  @Field(() => String, { nullable: true, description: "The payment reference of a deposit." })
  paymentReference!: string | null;

  @Field(() => String, { nullable: true, description: "A card transaction's category." })
  category!: string | null;

  @Field(() => StatementMerchant, { nullable: true, description: "A card transaction's merchant." })
  merchant!: StatementMerchant | null;
}

@ObjectType({ simpleResolvers: true, description: "The exchange of a transaction made in another currency." })
export class StatementExchange {
  @Field(() => Money, { nullable: true, description: "The amount exchanged from." })
  fromAmount!: Money | null;

  @Field(() => Money, { nullable: true, description: "The amount exchanged to." })
  toAmount!: Money | null;

  @Field(() => Money, { nullable: true, description: "The amount paid for (a card payment abroad)." })
  forAmount!: Money | null;

  @Field(() => DecimalScalar, { nullable: true, description: "The exchange rate, exact." })
  rate!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One transaction of a balance statement, with the balance right after it." })
export class BalanceStatementTransaction {
  @Field(() => StatementDirection, { description: "DEBIT (money out) or CREDIT (money in)." })
  direction!: StatementDirection;

  @Field(() => DateTimeScalar, { description: "When it happened." })
  date!: Date;

  @Field(() => Money, { description: "The amount, exact, negative for money out." })
  amount!: Money;

  @Field(() => Money, { nullable: true, description: "The fees it carried (included in the amount)." })
  totalFees!: Money | null;

  @Field(() => Money, { nullable: true, description: "The balance right after it." })
  runningBalance!: Money | null;

  @Field(() => StatementTransactionKind, { nullable: true, description: "What kind of transaction it is." })
  kind!: StatementTransactionKind | null;

  @Field(() => String, { nullable: true, description: "What it was, as Wise describes it." })
  description!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Wise's reference of the transaction (TRANSFER-123, CARD-456, CONVERSION-789...): the same on a refund as on the transfer it refunds.",
  })
  referenceNumber!: string | null;

  @Field(() => String, { nullable: true, description: "The card transaction's id, from a CARD-... reference; null for other kinds." })
  cardPaymentReference!: string | null;

  /** Wise id of the profile whose balance this statement is (a card transaction is read through it). */
  profileId!: number;

  @Field(() => StatementTransactionDetails, { nullable: true, description: "What Wise says about it, by kind." })
  details!: StatementTransactionDetails | null;

  @Field(() => StatementExchange, { nullable: true, description: "The exchange, when it was made in another currency." })
  exchange!: StatementExchange | null;

  /** Wise's transfer id, from a TRANSFER-... reference; `transfer` resolves it. */
  transferId!: number | null;
}

@ObjectType({ simpleResolvers: true, description: "A page of a balance's statement over an interval, newest first, with the balance before and after the interval." })
export class BalanceStatementConnection extends Connection(BalanceStatementTransaction, "statement transaction") {
  @Field(() => DateTimeScalar, { description: "The start of the interval." })
  from!: Date;

  @Field(() => DateTimeScalar, { description: "The end of the interval." })
  to!: Date;

  @Field(() => Money, { nullable: true, description: "The balance before the interval's first transaction: closingBalance minus every amount of the interval." })
  openingBalance!: Money | null;

  @Field(() => Money, { nullable: true, description: "The balance at the end of the interval (Wise's endOfStatementBalance)." })
  closingBalance!: Money | null;

  @Field(() => Int, { description: "How many transactions the whole interval holds, over every page." })
  totalCount!: number;
}
