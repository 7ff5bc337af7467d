import DataLoader from "dataloader";
import { getBalanceStatement, type WiseStatementQuery } from "../wise/endpoints/balance-statements.js";
import type { WiseBalanceStatement } from "../wise/schemas/balance-statement.js";
import type { WiseSession } from "../wise/session.js";

export interface StatementKey {
  profileId: number;
  balanceId: number;
  query: WiseStatementQuery;
  /** A cleared one-time token; part of the key, since a call with it and one without may be answered differently. */
  scaToken: string | null;
}

/**
 * Balance statements. Wise answers a whole interval at once and the connection pages it here, so
 * every page, alias and field of one request that asks for the same interval shares one call.
 */
export function createStatementLoaders(wise: () => WiseSession) {
  return {
    balanceStatement: new DataLoader<StatementKey, WiseBalanceStatement, string>(
      (keys) => Promise.all(keys.map((key) => getBalanceStatement(wise(), key.profileId, key.balanceId, key.query, key.scaToken ?? undefined).catch((error: Error) => error))),
      {
        batch: false,
        cacheKeyFn: (key) => JSON.stringify([key.profileId, key.balanceId, key.query.currency, key.query.intervalStart, key.query.intervalEnd, key.query.type, key.scaToken]),
      },
    ),
  };
}
