import { route } from "../route.js";
import { wiseBalanceStatement, type WiseBalanceStatement } from "../schemas/balance-statement.js";
import { wiseFile, type WiseFileAnswer } from "../file-answer.js";
import { SCA_APPROVAL_HEADER } from "../sca/headers.js";
import type { WiseSession } from "../session.js";

export interface WiseStatementQuery {
  currency: string;
  /** ISO instants, UTC. */
  intervalStart: string;
  intervalEnd: string;
  type: "COMPACT" | "FLAT";
}

/** The file formats Wise renders a statement in: the suffix of `statement.<suffix>`. */
export const STATEMENT_FILE_SUFFIXES = ["json", "csv", "pdf", "xlsx", "xml", "mt940", "qif"] as const;
export type StatementFileSuffix = (typeof STATEMENT_FILE_SUFFIXES)[number];

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

/**
 * The same statement as a file (`statement.csv`, `.pdf`, `.xlsx`, `.xml` for CAMT.053, `.mt940`,
 * `.qif`, or `.json` as sent): Wise's one operation, its format chosen by the path's suffix. SCA as
 * for the JSON statement.
 * @wiseOperation GET /v1/profiles/{profileId}/balance-statements/{balanceId}/statement.json
 */
export function getBalanceStatementFile(
  wise: WiseSession,
  profileId: number,
  balanceId: number,
  suffix: StatementFileSuffix,
  query: WiseStatementQuery,
  scaToken?: string,
): Promise<WiseFileAnswer> {
  // One route per suffix, so that the suffix is a fixed part of the path, never an encoded value.
  const statementFileRoute = () => {
    switch (suffix) {
      case "json":
        return route`/v1/profiles/${profileId}/balance-statements/${balanceId}/statement.json`;
      case "csv":
        return route`/v1/profiles/${profileId}/balance-statements/${balanceId}/statement.csv`;
      case "pdf":
        return route`/v1/profiles/${profileId}/balance-statements/${balanceId}/statement.pdf`;
      case "xlsx":
        return route`/v1/profiles/${profileId}/balance-statements/${balanceId}/statement.xlsx`;
      case "xml":
        return route`/v1/profiles/${profileId}/balance-statements/${balanceId}/statement.xml`;
      case "mt940":
        return route`/v1/profiles/${profileId}/balance-statements/${balanceId}/statement.mt940`;
      case "qif":
        return route`/v1/profiles/${profileId}/balance-statements/${balanceId}/statement.qif`;
    }
  };
  return wise.call({
    method: "GET",
    route: statementFileRoute(),
    searchParams: { ...query },
    headers: { accept: "*/*", ...(scaToken === undefined ? {} : { [SCA_APPROVAL_HEADER]: scaToken }) },
    fileAnswer: true,
    decoder: wiseFile,
  });
}
