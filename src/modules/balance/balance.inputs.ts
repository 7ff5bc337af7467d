import { Field, ID, InputType } from "type-graphql";
import { CurrencyCodeScalar, UUIDScalar } from "../../common/scalars/index.js";
import { BalanceType } from "./balance.enums.js";

@InputType({ description: "A balance to open in a profile's multi-currency account." })
export class BalanceCreateInput {
  @Field(() => ID, { description: "The global ID of the profile." })
  profileId!: string;

  @Field(() => CurrencyCodeScalar, { description: "The currency of the new balance." })
  currency!: string;

  @Field(() => BalanceType, { description: "STANDARD (one per currency) or SAVINGS (a jar; needs a name)." })
  type!: BalanceType;

  @Field(() => String, { nullable: true, description: "The jar's name; required for SAVINGS." })
  name?: string | null;

  @Field(() => UUIDScalar, { description: "A UUID made once per intent and reused on retries: the same key never opens a second balance." })
  idempotencyKey!: string;
}

@InputType({ description: "The balance to close; it must be empty." })
export class BalanceDeleteInput {
  @Field(() => ID, { description: "The balance's global ID." })
  balanceId!: string;
}

@InputType({ description: "A conversion between two of the profile's balances, priced by a quote with payOut BALANCE." })
export class BalanceConvertInput {
  @Field(() => ID, { description: "The global ID of a quote made with payOut BALANCE from the source to the target currency." })
  quoteId!: string;

  @Field(() => UUIDScalar, { description: "A UUID made once per intent and reused on retries: the same key never converts twice." })
  idempotencyKey!: string;
}
