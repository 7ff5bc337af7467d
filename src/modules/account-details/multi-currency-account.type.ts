import { Directive, Field, ObjectType } from "type-graphql";
import { Node } from "../../common/node/node.interface.js";
import { DateTimeScalar, SafeIntScalar } from "../../common/scalars/index.js";
import { MultiCurrencyAccountType } from "./account-details.enums.js";

@ObjectType({ simpleResolvers: true, description: "Whether a profile, or a customer living in a place, may have a multi-currency account." })
export class MultiCurrencyAccountEligibility {
  @Field({ description: "Whether they may." })
  eligible!: boolean;

  @Field(() => String, { nullable: true, description: "Wise's code: `eligible`, `invalid.profile.type`, `invalid.country` or `invalid.state`." })
  code!: string | null;

  @Field(() => MultiCurrencyAccountType, { description: "Which account they may have." })
  accountType!: MultiCurrencyAccountType;

  @Field(() => String, { nullable: true, description: "Why not, when not." })
  reason!: string | null;
}

@Directive('@key(fields: "id")')
@Directive("@cacheControl(scope: PRIVATE)")
@ObjectType({ simpleResolvers: true, implements: Node, description: "A profile's Wise multi-currency account: the home of its balances and their bank details." })
export class MultiCurrencyAccount extends Node {
  @Field(() => SafeIntScalar, { description: "Wise's id of the account." })
  wiseId!: number;

  @Field(() => SafeIntScalar, { nullable: true, description: "Wise's id of the recipient that pays into this account (a transfer to yourself)." })
  recipientWiseId!: number | null;

  @Field({ description: "Whether the account is active." })
  active!: boolean;

  @Field({ description: "Whether the profile is still eligible for it." })
  eligible!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the account was opened." })
  createdAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it last changed." })
  updatedAt!: Date | null;

  /** Wise id of the owning profile. */
  profileId!: number;
}
