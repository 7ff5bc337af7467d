// Statement files and transfer documents as short-lived download links served by this server:
// each format fetched through GraphQL, downloaded over HTTP, and read back against the JSON statement.

import { crc32 } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import Big from "big.js";
import { toGlobalId } from "graphql-relay";
import {
  ProfileBalancesDocument,
  QuoteCreateDocument,
  RecipientCreateDocument,
  StatementFileDocument,
  StatementPageDocument,
  TransferCreateDocument,
  TransferDocumentsDocument,
  TransferFundDocument,
  TransferSimulateDocument,
} from "../generated/graphql.js";
import { errorCodes, startHarness, type Harness } from "../helpers/harness.js";
import { newKey, newTransfer } from "../helpers/money.js";
import { defaultDownloadLimits } from "../../src/server/download-limits.js";

let h: Harness;
let base: string;
beforeAll(async () => {
  h = await startHarness();
  base = h.url.replace(/\/graphql$/, "");
});
afterAll(async () => {
  await h.close();
});

const interval = { from: "2025-01-01T00:00:00.000Z", to: "2025-07-01T00:00:00.000Z" };

async function gbpBalanceId(token = h.alice.token, profileId = h.alice.personalProfileId, currency = "GBP"): Promise<string> {
  const balances = (await h.request(ProfileBalancesDocument, { id: toGlobalId("PersonalProfile", String(profileId)), types: ["STANDARD"] }, { token })).body.data!.profile!
    .balances!;
  return balances.find((b) => b.currency === currency)!.id;
}

interface Link {
  url: string;
  expiresAt: string;
  contentType: string;
  fileName: string;
  byteSize: number;
}

async function statementFile(id: string, format: string, token = h.alice.token): Promise<Link> {
  const response = await h.request(StatementFileDocument, { id, ...interval, format } as never, { token });
  expect(response.body.errors).toBeUndefined();
  return (response.body.data!.node as { statementFile: Link }).statementFile;
}

/** Downloads a link with no token at all, as a browser following it would. */
async function download(link: Link): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  expect(link.url).toMatch(/^\/downloads\/[A-Za-z0-9_-]{43}$/);
  const response = await fetch(`${base}${link.url}`);
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** The JSON statement of the same interval, every line, through GraphQL. */
async function jsonStatement(id: string) {
  const response = await h.request(StatementPageDocument, { id, ...interval, first: 100 });
  const statement = (response.body.data!.node as { statement: any }).statement;
  expect(statement.pageInfo.hasNextPage).toBe(false);
  return {
    opening: statement.openingBalance.amount as string,
    closing: statement.closingBalance.amount as string,
    lines: statement.edges.map((edge: any) => edge.node) as Array<{ referenceNumber: string; amount: { amount: string }; runningBalance: { amount: string } }>,
  };
}

const sum = (amounts: string[]) => amounts.reduce((total, amount) => total.plus(amount), new Big(0)).toFixed(2);

/** The entries of a ZIP of stored entries, each checked against its CRC-32. */
function unzip(bytes: Buffer): Map<string, string> {
  const entries = new Map<string, string>();
  let offset = 0;
  while (bytes.readUInt32LE(offset) === 0x04034b50) {
    expect(bytes.readUInt16LE(offset + 8)).toBe(0); // stored
    const crc = bytes.readUInt32LE(offset + 14);
    const size = bytes.readUInt32LE(offset + 18);
    const nameLength = bytes.readUInt16LE(offset + 26);
    const extra = bytes.readUInt16LE(offset + 28);
    const name = bytes.subarray(offset + 30, offset + 30 + nameLength).toString("utf8");
    const data = bytes.subarray(offset + 30 + nameLength + extra, offset + 30 + nameLength + extra + size);
    expect({ name, crc: crc32(data) }).toEqual({ name, crc });
    entries.set(name, data.toString("utf8"));
    offset += 30 + nameLength + extra + size;
  }
  expect(bytes.readUInt32LE(offset)).toBe(0x02014b50); // the central directory follows
  return entries;
}

/** Checks a PDF's structure: header, trailer, and every cross-reference offset at its object. */
function pdfText(bytes: Buffer): string {
  const text = bytes.toString("latin1");
  expect(text.startsWith("%PDF-1.")).toBe(true);
  expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF/.exec(text)![1]);
  expect(text.slice(startxref, startxref + 4)).toBe("xref");
  const [, count] = /xref\n0 (\d+)\n/.exec(text.slice(startxref))!;
  const rows = text
    .slice(startxref)
    .split("\n")
    .slice(3, 2 + Number(count));
  rows.forEach((row, index) => expect(text.slice(Number(row.slice(0, 10)), Number(row.slice(0, 10)) + 12)).toMatch(new RegExp(`^${index + 1} 0 obj`)));
  // The text shown: every (…) Tj string, unescaped.
  return [...text.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map((m) => m[1]!.replace(/\\(.)/g, "$1")).join("\n");
}

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split("\r\n").filter(Boolean)) {
    const cells: string[] = [];
    for (const match of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
      if (match.index === line.length && match[0] === "") break;
      cells.push(match[1]!.startsWith('"') ? match[1]!.slice(1, -1).replace(/""/g, '"') : match[1]!);
    }
    rows.push(cells);
  }
  return rows;
}

