import "reflect-metadata";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fromGlobalId, toGlobalId } from "graphql-relay";
import { startSandbox } from "../../src/sandbox/index.js";
import { createServer } from "../../src/server/create-server.js";
import { WiseClient } from "../../src/wise/client.js";
import { formatJson } from "./format-json.js";

/**
 * The documentation's example operations (docs/examples/*.graphql), run one after the other against
 * a fresh embedded sandbox, rendered as the markdown that goes between the marker comments
 * `<!-- example: NAME -->` and `<!-- /example -->` of README.md and the markdown files under
 * docs/: the operation, its variables, its answer.
 *
 * The seed is deterministic and the sandbox's clock is fixed (DOCS_NOW), so ids, amounts, rates and
 * dates come out the same on every run. Two rules keep the rest stable and readable:
 * - a quote's id holds a UUID that Wise (and the sandbox) make at random: the n-th quote is shown
 *   with the UUID 00000000-0000-4000-8000-00000000000n, in its global id too; the n-th one-time
 *   token (also a random UUID) as 00000000-0000-4000-a000-00000000000n;
 * - cursors (`cursor`, `startCursor`, `endCursor`, and the variable `after`) are cut to their first 8 characters and "…".
 * Long lists a step trims say so in their last element ("… 3 more").
 */
export const DOCS_NOW = Date.UTC(2025, 6, 1, 9, 0, 0);
const ROOT = process.cwd();
const OPERATIONS = path.resolve(ROOT, "docs/examples");
const IDEMPOTENCY_KEY = "7d3c8a51-2f0e-4c61-9a4b-0b8f2f5b9e11";
const SCA_IDEMPOTENCY_KEY = "3f6e2b1c-8a47-4d95-b0c2-5e9d7a1f4c26";
/** The batch payout's transfers, one idempotency key each. */
const BATCH_IDEMPOTENCY_KEYS = ["5b1e7c2a-0d93-4f8e-a6c1-2e7f9b4d8a01", "5b1e7c2a-0d93-4f8e-a6c1-2e7f9b4d8a02", "5b1e7c2a-0d93-4f8e-a6c1-2e7f9b4d8a03"];
const FUNDING_IDEMPOTENCY_KEY = "b5a1e0c4-6d2f-4b8e-9c3a-71f0d2e4a6b8";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Data = Record<string, any>;

