import { route } from "../route.js";
import { wiseBalanceStatement, type WiseBalanceStatement } from "../schemas/balance-statement.js";
import { SCA_APPROVAL_HEADER } from "../sca/headers.js";
import type { WiseSession } from "../session.js";

export interface WiseStatementQuery {
  currency: string;
  /** ISO instants, UTC. */
  intervalStart: string;
  intervalEnd: string;
  type: "COMPACT" | "FLAT";
}

/**
 * `GET /v1/profiles/{profileId}/balance-statements/{balanceId}/statement.json`: the balance's
 * transactions over an interval. SCA-protected (low risk): `scaToken`, a cleared one-time token,
 * goes in `x-2fa-approval`.
 * @wiseOperation GET /v1/profiles/{profileId}/balance-statements/{balanceId}/statement.json
 */
export function getBalanceStatement(wise: WiseSession, profileId: number, balanceId: number, query: WiseStatementQuery, scaToken?: string): Promise<WiseBalanceStatement> {
  return wise.call({
    method: "GET",
    route: route`/v1/profiles/${profileId}/balance-statements/${balanceId}/statement.json`,
    searchParams: { ...query },
    headers: scaToken === undefined ? undefined : { [SCA_APPROVAL_HEADER]: scaToken },
    decoder: wiseBalanceStatement,
  });
}
