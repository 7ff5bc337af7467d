// Contract tests of the card routes: the sandbox's answers validated against Wise's spec (the
// committed extract, as in contract.test.ts), a card's test secrets never in a plain answer,
// the list's paging and its refusals, and another user's or profile's card refused.

import { afterAll, beforeAll, describe, expect, it, jest } from "@jest/globals";
import fs from "node:fs";
import path from "node:path";
import { parse } from "lossless-json";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";

// See contract.test.ts: in quick mode openapi-backend never uses the ref parser Jest cannot load.
const unused = () => {
  throw new Error("json-schema-ref-parser is not used in quick mode");
};
jest.mock("@apidevtools/json-schema-ref-parser", () => ({
  __esModule: true,
  default: { dereference: unused, resolve: unused, parse: async (document: unknown) => document },
}));
const { OpenAPIBackend } = await import("openapi-backend");

let sandbox: RunningSandbox;
let api: InstanceType<typeof OpenAPIBackend>;
let alice: DemoUser;
let bob: DemoUser;

interface Raw {
  status: number;
  text: string;
  body: unknown;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

beforeAll(async () => {
  const definition = JSON.parse(fs.readFileSync(path.resolve(process.cwd(), "test/fixtures/wise/openapi-extract.json"), "utf8")) as never;
  api = new OpenAPIBackend({
    definition,
    quick: true,
    ajvOpts: { logger: false, allErrors: true },
    customizeAjv: (ajv) => {
      ajv.addFormat("date-time", DATE_TIME);
      ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
      ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      return ajv;
    },
  });
  await api.init();
  sandbox = await startSandbox();
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
});

afterAll(async () => {
  await sandbox?.close();
});

async function call(method: string, pathAndQuery: string, options: { token?: string; body?: unknown } = {}): Promise<Raw> {
  const headers: Record<string, string> = { authorization: `Bearer ${options.token ?? alice.token}` };
  if (options.body !== undefined) headers["content-type"] = "application/json";
  const res = await fetch(`${sandbox.url}${pathAndQuery}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await res.text();
  return { status: res.status, text, body: text === "" ? undefined : parse(text, null, (n: string) => Number(n)) };
}

function expectValid(body: unknown, operationId: string, status: number): void {
  const result = api.validateResponse(body, operationId, status);
  expect({ operationId, status, errors: result.errors ?? [] }).toEqual({ operationId, status, errors: [] });
}

/** The tokens of a profile's cards in the store, oldest first. */
const tokensOf = (profileId: number) => sandbox.store.cards.cardsOfProfile(profileId).map((card) => card.token);

/** Every test secret of every card, to be sure none leaks into an answer. */
const allSecrets = () => [...sandbox.store.cards.cards.values()].flatMap((card) => [card.secrets.pan, card.secrets.cvv2]);

describe("cards (cardList, cardGet)", () => {
  it("list matches cardList 200: the profile's cards oldest first, with their count and no secrets", async () => {
    const pid = alice.personalProfileId;
    const res = await call("GET", `/v3/spend/profiles/${pid}/cards?pageNumber=1&pageSize=10`);
    expect(res.status).toBe(200);
    expectValid(res.body, "cardList", 200);
    const body = res.body as { cards: { token: string; profileId: number; status: { value: string } }[]; totalCount: number };
    expect(body.totalCount).toBe(2);
    expect(body.cards.map((card) => card.token)).toEqual(tokensOf(pid));
    expect(body.cards.every((card) => card.profileId === pid && card.status.value === "ACTIVE")).toBe(true);
    for (const secret of allSecrets()) expect(res.text).not.toContain(secret);
  });

  it("get matches cardGet 200 with Wise's fields", async () => {
    const pid = alice.personalProfileId;
    const [token] = tokensOf(pid);
    const res = await call("GET", `/v3/spend/profiles/${pid}/cards/${token}`);
    expect(res.status).toBe(200);
    expectValid(res.body, "cardGet", 200);
    expect(Object.keys(res.body as object).sort()).toEqual(
      [
        "bankIdentificationNumber",
        "cardHolderName",
        "cardProgram",
        "clientId",
        "creationTime",
        "expiryDate",
        "lastFourDigits",
        "modificationTime",
        "phoneNumber",
        "profileId",
        "status",
        "token",
        "unlockSpendingPermissions",
      ].sort(),
    );
    const card = sandbox.store.cards.cards.get(token)!;
    expect(res.text).not.toContain(card.secrets.pan);
    expect(res.text).toMatch(/"expiryDate":"\d{4}-\d{2}-\d{2}T00:00:00Z"/);
  });

  it("pages by pageNumber and pageSize, and refuses a page size outside 10 to 100 or a page number below 1", async () => {
    const pid = alice.personalProfileId;
    const second = await call("GET", `/v3/spend/profiles/${pid}/cards?pageNumber=2&pageSize=10`);
    expect(second.status).toBe(200);
    expect(second.body).toEqual({ cards: [], totalCount: 2 });
    for (const query of ["pageSize=9", "pageSize=101", "pageNumber=0", "pageSize=x"]) {
      expect((await call("GET", `/v3/spend/profiles/${pid}/cards?${query}`)).status).toBe(400);
    }
  });

  it("refuses another user's profile (403), another profile's card and an unknown card (404), and a malformed token (400)", async () => {
    const [alicesCard] = tokensOf(alice.personalProfileId);
    const [bobsCard] = tokensOf(bob.personalProfileId);
    expect((await call("GET", `/v3/spend/profiles/${alice.personalProfileId}/cards`, { token: bob.token })).status).toBe(403);
    expect((await call("GET", `/v3/spend/profiles/${alice.personalProfileId}/cards/${alicesCard}`, { token: bob.token })).status).toBe(403);
    expect((await call("GET", `/v3/spend/profiles/${bob.personalProfileId}/cards/${alicesCard}`, { token: bob.token })).status).toBe(404);
    expect((await call("GET", `/v3/spend/profiles/${alice.businessProfileId}/cards/${alicesCard}`)).status).toBe(404);
    expect((await call("GET", `/v3/spend/profiles/${alice.personalProfileId}/cards/${bobsCard}`)).status).toBe(404);
    expect((await call("GET", `/v3/spend/profiles/${alice.personalProfileId}/cards/${crypto.randomUUID()}`)).status).toBe(404);
    expect((await call("GET", `/v3/spend/profiles/${alice.personalProfileId}/cards/not-a-token`)).status).toBe(400);
  });
});
