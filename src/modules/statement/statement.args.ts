import { ArgsType, Field, Int } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";
import { BalanceStatementType } from "./statement.enums.js";

/**
 * The arguments of `Balance.statement`: the interval, Relay paging both ways, and SCA. Not
 * `PageArgs`: its `first` defaults to 20, which would be indistinguishable from a caller's
 * `first` when `last` pages backwards.
 */
@ArgsType()
export class StatementArgs {
  @Field(() => DateTimeScalar, { description: "The start of the interval." })
  from!: Date;

  @Field(() => DateTimeScalar, { description: "The end of the interval, at most 469 days after `from`." })
  to!: Date;

  @Field(() => Int, { nullable: true, description: "How many transactions to return from the start (the newest), 1 to 100; 20 when neither first nor last is given." })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Return transactions after this cursor of the same statement (older ones)." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: "How many transactions to return from the end (the oldest), 1 to 100; not with first." })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Return transactions before this cursor of the same statement (newer ones)." })
  before?: string | null;

  @Field(() => BalanceStatementType, { defaultValue: BalanceStatementType.COMPACT, description: "How fees are listed." })
  type!: BalanceStatementType;

  @Field(() => String, { nullable: true, description: "A one-time token cleared after an SCA_REQUIRED answer; sent to Wise as x-2fa-approval." })
  scaToken?: string | null;
}