/** Runs every example in order; returns each example's markdown by name. */
export async function runReadmeExamples(): Promise<Map<string, string>> {
  const sandbox = await startSandbox({ port: 0, now: () => DOCS_NOW });
  const alice = sandbox.users[0];
  // As `npm start` on the embedded sandbox: the server is the sandbox's demo partner client.
  const server = await createServer({
    client: new WiseClient({ baseUrl: sandbox.url }),
    defaultToken: alice.token,
    production: false,
    clientCredentials: { clientId: sandbox.client.id, clientSecret: sandbox.client.secret },
  });
  await server.app.listen({ port: 0, host: "127.0.0.1" });
  const address = server.app.server.address();
  const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/graphql`;
  const shown = new Shown();
  const rendered = new Map<string, string>();

  /**
   * Sends docs/examples/FILE with these variables, records it as example NAME, returns `data`.
   * `volatile` registers the answer's run-to-run values before it is rendered; `trim` shortens it.
   */
  async function example(
    name: string,
    file: string,
    {
      variables,
      volatile,
      trim = (answer) => answer,
      token = alice.token,
    }: { variables?: Record<string, Json>; volatile?: (data: Data) => void; trim?: (answer: Data) => Data; token?: string } = {},
  ): Promise<Data> {
    const operation = (await readFile(path.join(OPERATIONS, file), "utf8")).trim();
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: operation, variables }),
    });
    const answer = (await response.json()) as Data;
    if (response.status !== 200 || answer.errors) throw new Error(`example ${name} (${file}) failed: ${response.status} ${JSON.stringify(answer)}`);
    volatile?.(answer.data);
    const variablesText = variables ? `\n# variables:\n${formatJson(shown.json(variables)).replace(/^/gm, "# ")}` : "";
    rendered.set(name, ["```graphql", operation + variablesText, "```", "```json", formatJson(shown.json(trim(answer))), "```"].join("\n"));
    return answer.data;
  }

  try {
    const profileId = toGlobalId("PersonalProfile", String(alice.personalProfileId));
    await example("profiles-first-page", "profiles-first-page.graphql");

    const quote = (
      await example("send-quote", "send-1-quote.graphql", {
        variables: { input: { profileId, sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: "250.00", preferredPayIn: "BALANCE" } },
        volatile: (data) => shown.quote(data.quoteCreate.quote.id),
      })
    ).quoteCreate.quote;

    await example("send-requirements", "send-2-requirements.graphql", {
      variables: { input: { quoteId: quote.id } },
      // Every form, but only the first groups of the first one: the whole answer is long.
      trim: (answer) => {
        const forms = answer.data.recipientRequirements as Data[];
        return { data: { recipientRequirements: forms.map((form, index) => ({ ...form, fieldGroups: cut(form.fieldGroups, index === 0 ? 3 : 0) })) } };
      },
    });

    const recipientInput = { profileId, currency: "EUR", type: "iban", accountHolderName: "Max Mustermann" };
    const recipient = (
      await example("send-recipient", "send-3-recipient.graphql", {
        variables: {
          input: {
            ...recipientInput,
            details: [
              { key: "legalType", value: "PRIVATE" },
              { key: "IBAN", value: "DE89370400440532013000" },
            ],
          },
        },
      })
    ).recipientCreate.recipient;
    await example("send-recipient-invalid", "send-3-recipient.graphql", {
      variables: {
        input: {
          ...recipientInput,
          accountHolderName: "Max",
          details: [
            { key: "legalType", value: "PRIVATE" },
            { key: "IBAN", value: "DE00" },
          ],
        },
      },
    });

    await example("send-attach", "send-4-attach.graphql", { variables: { input: { quoteId: quote.id, recipientId: recipient.id } } });
    const transferInput = { quoteId: quote.id, recipientId: recipient.id, idempotencyKey: IDEMPOTENCY_KEY, reference: "Rent May" };
    const transfer = (await example("send-transfer", "send-4-transfer.graphql", { variables: { input: transferInput } })).transferCreate.transfer;
    // The walkthrough says the same call again returns the same transfer: it is checked here.
    const again = (await example("send-transfer-again", "send-4-transfer.graphql", { variables: { input: transferInput } })).transferCreate.transfer;
    if (again.id !== transfer.id) throw new Error("transferCreate with the same idempotency key made a second transfer");
    rendered.delete("send-transfer-again");

    await example("send-fund", "send-5-fund.graphql", { variables: { input: { transferId: transfer.id } } });
    await example("send-simulate", "send-6-simulate.graphql", {
      variables: { converted: { transferId: transfer.id, status: "FUNDS_CONVERTED" }, sent: { transferId: transfer.id, status: "OUTGOING_PAYMENT_SENT" } },
    });
    await example("send-listed", "send-7-listed.graphql", { variables: { profileId } });

    // The same flow for dana, whose funding Wise gates with strong customer authentication.
    const dana = sandbox.scaUsers[0]!;
    const danaProfileId = toGlobalId("PersonalProfile", String(dana.personalProfileId));
    const asDana = { token: dana.token };
    const danaQuote = (
      await example("sca-quote", "send-1-quote.graphql", {
        ...asDana,
        variables: { input: { profileId: danaProfileId, sourceCurrency: "EUR", targetCurrency: "GBP", sourceAmount: "120.00", preferredPayIn: "BALANCE" } },
        volatile: (data) => shown.quote(data.quoteCreate.quote.id),
      })
    ).quoteCreate.quote;
    const danaRecipient = (
      await example("sca-recipient", "send-3-recipient.graphql", {
        ...asDana,
        variables: {
          input: {
            profileId: danaProfileId,
            currency: "GBP",
            type: "sort_code",
            accountHolderName: "Grace Hopper",
            details: [
              { key: "legalType", value: "PRIVATE" },
              { key: "sortCode", value: "231470" },
              { key: "accountNumber", value: "28821822" },
            ],
          },
        },
      })
    ).recipientCreate.recipient;
    const danaTransfer = (
      await example("sca-transfer", "send-4-transfer.graphql", {
        ...asDana,
        variables: { input: { quoteId: danaQuote.id, recipientId: danaRecipient.id, idempotencyKey: SCA_IDEMPOTENCY_KEY, reference: "Rent June" } },
      })
    ).transferCreate.transfer;
    const challenge = (
      await example("sca-fund-challenge", "sca-1-fund.graphql", {
        ...asDana,
        variables: { input: { transferId: danaTransfer.id } },
        volatile: (data) => shown.oneTimeToken(data.transferFund.scaChallenge.oneTimeToken),
      })
    ).transferFund.scaChallenge;
    await example("sca-pin-verify", "sca-2-pin.graphql", {
      ...asDana,
      variables: { input: { profileId: danaProfileId, oneTimeToken: challenge.oneTimeToken, pin: dana.pin } },
    });
    await example("sca-fund-cleared", "sca-1-fund.graphql", { ...asDana, variables: { input: { transferId: danaTransfer.id, scaToken: challenge.oneTimeToken } } });
    await example("sca-fund-again", "sca-1-fund.graphql", { ...asDana, variables: { input: { transferId: danaTransfer.id, scaToken: challenge.oneTimeToken } } });

    // A batch payout (docs/batch-payouts.md): three transfers to Max, paid with one debit.
    const group = (
      await example("batch-create", "batch-1-create.graphql", {
        variables: { input: { profileId, currency: "GBP", name: "Contractors July" } },
        volatile: (data) => shown.batchGroup(data.batchGroupCreate.batchGroup.id),
      })
    ).batchGroupCreate.batchGroup;
    for (const [index, sourceAmount] of ["120.00", "80.00", "45.50"].entries()) {
      const batchQuote = (
        await example("batch-quote", "send-1-quote.graphql", {
          variables: { input: { profileId, sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount, preferredPayIn: "BALANCE" } },
          volatile: (data) => shown.quote(data.quoteCreate.quote.id),
        })
      ).quoteCreate.quote;
      const name = index === 0 ? "batch-transfer" : "batch-transfer-more";
      await example(name, "batch-2-transfer.graphql", {
        variables: {
          input: { batchGroupId: group.id, quoteId: batchQuote.id, recipientId: recipient.id, idempotencyKey: BATCH_IDEMPOTENCY_KEYS[index]!, reference: "Invoice July" },
        },
      });
    }
    rendered.delete("batch-quote");
    rendered.delete("batch-transfer-more");
    await example("batch-complete", "batch-3-complete.graphql", { variables: { input: { batchGroupId: group.id } } });
    await example("batch-fund", "batch-4-fund.graphql", { variables: { input: { batchGroupId: group.id } } });
    await example("batch-fund-again", "batch-4-fund.graphql", { variables: { input: { batchGroupId: group.id } } });
    const batchPage = (await example("batch-transfers", "batch-5-transfers.graphql", { variables: { id: group.id } })).node.transfers;
    await example("batch-transfers-next", "batch-5-transfers.graphql", { variables: { id: group.id, after: batchPage.pageInfo.endCursor } });
    // Paying by bank transfer (docs/funding.md): a quote priced for it, a transfer, where to send
    // the money, then the deposit arriving (twice: counted once).
    const bankQuote = (
      await example("funding-quote", "send-1-quote.graphql", {
        variables: { input: { profileId, sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: "300.00", preferredPayIn: "BANK_TRANSFER" } },
        volatile: (data) => shown.quote(data.quoteCreate.quote.id),
      })
    ).quoteCreate.quote;
    const bankTransfer = (
      await example("funding-transfer", "send-4-transfer.graphql", {
        variables: { input: { quoteId: bankQuote.id, recipientId: recipient.id, idempotencyKey: FUNDING_IDEMPOTENCY_KEY, reference: "Deposit July" } },
      })
    ).transferCreate.transfer;
    rendered.delete("funding-quote");
    rendered.delete("funding-transfer");
    await example("funding-deposit-details", "funding-1-deposit-details.graphql", { variables: { id: bankTransfer.id } });
    await example("funding-deposit-arrived", "funding-2-deposit.graphql", { variables: { input: { transferId: bankTransfer.id } } });
    await example("funding-deposit-again", "funding-2-deposit.graphql", { variables: { input: { transferId: bankTransfer.id } } });
    // The multi-currency account screen (docs/multi-currency-account.md), as alice.
    await example("mca-account", "mca-1-account.graphql", { variables: { profileId } });
    await example("mca-bank-details", "mca-2-bank-details.graphql", { variables: { profileId } });
    await example("mca-other-currencies", "mca-3-other-currencies.graphql", {
      variables: { profileId },
      // Two currencies are enough to show the shape.
      trim: (answer) => ({ data: { profile: { bankAccountDetails: cut(answer.data.profile.bankAccountDetails, 2) } } }),
    });
    await example("mca-order", "mca-4-order.graphql", { variables: { input: { profileId, currency: "USD" } } });
    await example("mca-order-refused", "mca-4-order.graphql", { variables: { input: { profileId, currency: "JPY" } } });
    await example("mca-simulate", "mca-5-simulate.graphql", { variables: { input: { profileId, currency: "USD" } } });
    await example("mca-issued", "mca-6-issued.graphql", { variables: { profileId } });
    await example("mca-eligibility", "mca-7-eligibility.graphql");
    // The multi-currency account screen's statement page (docs/statements-and-documents.md): alice's
    // GBP balance over June, which ends with the transfer funded above.
    const gbp = sandbox.store.balancesOf(alice.personalProfileId).find((b) => b.type === "STANDARD" && b.currency === "GBP")!;
    const statementOf = { balanceId: toGlobalId("Balance", `${alice.personalProfileId}:${gbp.id}`), from: "2025-06-01T00:00:00.000Z", to: "2025-07-01T09:00:00.000Z" };
    const statementPage = (await example("mca-statement-page", "mca-statement-1-page.graphql", { variables: { ...statementOf, first: 3 } })).node.statement;
    await example("mca-statement-next-page", "mca-statement-1-page.graphql", { variables: { ...statementOf, first: 3, after: statementPage.pageInfo.endCursor } });
    await example("mca-statement-file", "mca-statement-2-file.graphql", {
      variables: statementOf,
      // The link's id is random and its expiry follows the real clock: shown as placeholders.
      trim: (answer) => {
        const file = answer.data.node.statementFile;
        return { data: { node: { statementFile: { ...file, url: file.url.replace(/[^/]+$/, "<random id>"), expiresAt: "(5 minutes after the request)" } } } };
      },
    });
    return rendered;
  } finally {
    await server.app.close();
    await sandbox.close();
  }
}

