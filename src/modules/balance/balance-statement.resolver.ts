import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { badUserInput, fromWiseError, isWiseError } from "../../common/errors.js";
import { Money } from "../../common/money.type.js";
import { badScaToken } from "../../common/sca/sca-challenge.mapper.js";
import { DateTimeScalar } from "../../common/scalars/index.js";
import type { Context } from "../../context/context.js";
import { getBalanceStatement } from "../../wise/endpoints/balance-statements.js";
import type { WiseBalanceStatement } from "../../wise/schemas/balance-statement.js";
import { Balance } from "./balance.type.js";
import { BalanceStatement, BalanceStatementLine, BalanceStatementType } from "./balance-statement.type.js";

/** Wise refuses longer intervals. */
const MAX_INTERVAL_MS = 469 * 86_400_000;

const money = (value: { value: string; currency: string } | null | undefined) => (value ? Money.of(value.value, value.currency) : null);

function toStatement(wise: WiseBalanceStatement): BalanceStatement {
  return Object.assign(new BalanceStatement(), {
    transactions: wise.transactions.map((t) =>
      Object.assign(new BalanceStatementLine(), {
        direction: t.type,
        date: new Date(t.date),
        amount: Money.of(t.amount.value, t.amount.currency),
        totalFees: money(t.totalFees),
        kind: t.details?.type ?? null,
        description: t.details?.description ?? null,
        runningBalance: money(t.runningBalance),
        referenceNumber: t.referenceNumber ?? null,
      }),
    ),
    endBalance: money(wise.endOfStatementBalance),
  });
}

@Resolver(() => Balance)
export class BalanceStatementResolver {
  @FieldResolver(() => BalanceStatement, {
    nullable: true,
    description:
      "The balance's statement over an interval of at most 469 days. Where Wise asks for strong customer authentication, this is null with an SCA_REQUIRED error whose extensions.scaChallenge is the challenge: clear it, then ask again with scaToken (or within the 5-minute SCA session that clearing opens).",
  })
  async statement(
    @Root() balance: Balance,
    @Arg("intervalStart", () => DateTimeScalar, { description: "The start of the interval." }) intervalStart: Date,
    @Arg("intervalEnd", () => DateTimeScalar, { description: "The end of the interval." }) intervalEnd: Date,
    @Arg("type", () => BalanceStatementType, { defaultValue: BalanceStatementType.COMPACT, description: "How fees are listed." }) type: BalanceStatementType,
    @Arg("scaToken", () => String, { nullable: true, description: "A one-time token cleared after an SCA_REQUIRED answer; sent to Wise as x-2fa-approval." })
    scaToken: string | null,
    @Ctx() ctx: Context,
  ): Promise<BalanceStatement> {
    if (intervalEnd.getTime() < intervalStart.getTime()) throw badUserInput("intervalEnd must not be before intervalStart.", "intervalEnd");
    if (intervalEnd.getTime() - intervalStart.getTime() > MAX_INTERVAL_MS) throw badUserInput("The interval cannot exceed 469 days.", "intervalEnd");
    if (scaToken !== null && badScaToken(scaToken, ["scaToken"])) throw badUserInput("This is not a one-time token.", "scaToken");
    const query = { currency: balance.currency, intervalStart: intervalStart.toISOString(), intervalEnd: intervalEnd.toISOString(), type };
    try {
      return toStatement(await getBalanceStatement(ctx.wise(), balance.profileId, balance.wiseId, query, scaToken ?? undefined));
    } catch (error) {
      throw isWiseError(error) ? fromWiseError(error) : error;
    }
  }
}
