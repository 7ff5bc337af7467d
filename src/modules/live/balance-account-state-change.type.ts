import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "The profile's multi-currency account was activated or deactivated (Wise's balances#account-state-change event); its `account` field is the account as Wise has it now.",
})
export class BalanceAccountStateChange {
  @Field(() => DateTimeScalar, { description: "When the change happened at Wise." })
  occurredAt!: Date;

  @Field(() => String, { description: "Wise's delivery id of the webhook that carried the event, the same on every retry of it." })
  deliveryId!: string;

  @Field(() => String, { description: "The account's state now, as Wise names it (ACTIVE or INACTIVE)." })
  state!: string;

  /** The profile the account belongs to, to read it. */
  profileId!: number;
}