/** The first `keep` items, then a string saying how many were left out. */
function cut<T>(items: T[], keep: number): Array<T | string> {
  return items.length > keep ? [...items.slice(0, keep), `… ${items.length - keep} more`] : items;
}

/** What the documentation shows for values that differ from run to run (see the rules above). */
class Shown {
  private readonly replacements: Array<[string, string]> = [];
  private quotes = 0;
  private oneTimeTokens = 0;
  private batchGroups = 0;

  /** A one-time token (a random UUID) is shown as 00000000-0000-4000-a000-00000000000n. */
  oneTimeToken(token: string): void {
    this.replacements.push([token, `00000000-0000-4000-a000-${String(++this.oneTimeTokens).padStart(12, "0")}`]);
  }

  /** A batch group's id holds a random UUID too: the n-th is shown as 00000000-0000-4000-b000-00000000000n. */
  batchGroup(globalId: string): void {
    this.uuidInId(globalId, `00000000-0000-4000-b000-${String(++this.batchGroups).padStart(12, "0")}`);
  }

  quote(globalId: string): void {
    this.uuidInId(globalId, `00000000-0000-4000-8000-${String(++this.quotes).padStart(12, "0")}`);
  }

  /** Shows the UUID inside a global id (and the id itself) with `fixed` in its place. */
  private uuidInId(globalId: string, fixed: string): void {
    const { type, id } = fromGlobalId(globalId);
    const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/.exec(id)?.[0];
    if (!uuid) throw new Error(`no UUID in id ${id}`);
    this.replacements.push([globalId, toGlobalId(type, id.replace(uuid, fixed))], [uuid, fixed]);
  }

