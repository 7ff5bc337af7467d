import { Field, ObjectType } from "type-graphql";
import { LiveEventFields } from "./live-event.fields.js";

@ObjectType({
  simpleResolvers: true,
  implements: LiveEventFields,
  description:
    "The profile's multi-currency account was activated or deactivated (Wise's balances#account-state-change event); its `account` field is the account as Wise has it now.",
})
export class BalanceAccountStateChange extends LiveEventFields {
  @Field(() => String, { description: "The account's state now, as Wise names it (ACTIVE or INACTIVE)." })
  state!: string;

  /** The profile the account belongs to, to read it. */
  profileId!: number;
}
