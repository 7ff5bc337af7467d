import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { DateTimeScalar, DecimalScalar, SafeIntScalar } from "../../common/scalars/index.js";

export enum BalanceMovementState {
  PENDING = "PENDING",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
  REVERSED = "REVERSED",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(BalanceMovementState, {
  name: "BalanceMovementState",
  description: "Where a conversion between balances stands.",
  valuesConfig: {
    PENDING: { description: "Accepted, not yet done." },
    COMPLETED: { description: "Done: both balances changed." },
    CANCELLED: { description: "Cancelled; no money moved." },
    REVERSED: { description: "Done, then reversed." },
    UNKNOWN: { description: "A state Wise added after this API was built." },
  },
});

@ObjectType({ simpleResolvers: true, description: "A conversion of money from one of a profile's balances to another." })
export class BalanceConversion {
  @Field(() => SafeIntScalar, { description: "Wise's id of the balance movement." })
  wiseId!: number;

  @Field(() => BalanceMovementState, { description: "Where the conversion stands." })
  state!: BalanceMovementState;

  @Field(() => Money, { nullable: true, description: "The money taken from the source balance." })
  sourceAmount!: Money | null;

  @Field(() => Money, { nullable: true, description: "The money added to the target balance." })
  targetAmount!: Money | null;

  @Field(() => DecimalScalar, { nullable: true, description: "The rate applied, exact." })
  rate!: string | null;

  @Field(() => [Money], { description: "The fees charged." })
  fees!: Money[];

  @Field(() => DateTimeScalar, { nullable: true, description: "When the conversion happened." })
  createdAt!: Date | null;
}
