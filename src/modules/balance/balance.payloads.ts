import { Field, ID, ObjectType } from "type-graphql";
import { UUIDScalar } from "../../common/scalars/index.js";
import { UserError } from "../../common/user-error.js";
import { BalanceConversion } from "./balance-conversion.type.js";
import { Balance } from "./balance.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of balanceCreate." })
export class BalanceCreatePayload {
  @Field(() => Balance, { nullable: true, description: "The new balance (or, for a repeated idempotencyKey, the one opened before)." })
  balance!: Balance | null;

  @Field(() => [UserError], { description: "Why no balance was opened, or OUTCOME_UNKNOWN; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of balanceDelete." })
export class BalanceDeletePayload {
  @Field(() => ID, { nullable: true, description: "The global ID of the closed balance, to remove it from client caches." })
  deletedBalanceId!: string | null;

  @Field(() => [UserError], { description: "Why the balance was not closed (e.g. it is not empty); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of balanceConvert." })
export class BalanceConvertPayload {
  @Field(() => BalanceConversion, { nullable: true, description: "The conversion." })
  conversion!: BalanceConversion | null;

  /** The profile whose balances the `balances` field reads (BalanceConvertPayloadResolver); null when nothing was converted. */
  profileId!: number | null;

  @Field(() => UUIDScalar, { description: "The idempotency key of this call: repeat with it after OUTCOME_UNKNOWN." })
  idempotencyKey!: string;

  @Field(() => [UserError], { description: "Why nothing was converted (e.g. INSUFFICIENT_FUNDS), or OUTCOME_UNKNOWN; empty on success." })
  userErrors!: UserError[];
}
