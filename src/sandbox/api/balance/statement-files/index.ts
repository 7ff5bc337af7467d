// The statement in each file format Wise offers besides JSON, rendered from the same computed
// statement, so every format reconciles with the JSON: opening balance, the lines (each amount,
// fee and running balance exact, as decimal text) and the closing balance.

import Big from "big.js";
import { isoMillis } from "../../../format.js";
import type { Reply } from "../../../http.js";
import { textPdf } from "../../../files/pdf.js";
import { xlsxWorkbook, type Cell } from "../../../files/xlsx.js";
import type { Ctx } from "../../../route.js";
import { holderName, type Statement, type StatementLine } from "../statement-data.js";

export interface StatementFile {
  /** The path's suffix: statement.<suffix>. */
  suffix: string;
  render(ctx: Ctx, s: Statement): Reply;
}

const day = (ms: number) => isoMillis(ms).slice(0, 10);

function file(s: Statement, suffix: string, contentType: string, body: string | Buffer): Reply {
  const name = `statement_${s.balance.id}_${s.currency}_${day(s.startMs)}_${day(s.endMs)}.${suffix}`;
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  return { status: 200, body: "", bytes, headers: { "content-type": contentType, "content-disposition": `attachment; filename="${name}"` } };
}

/** Oldest first, the order of booking formats (MT940, CAMT.053, QIF). */
const chronological = (s: Statement) => [...s.lines].reverse();

