import { afterAll, afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { CurrenciesDocument, TransferCreateDocument } from "../generated/graphql.js";
import { startHarness, type Harness } from "../helpers/harness.js";
import { eurRecipient, gbpToEurQuote, newKey, restTransfers } from "../helpers/money.js";
import type { Fault } from "../../src/sandbox/index.js";

/** Every `extensions.code` a client may ever see. */
const KNOWN_CODES = new Set([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "RATE_LIMITED",
  "UPSTREAM_UNAVAILABLE",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "COST_LIMIT_EXCEEDED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "UNSUPPORTED_MEDIA_TYPE",
]);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ client: { timeouts: { connect: 500, response: 700, request: 1_500 }, getRetryLimit: 1, retryBaseDelayMs: 10, breaker: { volumeThreshold: 100_000 } } });
});
afterEach(() => {
  h.sandbox.faults.clear();
});
afterAll(async () => {
  await h.close();
});

function checkAnswer(status: number, text: string) {
  expect(status).toBeLessThan(500);
  for (const secret of [h.alice.token, h.bob.token, h.sandbox.url]) expect(text).not.toContain(secret);
  expect(text).not.toMatch(/\bat .+\.(ts|js|mjs):\d+/);
  let body: { errors?: Array<{ extensions?: { code?: string } }> } | null = null;
  try {
    body = JSON.parse(text);
  } catch {
    return; // a non-JSON 4xx from the HTTP layer (e.g. 413) is fine
  }
  for (const error of body?.errors ?? []) expect(KNOWN_CODES.has(error.extensions?.code ?? "")).toBe(true);
}

/** GraphQL-ish text: real tokens of this schema shuffled with noise. */
const graphqlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "{",
        "}",
        "(",
        ")",
        ":",
        "...",
        "query",
        "mutation",
        "fragment",
        "on",
        "profiles",
        "profile",
        "id",
        "currencies",
        "code",
        "rate",
        "node",
        "nodes",
        "activities",
        "first",
        "after",
        "$x",
        "Profile",
        "transferCreate",
        "input",
        '"GBP"',
        "100",
        "@skip(if: true)",
        "__schema",
        "__typename",
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(" "));

describe("properties (fast-check)", () => {
  it("random documents and variables: never a 500, only known codes, no token or stack", async () => {
    await fc.assert(
      fc.asyncProperty(graphqlish, fc.option(fc.jsonValue(), { nil: undefined }), async (query, variables) => {
        const response = await h.raw(JSON.stringify({ query, variables }));
        checkAnswer(response.status, response.text);
      }),
      { numRuns: 150 },
    );
  });

  it("random request bodies: never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 4 })), async (body) => {
        const response = await h.raw(body);
        checkAnswer(response.status, response.text);
      }),
      { numRuns: 150 },
    );
  });

  it("random upstream bodies: an answer off the contract is UPSTREAM_UNAVAILABLE, never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.string({ maxLength: 100 })), async (body) => {
        h.sandbox.faults.clear();
        h.sandbox.faults.add({ route: "GET /v1/currencies", fault: { type: "wrong-shape", body } });
        const response = await h.request(CurrenciesDocument);
        checkAnswer(response.status, response.text);
        const codes = (response.body.errors ?? []).map((e) => e.extensions?.code);
        // A body that happens to be a valid currency list is a valid answer; anything else is a fault.
        if (codes.length > 0) expect(codes).toEqual(["UPSTREAM_UNAVAILABLE"]);
      }),
      { numRuns: 60 },
    );
  });

  it("whatever faults hit transfer creation, one idempotency key makes at most one transfer", async () => {
    const faults: fc.Arbitrary<Fault | null> = fc.constantFrom<Fault | null>(
      null,
      { type: "reset-after" },
      { type: "reset-before" },
      { type: "status", status: 502, runHandler: true },
      { type: "status", status: 500 },
      { type: "status", status: 503 },
      { type: "truncate" },
      { type: "wrong-shape" },
      { type: "html" },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(faults, { minLength: 1, maxLength: 4 }), async (sequence) => {
        const [quote, recipient] = await Promise.all([gbpToEurQuote(h), eurRecipient(h)]);
        const key = newKey();
        let created: number | null = null;
        for (const fault of [...sequence, null]) {
          h.sandbox.faults.clear();
          if (fault) h.sandbox.faults.add({ route: "POST /v1/transfers", fault, times: 1 });
          const response = await h.request(TransferCreateDocument, { input: { quoteId: quote.id, recipientId: recipient.id, idempotencyKey: key } });
          checkAnswer(response.status, response.text);
          const transfer = response.body.data?.transferCreate.transfer;
          if (transfer) {
            if (created !== null) expect(transfer.wiseId).toBe(created);
            created = transfer.wiseId;
          }
        }
        h.sandbox.faults.clear();
        const withKey = (await restTransfers(h, h.alice.personalProfileId)).filter((t) => t.customerTransactionId === key);
        expect(withKey.length).toBeLessThanOrEqual(1);
        expect(created).not.toBeNull();
        expect(withKey.map((t) => t.id)).toEqual([created]);
      }),
      { numRuns: 20 },
    );
  });
});