describe("Balance.statementFile", () => {
  it("hands out each format as a link on this server whose file reconciles with the JSON statement", async () => {
    const id = await gbpBalanceId();
    const json = await jsonStatement(id);
    expect(json.lines.length).toBeGreaterThan(3);
    const moved = new Big(json.closing).minus(json.opening).toFixed(2);
    expect(sum(json.lines.map((l) => l.amount.amount))).toBe(moved);
    const references = json.lines.map((l) => l.referenceNumber);

    const expected: Record<string, string> = {
      JSON: "application/json",
      CSV: "text/csv",
      PDF: "application/pdf",
      XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      CAMT_053: "application/xml",
      MT940: "text/plain",
      QIF: "text/plain",
    };
    for (const [format, contentType] of Object.entries(expected)) {
      const link = await statementFile(id, format);
      expect(link.contentType.split(";")[0]).toBe(contentType);
      expect(Date.parse(link.expiresAt) - Date.now()).toBeGreaterThan(defaultDownloadLimits.ttlMs - 30_000);
      const file = await download(link);
      expect({ format, status: file.status }).toEqual({ format, status: 200 });
      expect(file.headers.get("content-type")!.split(";")[0]).toBe(contentType);
      expect(file.headers.get("cache-control")).toBe("no-store");
      expect(file.headers.get("x-content-type-options")).toBe("nosniff");
      expect(file.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
      expect(file.headers.get("content-disposition")).toBe(`attachment; filename="${link.fileName}"; filename*=UTF-8''${encodeURIComponent(link.fileName)}`);
      expect(file.bytes.length).toBe(link.byteSize);
      expect(file.bytes.toString("latin1")).not.toContain(h.alice.token);

      switch (format) {
        case "JSON": {
          const body = JSON.parse(file.bytes.toString("utf8"));
          expect(body.transactions.map((t: any) => t.referenceNumber)).toEqual(references);
          expect(String(body.endOfStatementBalance.value)).toBe(String(Number(json.closing)));
          break;
        }
        case "CSV": {
          const [header, ...rows] = csvRows(file.bytes.toString("utf8"));
          const column = (name: string) => header!.indexOf(name);
          expect(rows.map((r) => r[column("TransferWise ID")])).toEqual(references);
          expect(rows.map((r) => r[column("Amount")])).toEqual(json.lines.map((l) => l.amount.amount));
          expect(rows.map((r) => r[column("Running Balance")])).toEqual(json.lines.map((l) => l.runningBalance.amount));
          break;
        }
        case "PDF": {
          const text = pdfText(file.bytes);
          expect(text).toContain(`Opening balance: ${json.opening} GBP`);
          expect(text).toContain(`Closing balance: ${json.closing} GBP`);
          for (const line of json.lines) expect(text).toContain(`| ${line.referenceNumber} |`);
          break;
        }
        case "XLSX": {
          const parts = unzip(file.bytes);
          expect([...parts.keys()].sort()).toEqual(["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
          const sheet = parts.get("xl/worksheets/sheet1.xml")!;
          const rows = [...sheet.matchAll(/<row r="\d+">(.*?)<\/row>/g)].map((row) => [...row[1]!.matchAll(/<(?:v|t xml:space="preserve")>([^<]*)</g)].map((cell) => cell[1]!));
          expect(rows[0]).toEqual(["Opening balance", json.opening, "GBP"]);
          expect(rows.at(-1)).toEqual(["Closing balance", json.closing, "GBP"]);
          expect(sum(rows.slice(2, -1).map((row) => row[2]!))).toBe(moved);
          expect(rows.slice(2, -1).map((row) => row[0])).toEqual(references);
          break;
        }
        case "CAMT_053": {
          const xml = file.bytes.toString("utf8");
          expect(xml).toContain('xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"');
          const balance = (code: string) => {
            const [, amount, sign] = new RegExp(`<Cd>${code}</Cd></CdOrPrtry></Tp><Amt Ccy="GBP">([\\d.]+)</Amt><CdtDbtInd>(CRDT|DBIT)</CdtDbtInd>`).exec(xml)!;
            return sign === "DBIT" ? `-${amount}` : amount;
          };
          expect([balance("OPBD"), balance("CLBD")]).toEqual([json.opening, json.closing]);
          const entries = [...xml.matchAll(/<Ntry><NtryRef>([^<]+)<\/NtryRef><Amt Ccy="GBP">([\d.]+)<\/Amt><CdtDbtInd>(CRDT|DBIT)<\/CdtDbtInd>/g)];
          expect(entries.map((e) => e[1]).reverse()).toEqual(references);
          expect(sum(entries.map((e) => (e[3] === "DBIT" ? `-${e[2]}` : e[2]!)))).toBe(moved);
          break;
        }
        case "MT940": {
          const text = file.bytes.toString("utf8");
          const signed = (mark: string, amount: string) => `${mark === "D" ? "-" : ""}${amount.replace(",", ".")}`;
          const [, openMark, openAmount] = /:60F:([CD])\d{6}GBP([\d,]+)/.exec(text)!;
          const [, closeMark, closeAmount] = /:62F:([CD])\d{6}GBP([\d,]+)/.exec(text)!;
          expect([signed(openMark!, openAmount!), signed(closeMark!, closeAmount!)]).toEqual([json.opening, json.closing]);
          const entries = [...text.matchAll(/:61:\d{10}([CD])([\d,]+)NTRF/g)].map((m) => signed(m[1]!, m[2]!));
          expect(entries).toHaveLength(json.lines.length);
          expect(sum(entries)).toBe(moved);
          break;
        }
        case "QIF": {
          const text = file.bytes.toString("utf8");
          expect(text.startsWith("!Type:Bank\n")).toBe(true);
          const amounts = [...text.matchAll(/^T(-?[\d.]+)$/gm)].map((m) => m[1]!);
          expect(amounts).toEqual(json.lines.map((l) => l.amount.amount).reverse());
          break;
        }
      }
    }
  });

  it("answers 404 for an unknown link and for an expired one, and the link works without a token", async () => {
    const unknown = await fetch(`${base}/downloads/${"A".repeat(43)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("cache-control")).toBe("no-store");
    expect((await fetch(`${base}/downloads/not-an-id`)).status).toBe(404);

    const short = await startHarness({ server: { downloads: { ...defaultDownloadLimits, ttlMs: 300 } } });
    try {
      const shortBase = short.url.replace(/\/graphql$/, "");
      const balances = (await short.request(ProfileBalancesDocument, { id: toGlobalId("PersonalProfile", String(short.alice.personalProfileId)), types: ["STANDARD"] })).body.data!
        .profile!.balances!;
      const id = balances.find((b) => b.currency === "GBP")!.id;
      const link = ((await short.request(StatementFileDocument, { id, ...interval, format: "CSV" } as never)).body.data!.node as { statementFile: Link }).statementFile;
      // A token sent along is neither needed nor echoed.
      const withToken = await fetch(`${shortBase}${link.url}`, { headers: { authorization: `Bearer ${short.alice.token}` } });
      expect(withToken.status).toBe(200);
      expect(await withToken.text()).not.toContain(short.alice.token);
      expect([...withToken.headers.values()].join(" ")).not.toContain(short.alice.token);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect((await fetch(`${shortBase}${link.url}`)).status).toBe(404);
    } finally {
      await short.close();
    }
  });

  it("drops the oldest files first when the total would pass its cap, and refuses a file over the per-file cap", async () => {
    const id = await gbpBalanceId();
    const csv = await statementFile(id, "CSV");
    const small = await startHarness({ server: { downloads: { ...defaultDownloadLimits, maxTotalBytes: csv.byteSize * 2 + 10, maxFileBytes: csv.byteSize + 10 } } });
    try {
      const smallBase = small.url.replace(/\/graphql$/, "");
      const ask = async (format: string) => small.request(StatementFileDocument, { id, ...interval, format } as never);
      const links: Link[] = [];
      for (let i = 0; i < 3; i++) links.push(((await ask("CSV")).body.data!.node as { statementFile: Link }).statementFile);
      const statuses = await Promise.all(links.map(async (link) => (await fetch(`${smallBase}${link.url}`)).status));
      expect(statuses).toEqual([404, 200, 200]);
      const pdf = await ask("PDF");
      expect((pdf.body.data!.node as { statementFile: Link | null }).statementFile).toBeNull();
      expect(errorCodes(pdf)).toEqual(["UPSTREAM_UNAVAILABLE"]);
    } finally {
      await small.close();
    }
  });

  it("is null with SCA_REQUIRED for a gated user, and the interval is checked before any Wise call", async () => {
    const dana = h.sandbox.scaUsers[0]!;
    await h.reset();
    const id = await gbpBalanceId(dana.token, dana.personalProfileId, "EUR");
    const refused = await h.request(StatementFileDocument, { id, ...interval, format: "PDF" } as never, { token: dana.token });
    expect((refused.body.data!.node as { statementFile: unknown }).statementFile).toBeNull();
    expect(refused.body.errors![0]!.extensions!.code).toBe("SCA_REQUIRED");
    const long = await h.request(StatementFileDocument, { id, from: "2024-01-01T00:00:00Z", to: "2025-06-01T00:00:00Z", format: "PDF" } as never, { token: dana.token });
    expect(errorCodes(long)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("Transfer documents", () => {
  it("a receipt once the money is sent, the US combined receipt from initiation on, and no certificate for a EUR transfer", async () => {
    const { transfer } = await newTransfer(h, "80.00");
    const documents = async () => {
      const response = await h.request(TransferDocumentsDocument, { id: transfer.id });
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.node as { status: string; receipt: Link | null; usCombinedReceipt: Link | null; nonObjectionCertificate: Link | null };
    };
    expect(await documents()).toMatchObject({ status: "INCOMING_PAYMENT_WAITING", receipt: null, usCombinedReceipt: null, nonObjectionCertificate: null });
    expect((await h.request(TransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund.userErrors).toEqual([]);
    const processing = await documents();
    expect(processing).toMatchObject({ status: "PROCESSING", receipt: null, nonObjectionCertificate: null });
    expect(processing.usCombinedReceipt).toMatchObject({ contentType: "application/pdf", fileName: `us-combined-receipt-${transfer.wiseId}.pdf` });
    expect(pdfText((await download(processing.usCombinedReceipt! as Link)).bytes)).toContain("Receipt (payment initiated)");
    for (const status of ["FUNDS_CONVERTED", "OUTGOING_PAYMENT_SENT"] as const) {
      expect((await h.request(TransferSimulateDocument, { input: { transferId: transfer.id, status } })).body.data!.transferSimulate.userErrors).toEqual([]);
    }
    const sent = await documents();
    expect(sent).toMatchObject({ status: "OUTGOING_PAYMENT_SENT", nonObjectionCertificate: null });
    const receipt = await download(sent.receipt!);
    expect(receipt.headers.get("content-type")).toBe("application/pdf");
    const text = pdfText(receipt.bytes);
    expect(text).toContain(`Transfer ${transfer.wiseId}`);
    expect(text).toContain(`Amount converted: ${transfer.sourceAmount.amount} GBP`);
  });

  it("a non objection certificate for a sent INR transfer to a business", async () => {
    const profileId = toGlobalId("PersonalProfile", String(h.alice.personalProfileId));
    const quote = (await h.request(QuoteCreateDocument, { input: { profileId, sourceCurrency: "GBP", targetCurrency: "INR", sourceAmount: "300.00", preferredPayIn: "BALANCE" } }))
      .body.data!.quoteCreate.quote!;
    const created = await h.request(RecipientCreateDocument, {
      input: {
        profileId,
        currency: "INR",
        type: "indian",
        accountHolderName: "Kestrel Exports Private Limited",
        details: [
          { key: "legalType", value: "BUSINESS" },
          { key: "ifscCode", value: "YESB0236041" },
          { key: "accountNumber", value: "678911234567891" },
          { key: "address.country", value: "IN" },
          { key: "address.city", value: "Mumbai" },
          { key: "address.firstLine", value: "12 Marine Drive" },
          { key: "address.postCode", value: "400002" },
        ],
      },
    });
    const recipient = created.body.data!.recipientCreate.recipient;
    expect({ recipient: recipient?.legalEntityType, errors: created.body.data!.recipientCreate.userErrors }).toEqual({ recipient: "BUSINESS", errors: [] });
    const createdTransfer = (
      await h.request(TransferCreateDocument, {
        input: { quoteId: quote.id, recipientId: recipient!.id, idempotencyKey: newKey(), reference: "Invoice 7", transferPurpose: "verification.transfers.purpose.pay.bills" },
      })
    ).body.data!.transferCreate;
    expect(createdTransfer.userErrors).toEqual([]);
    const transfer = createdTransfer.transfer!;
    expect((await h.request(TransferFundDocument, { input: { transferId: transfer.id } })).body.data!.transferFund.userErrors).toEqual([]);
    const before = (await h.request(TransferDocumentsDocument, { id: transfer.id })).body.data!.node as { nonObjectionCertificate: Link | null };
    expect(before.nonObjectionCertificate).toBeNull();
    for (const status of ["FUNDS_CONVERTED", "OUTGOING_PAYMENT_SENT"] as const) await h.request(TransferSimulateDocument, { input: { transferId: transfer.id, status } });
    const after = (await h.request(TransferDocumentsDocument, { id: transfer.id })).body.data!.node as { nonObjectionCertificate: Link | null };
    const certificate = await download(after.nonObjectionCertificate!);
    expect(pdfText(certificate.bytes)).toContain("Non objection certificate");
    expect(certificate.headers.get("content-disposition")).toContain(`non-objection-certificate-${transfer.wiseId}.pdf`);
  });
});
