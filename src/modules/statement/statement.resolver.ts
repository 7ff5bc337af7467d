import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { fromWiseError, isWiseError } from "../../common/errors.js";
import { Money } from "../../common/money.type.js";
import { PageInfo } from "../../common/page-info.type.js";
import type { Context } from "../../context/context.js";
import { Balance } from "../balance/balance.type.js";
import { StatementArgs } from "./statement.args.js";
import { statementQuery } from "./statement.interval.js";
import { openingBalance, toStatementTransaction } from "./statement.mapper.js";
import { checkCursors, checkPageSize, statementCursor, statementWindow } from "./statement.paging.js";
import { BalanceStatementConnection } from "./statement.type.js";

@Resolver(() => Balance)
export class BalanceStatementResolver {
  @FieldResolver(() => BalanceStatementConnection, {
    nullable: true,
    description:
      "The balance's statement over an interval of at most 469 days, newest first, paged here (Wise answers the whole interval in one call, made once per request however many pages or aliases ask). Where Wise asks for strong customer authentication, this is null with an SCA_REQUIRED error whose extensions.scaChallenge is the challenge: clear it, then ask again with scaToken (or within the 5-minute SCA session that clearing opens).",
  })
  async statement(@Root() balance: Balance, @Args() args: StatementArgs, @Ctx() ctx: Context): Promise<BalanceStatementConnection> {
    const query = statementQuery(balance, args.from, args.to, args.type, args.scaToken);
    checkPageSize(args);
    const scope = ["statement", balance.profileId, balance.wiseId, query.intervalStart, query.intervalEnd, query.type].join(":");
    checkCursors(args, scope);
    let wise;
    try {
      wise = await ctx.loaders.balanceStatement.load({ profileId: balance.profileId, balanceId: balance.wiseId, query, scaToken: args.scaToken ?? null });
    } catch (error) {
      throw isWiseError(error) ? fromWiseError(error) : error;
    }
    const lines = wise.transactions;
    const key = (index: number) => `${lines[index]!.referenceNumber ?? ""}|${lines[index]!.date}|${lines[index]!.amount.value}`;
    const window = statementWindow(args, scope, lines.length, key);
    const edges = [];
    for (let index = window.start; index < window.end; index++)
      edges.push({ cursor: statementCursor(scope, index, key), node: toStatementTransaction(balance.profileId, lines[index]!) });
    return Object.assign(new BalanceStatementConnection(), {
      edges,
      nodes: edges.map((edge) => edge.node),
      pageInfo: Object.assign(new PageInfo(), {
        hasNextPage: window.hasNextPage,
        hasPreviousPage: window.hasPreviousPage,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      }),
      from: args.from,
      to: args.to,
      openingBalance: openingBalance(wise),
      closingBalance: wise.endOfStatementBalance ? Money.of(wise.endOfStatementBalance.value, wise.endOfStatementBalance.currency) : null,
      totalCount: lines.length,
    });
  }
}
