import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Money } from "../../common/money.type.js";
import { SafeIntScalar } from "../../common/scalars/index.js";
import { LiveEventFields } from "./live-event.fields.js";

export enum BalanceChangeDirection {
  CREDIT = "CREDIT",
  DEBIT = "DEBIT",
  UNKNOWN = "UNKNOWN",
}

registerEnumType(BalanceChangeDirection, {
  name: "BalanceChangeDirection",
  description: "Whether money came into a balance or left it.",
  valuesConfig: {
    CREDIT: { description: "Money came in." },
    DEBIT: { description: "Money left." },
    UNKNOWN: { description: "Wise named a direction this API does not know yet." },
  },
});

@ObjectType({
  simpleResolvers: true,
  implements: LiveEventFields,
  description: "Money came into or left one of the profile's balances (Wise's balances#credit and balances#update events); its `balance` field is the balance as Wise has it now.",
})
export class BalanceChange extends LiveEventFields {
  @Field(() => BalanceChangeDirection, { description: "Whether money came in or left." })
  direction!: BalanceChangeDirection;

  @Field(() => Money, { description: "How much came in or left, exact." })
  amount!: Money;

  @Field(() => Money, { nullable: true, description: "What the balance held right after, exact, as the event says; null when it did not say." })
  balanceAfter!: Money | null;

  @Field(() => String, { nullable: true, description: "Wise's category of the movement (its channel name, e.g. TRANSFER); null when the event did not say." })
  channel!: string | null;

  @Field(() => String, { nullable: true, description: "The reference of the transfer behind the movement, when Wise gave one." })
  transferReference!: string | null;

  @Field(() => SafeIntScalar, { nullable: true, description: "Wise's id of the balance, when the event named it (balances#update does; balances#credit names only the currency)." })
  balanceWiseId!: number | null;

  /** The profile the balance belongs to, to read it. */
  profileId!: number;
}