  json(value: unknown): Json {
    if (Array.isArray(value)) return value.map((item) => this.json(item));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [
          key,
          /^(cursor|startCursor|endCursor|after)$/.test(key) && typeof item === "string" ? `${item.slice(0, 8)}…` : this.json(item),
        ]),
      );
    }
    if (typeof value === "string") return this.replacements.reduce((text, [from, to]) => text.split(from).join(to), value);
    return value as Json;
  }
}

/** A markdown file's text with every example block replaced by its freshly rendered markdown. */
export function applyExamples(markdown: string, rendered: Map<string, string>): { text: string; found: string[]; unknown: string[] } {
  const found = new Set<string>();
  const unknown: string[] = [];
  const text = markdown.replace(/(<!-- example: ([\w-]+) -->\n)[\s\S]*?(<!-- \/example -->)/g, (whole, open: string, name: string, close: string) => {
    found.add(name);
    const markdown = rendered.get(name);
    if (markdown === undefined) {
      unknown.push(name);
      return whole;
    }
    return `${open}${markdown}\n${close}`;
  });
  return { text, found: [...found], unknown };
}

/**
 * A markdown file's text with every `<!-- include: PATH -->` … `<!-- /include -->` block replaced by
 * the current text of PATH (a file of this repository that a test runs, relative to the repository
 * root), in a fenced block.
 */
export async function applyIncludes(markdown: string): Promise<string> {
  const files = new Map<string, string>();
  for (const [, file] of markdown.matchAll(/<!-- include: (\S+) -->/g)) {
    files.set(file, (await readFile(path.resolve(ROOT, file), "utf8")).trimEnd());
  }
  return markdown.replace(/(<!-- include: (\S+) -->\n)[\s\S]*?(<!-- \/include -->)/g, (_whole, open: string, file: string, close: string) => {
    const language = path.extname(file).slice(1) || "text";
    return `${open}\`\`\`${language}\n${files.get(file)}\n\`\`\`\n${close}`;
  });
}