const CSV_HEADER = ["TransferWise ID", "Date", "Amount", "Currency", "Description", "Payment Reference", "Running Balance", "Total fees"];

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csv(s: Statement): string {
  const rows = s.lines.map((l) => [l.referenceNumber, isoMillis(l.dateMs), l.amount, s.currency, l.description, "", l.runningBalance, l.fee]);
  return [CSV_HEADER, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function pdf(s: Statement): Buffer {
  const lines = [
    `Balance statement: ${s.currency} balance ${s.balance.id}`,
    `Account holder: ${holderName(s.profile)}`,
    `Period: ${isoMillis(s.startMs)} to ${isoMillis(s.endMs)}`,
    `Opening balance: ${s.opening} ${s.currency}`,
    "",
    "Date | Reference | Description | Amount | Fees | Balance",
    ...s.lines.map((l) => `${isoMillis(l.dateMs)} | ${l.referenceNumber} | ${l.description} | ${l.amount} | ${l.fee} | ${l.runningBalance}`),
    "",
    `Closing balance: ${s.closing} ${s.currency}`,
  ];
  return textPdf(`Statement ${s.currency} ${day(s.startMs)} ${day(s.endMs)}`, lines);
}

function xlsx(s: Statement): Buffer {
  const text = (value: string): Cell => ({ text: value });
  const number = (value: string): Cell => ({ number: value });
  const rows: Cell[][] = [
    [text("Opening balance"), number(s.opening), text(s.currency)],
    CSV_HEADER.map(text),
    ...s.lines.map((l) => [
      text(l.referenceNumber),
      text(isoMillis(l.dateMs)),
      number(l.amount),
      text(s.currency),
      text(l.description),
      text(""),
      number(l.runningBalance),
      number(l.fee),
    ]),
    [text("Closing balance"), number(s.closing), text(s.currency)],
  ];
  return xlsxWorkbook(`${s.currency} statement`, rows);
}

/** A decimal's digits without its sign, its scale kept ("-12.50" is "12.50"). */
const unsigned = (value: string) => value.replace(/^-/, "");

/** MT940 amounts: no sign (C or D says it), a comma for the decimal point. */
const swiftAmount = (value: string) => unsigned(value).replace(".", ",") + (value.includes(".") ? "" : ",");
const swiftDate = (ms: number) => isoMillis(ms).slice(2, 10).replace(/-/g, "");
const swiftText = (text: string, max: number) => text.replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, " ").slice(0, max);
const mark = (value: string) => (new Big(value).lt(0) ? "D" : "C");

function mt940(s: Statement): string {
  const lines = [
    `:20:${swiftText(`STMT${s.balance.id}`, 16)}`,
    `:25:${s.balance.id}`,
    ":28C:1/1",
    `:60F:${mark(s.opening)}${swiftDate(s.startMs)}${s.currency}${swiftAmount(s.opening)}`,
    ...chronological(s).flatMap((l: StatementLine) => [
      `:61:${swiftDate(l.dateMs)}${swiftDate(l.dateMs).slice(2)}${mark(l.amount)}${swiftAmount(l.amount)}NTRF${swiftText(l.referenceNumber, 16)}`,
      `:86:${swiftText(l.description, 390)}`,
    ]),
    `:62F:${mark(s.closing)}${swiftDate(s.endMs)}${s.currency}${swiftAmount(s.closing)}`,
  ];
  return `${lines.join("\r\n")}\r\n-`;
}

const xmlText = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

function camt053(ctx: Ctx, s: Statement): string {
  const amount = (value: string) => `<Amt Ccy="${s.currency}">${unsigned(value)}</Amt><CdtDbtInd>${new Big(value).lt(0) ? "DBIT" : "CRDT"}</CdtDbtInd>`;
  const balance = (code: string, value: string, ms: number) => `<Bal><Tp><CdOrPrtry><Cd>${code}</Cd></CdOrPrtry></Tp>${amount(value)}<Dt><DtTm>${isoMillis(ms)}</DtTm></Dt></Bal>`;
  const entries = chronological(s).map(
    (l) =>
      `<Ntry><NtryRef>${xmlText(l.referenceNumber)}</NtryRef>${amount(l.amount)}<Sts>BOOK</Sts><BookgDt><DtTm>${isoMillis(l.dateMs)}</DtTm></BookgDt><ValDt><Dt>${day(l.dateMs)}</Dt></ValDt><AcctSvcrRef>${xmlText(l.referenceNumber)}</AcctSvcrRef><BkTxCd><Prtry><Cd>${xmlText(l.detailType)}</Cd><Issr>Wise</Issr></Prtry></BkTxCd><AddtlNtryInf>${xmlText(l.description)}</AddtlNtryInf></Ntry>`,
  );
  const created = isoMillis(ctx.now());
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">',
    `<BkToCstmrStmt><GrpHdr><MsgId>STMT-${s.balance.id}-${s.startMs}-${s.endMs}</MsgId><CreDtTm>${created}</CreDtTm></GrpHdr>`,
    `<Stmt><Id>${s.balance.id}-${day(s.startMs)}-${day(s.endMs)}</Id><CreDtTm>${created}</CreDtTm><FrToDt><FrDtTm>${isoMillis(s.startMs)}</FrDtTm><ToDtTm>${isoMillis(s.endMs)}</ToDtTm></FrToDt>`,
    `<Acct><Id><Othr><Id>${s.balance.id}</Id></Othr></Id><Ccy>${s.currency}</Ccy><Ownr><Nm>${xmlText(holderName(s.profile))}</Nm></Ownr></Acct>`,
    balance("OPBD", s.opening, s.startMs),
    balance("CLBD", s.closing, s.endMs),
    ...entries,
    "</Stmt></BkToCstmrStmt>",
    "</Document>",
    "",
  ].join("\n");
}

function qif(s: Statement): string {
  const date = (ms: number) => {
    const [y, m, d] = day(ms).split("-");
    return `${m}/${d}/${y}`;
  };
  const entries = chronological(s).map((l) => `D${date(l.dateMs)}\nT${l.amount}\nP${l.description.replace(/\n/g, " ")}\nN${l.referenceNumber}\n^`);
  return ["!Type:Bank", ...entries, ""].join("\n");
}

export const STATEMENT_FILES: readonly StatementFile[] = [
  { suffix: "csv", render: (_ctx, s) => file(s, "csv", "text/csv;charset=UTF-8", csv(s)) },
  { suffix: "pdf", render: (_ctx, s) => file(s, "pdf", "application/pdf", pdf(s)) },
  { suffix: "xlsx", render: (_ctx, s) => file(s, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx(s)) },
  { suffix: "xml", render: (ctx, s) => file(s, "xml", "application/xml;charset=UTF-8", camt053(ctx, s)) },
  { suffix: "mt940", render: (_ctx, s) => file(s, "mt940", "text/plain;charset=UTF-8", mt940(s)) },
  { suffix: "qif", render: (_ctx, s) => file(s, "qif", "text/plain;charset=UTF-8", qif(s)) },
];
