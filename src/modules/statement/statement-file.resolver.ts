import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { DownloadLink } from "../../common/download-link.type.js";
import { fromWiseError, isWiseError } from "../../common/errors.js";
import { DateTimeScalar } from "../../common/scalars/index.js";
import type { Context } from "../../context/context.js";
import { offerDownload } from "../../downloads/offer.js";
import { getBalanceStatementFile, type StatementFileSuffix } from "../../wise/endpoints/balance-statements.js";
import { Balance } from "../balance/balance.type.js";
import { BalanceStatementType, StatementFileFormat } from "./statement.enums.js";
import { statementQuery } from "./statement.interval.js";

/** Each format's path suffix at Wise, and the media type its file is served as when Wise names none. */
const FORMATS: Record<StatementFileFormat, { suffix: StatementFileSuffix; contentType: string }> = {
  [StatementFileFormat.JSON]: { suffix: "json", contentType: "application/json" },
  [StatementFileFormat.CSV]: { suffix: "csv", contentType: "text/csv" },
  [StatementFileFormat.PDF]: { suffix: "pdf", contentType: "application/pdf" },
  [StatementFileFormat.XLSX]: { suffix: "xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  [StatementFileFormat.CAMT_053]: { suffix: "xml", contentType: "application/xml" },
  [StatementFileFormat.MT940]: { suffix: "mt940", contentType: "text/plain" },
  [StatementFileFormat.QIF]: { suffix: "qif", contentType: "text/plain" },
};

const day = (date: Date) => date.toISOString().slice(0, 10);

@Resolver(() => Balance)
export class BalanceStatementFileResolver {
  @FieldResolver(() => DownloadLink, {
    nullable: true,
    description:
      "The balance's statement over an interval of at most 469 days as a file, fetched from Wise now and served by this server at a short-lived link (DownloadLink.url). SCA as for `statement`: null with SCA_REQUIRED until cleared; a token cleared for `statement` does not clear a file (each is its own Wise call), the 5-minute SCA session does.",
  })
  async statementFile(
    @Root() balance: Balance,
    @Arg("from", () => DateTimeScalar, { description: "The start of the interval." }) from: Date,
    @Arg("to", () => DateTimeScalar, { description: "The end of the interval, at most 469 days after `from`." }) to: Date,
    @Arg("format", () => StatementFileFormat, { description: "The file format." }) format: StatementFileFormat,
    @Arg("type", () => BalanceStatementType, { defaultValue: BalanceStatementType.COMPACT, description: "How fees are listed." }) type: BalanceStatementType,
    @Arg("scaToken", () => String, { nullable: true, description: "A one-time token cleared after an SCA_REQUIRED answer; sent to Wise as x-2fa-approval." })
    scaToken: string | null,
    @Ctx() ctx: Context,
  ): Promise<DownloadLink> {
    const query = statementQuery(balance, from, to, type, scaToken);
    const { suffix, contentType } = FORMATS[format];
    try {
      const file = await getBalanceStatementFile(ctx.wise(), balance.profileId, balance.wiseId, suffix, query, scaToken ?? undefined);
      return offerDownload(ctx.downloads, file, `statement_${balance.currency}_${day(from)}_${day(to)}.${suffix}`, contentType);
    } catch (error) {
      throw isWiseError(error) ? fromWiseError(error) : error;
    }
  }
}
