// Contract of the file answers: the transfer documents (receipt, US combined receipt, non objection
// certificate) and the statement in each format. The sandbox answers with the media types and the
// statuses Wise's spec gives, only in the states Wise names, and the client's endpoint functions
// read those answers as files.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import type { TransferRecord } from "../../src/sandbox/model.js";
import { WiseClient } from "../../src/wise/client.js";
import { WiseApiError } from "../../src/wise/errors.js";
import { getBalanceStatementFile, STATEMENT_FILE_SUFFIXES } from "../../src/wise/endpoints/balance-statements.js";
import { getTransferNoc, getTransferReceipt, getTransferUsCombinedReceipt } from "../../src/wise/endpoints/transfer-documents.js";
import { createSession, type WiseSession } from "../../src/wise/session.js";

type Operation = { operationId: string; responses: Record<string, { content?: Record<string, unknown> }> };
const extract = JSON.parse(fs.readFileSync(path.resolve(process.cwd(), "test/fixtures/wise/openapi-extract.json"), "utf8")) as {
  paths: Record<string, Record<string, Operation>>;
};
const spec = (specPath: string) => extract.paths[specPath]!.get!;

let sandbox: RunningSandbox;
let alice: DemoUser;
let bob: DemoUser;
let wise: WiseSession;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
  wise = createSession(new WiseClient({ baseUrl: sandbox.url }), alice.token);
});
afterAll(async () => {
  await sandbox.close();
});

async function get(pathname: string, token = alice.token) {
  const response = await fetch(`${sandbox.url}${pathname}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", bytes: Buffer.from(await response.arrayBuffer()) };
}

const aliceTransfer = (match: (t: TransferRecord) => boolean) => [...sandbox.store.transfers.values()].find((t) => t.user === alice.userId && match(t))!;

const DOCUMENTS = [
  { specPath: "/v1/transfers/{transferId}/receipt.pdf", suffix: "receipt.pdf", read: getTransferReceipt, servedIn: ["outgoing_payment_sent"] },
  {
    specPath: "/v1/transfers/{transferId}/us-combined-receipt.pdf",
    suffix: "us-combined-receipt.pdf",
    read: getTransferUsCombinedReceipt,
    servedIn: ["incoming_payment_initiated", "processing", "funds_converted", "outgoing_payment_sent"],
  },
] as const;

describe("transfer documents", () => {
  for (const document of DOCUMENTS) {
    it(`GET ${document.specPath} answers ${spec(document.specPath).operationId}'s PDF in the states Wise names, and its 404 in the others`, async () => {
      const operation = spec(document.specPath);
      const pdfTypes = Object.keys(operation.responses["200"]!.content!);
      for (const status of ["incoming_payment_waiting", "incoming_payment_initiated", "processing", "outgoing_payment_sent", "cancelled"] as const) {
        const transfer = aliceTransfer((t) => t.status === status);
        const answer = await get(`/v1/transfers/${transfer.id}/${document.suffix}`);
        const served = (document.servedIn as readonly string[]).includes(status);
        expect({ status, answer: answer.status }).toEqual({ status, answer: served ? 200 : 404 });
        expect(Object.keys(operation.responses)).toContain(String(answer.status));
        if (served) {
          expect(pdfTypes).toContain(answer.contentType);
          expect(answer.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
          const file = await document.read(wise, transfer.id);
          expect(file.bytes.equals(answer.bytes)).toBe(true);
        } else {
          await expect(document.read(wise, transfer.id)).rejects.toMatchObject({ kind: "HTTP", status: 404 });
        }
      }
      expect((await get(`/v1/transfers/999999999/${document.suffix}`)).status).toBe(404);
      // Another user's transfer is refused as GET /v1/transfers/{id} refuses it.
      expect((await get(`/v1/transfers/${aliceTransfer((t) => t.status === "outgoing_payment_sent").id}/${document.suffix}`, bob.token)).status).toBe(403);
    });
  }

  it("GET /v1/transfers/{transferId}/documents/noc answers transferNocGet's PDF only for a sent INR transfer with a business party", async () => {
    const operation = spec("/v1/transfers/{transferId}/documents/noc");
    const privateInr = aliceTransfer((t) => t.status === "outgoing_payment_sent" && t.targetCurrency === "INR");
    expect((await get(`/v1/transfers/${privateInr.id}/documents/noc`)).status).toBe(404);
    await expect(getTransferNoc(wise, privateInr.id)).rejects.toBeInstanceOf(WiseApiError);
    // The same transfer with a business recipient has one.
    const recipient = sandbox.store.recipients.get(privateInr.targetAccount)!;
    const legalType = recipient.legalType;
    recipient.legalType = "BUSINESS";
    try {
      const answer = await get(`/v1/transfers/${privateInr.id}/documents/noc`);
      expect(answer.status).toBe(200);
      expect(Object.keys(operation.responses["200"]!.content!)).toContain(answer.contentType);
      expect((await getTransferNoc(wise, privateInr.id)).bytes.equals(answer.bytes)).toBe(true);
    } finally {
      recipient.legalType = legalType;
    }
    const sentEur = aliceTransfer((t) => t.status === "outgoing_payment_sent" && t.targetCurrency !== "INR");
    expect((await get(`/v1/transfers/${sentEur.id}/documents/noc`)).status).toBe(404);
  });
});

