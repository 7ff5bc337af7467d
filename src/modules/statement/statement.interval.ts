import { badUserInput } from "../../common/errors.js";
import { badScaToken } from "../../common/sca/sca-challenge.mapper.js";
import type { WiseStatementQuery } from "../../wise/endpoints/balance-statements.js";
import type { Balance } from "../balance/balance.type.js";
import type { BalanceStatementType } from "./statement.enums.js";

/** Wise refuses longer intervals. */
const MAX_INTERVAL_MS = 469 * 86_400_000;

/** Checks a statement's interval and SCA token before any Wise call, and puts them in Wise's terms. */
export function statementQuery(balance: Balance, from: Date, to: Date, type: BalanceStatementType, scaToken: string | null | undefined): WiseStatementQuery {
  if (to.getTime() < from.getTime()) throw badUserInput('"to" must not be before "from".', "to");
  if (to.getTime() - from.getTime() > MAX_INTERVAL_MS) throw badUserInput("The interval cannot exceed 469 days.", "to");
  if (scaToken !== null && scaToken !== undefined && badScaToken(scaToken, ["scaToken"])) throw badUserInput("This is not a one-time token.", "scaToken");
  return { currency: balance.currency, intervalStart: from.toISOString(), intervalEnd: to.toISOString(), type };
}
