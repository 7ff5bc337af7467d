import { Field, ID, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import { HoldLimitBreach } from "./balance-limits.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of holdLimitBreachClose." })
export class HoldLimitBreachClosePayload {
  @Field(() => HoldLimitBreach, { nullable: true, description: "The breach as it is now: CLOSED once the excess was refunded; null when it could not be read." })
  holdLimitBreach!: HoldLimitBreach | null;

  @Field(() => [UserError], { description: "Why the breach was not closed (not found, already closed, wrong recipient, not enough money), or OUTCOME_UNKNOWN; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of excessMoneyAccountSet." })
export class ExcessMoneyAccountSetPayload {
  @Field(() => ID, { nullable: true, description: "The global ID of the recipient now named; null when userErrors says why not." })
  recipientId!: string | null;

  @Field(() => [UserError], { description: "Why the recipient was not named; empty on success." })
  userErrors!: UserError[];
}