describe("balance statement files", () => {
  it("GET …/statement.<format> answers each format Wise's spec names, with the same checks as statement.json", async () => {
    const balance = sandbox.store.balancesOf(alice.personalProfileId).find((b) => b.type === "STANDARD" && b.currency === "GBP")!;
    const query = { currency: "GBP", intervalStart: "2025-01-01T00:00:00.000Z", intervalEnd: "2025-06-30T00:00:00.000Z", type: "COMPACT" as const };
    // The suffixes and formats balanceStatementGet's description lists (the extract keeps no descriptions).
    const mediaTypes: Record<string, string> = {
      json: "application/json",
      csv: "text/csv",
      pdf: "application/pdf",
      xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      xml: "application/xml",
      mt940: "text/plain",
      qif: "text/plain",
    };
    expect([...STATEMENT_FILE_SUFFIXES].sort()).toEqual(Object.keys(mediaTypes).sort());
    for (const suffix of STATEMENT_FILE_SUFFIXES) {
      const file = await getBalanceStatementFile(wise, alice.personalProfileId, balance.id, suffix, query);
      expect({ suffix, type: file.contentType.split(";")[0], empty: file.bytes.length === 0 }).toEqual({ suffix, type: mediaTypes[suffix], empty: false });
    }
    // Bad input is refused as for JSON: another currency, an interval over 469 days.
    const base = `/v1/profiles/${alice.personalProfileId}/balance-statements/${balance.id}/statement.pdf`;
    expect((await get(`${base}?currency=EUR&intervalStart=2025-01-01T00:00:00Z&intervalEnd=2025-02-01T00:00:00Z`)).status).toBe(400);
    expect((await get(`${base}?currency=GBP&intervalStart=2024-01-01T00:00:00Z&intervalEnd=2025-06-01T00:00:00Z`)).status).toBe(400);
    expect((await get(`${base}?currency=GBP&intervalStart=2025-01-01T00:00:00Z&intervalEnd=2025-02-01T00:00:00Z`, bob.token)).status).toBe(403);
  });

  it("is SCA-gated for dana in every format, with the challenge headers", async () => {
    const dana = sandbox.scaUsers[0]!;
    const eur = sandbox.store.balancesOf(dana.personalProfileId).find((b) => b.currency === "EUR")!;
    const response = await fetch(
      `${sandbox.url}/v1/profiles/${dana.personalProfileId}/balance-statements/${eur.id}/statement.csv?currency=EUR&intervalStart=2025-01-01T00:00:00Z&intervalEnd=2025-02-01T00:00:00Z`,
      { headers: { authorization: `Bearer ${dana.token}` } },
    );
    expect(response.status).toBe(403);
    expect(response.headers.get("x-2fa-approval-result")).toBe("REJECTED");
    expect(response.headers.get("x-2fa-approval")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
