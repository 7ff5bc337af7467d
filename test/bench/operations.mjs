// The benchmark suite: each operation as our GraphQL API asks it, as the GraphQL Mesh peer
// (Omnigraph OpenAPI over the same Wise spec) can ask it, and as a hand-written REST client asks
// the sandbox directly. Each states the fewest Wise calls the data needs and why.
//
// A step is one HTTP request: { method, path, body(ctx) -> string, check(status, text, ctx) -> error | null }.
// `check` also reads what later steps need into `ctx` (Mesh's client-side joins).
// A REST flow is `async (http) => void` using http.get(path) / http.post(path, json), so that
// independent calls of one round go out in parallel, as a good REST client would send them.

import { randomUUID } from "node:crypto";

export const ALICE = {
  token: "a11ce5a4-d0b0-4c0d-8e00-000000000001",
  personal: 41000011,
  business: 41000012,
};
/** Alice's EUR IBAN recipient (Lukas Schneider): a valid target for a GBP -> EUR quote. */
const EUR_RECIPIENT = 710000002;

const gid = (type, key) => Buffer.from(`${type}:${key}`).toString("base64");
const json = (value) => JSON.stringify(value);
const gql = (query, variables) => () => json({ query, variables });

/** A GraphQL answer is good when it is 200, has data and no `errors`. */
function graphqlError(status, text) {
  if (status !== 200) return `HTTP ${status}: ${text.slice(0, 200)}`;
  if (text.includes('"errors":')) return text.slice(0, 300);
  return null;
}
function parse(text) {
  return JSON.parse(text);
}
const uniq = (values) => [...new Set(values)];

/**
 * Wise keeps a quote about 48 h after it expires (30 min after it was made, before its transfer):
 * a transfer older than 7 days has no quote to read. Every client of the suite (ours, the Mesh
 * client, the REST client) applies the same rule, so none pays for 404s it can foresee.
 */
export const QUOTE_RETENTION_MS = 7 * 24 * 3600_000;
const wiseTime = (created) => Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(created) ? created : `${created.replace(" ", "T")}Z`);
/** The creation-date window (a day of slack each side) that holds the transfers of these activities. */
function dateWindow(times) {
  const ms = times.map((t) => Date.parse(t));
  return { start: new Date(Math.min(...ms) - 86_400_000).toISOString(), end: new Date(Math.max(...ms) + 86_400_000).toISOString() };
}

export const quoteMayExist = (transfer) => Boolean(transfer.quoteUuid) && Date.now() - wiseTime(transfer.created) <= QUOTE_RETENTION_MS;

// Mesh speaks Wise's shapes: unions per endpoint, so every selection is an inline fragment.
const MESH_PROFILE = "... on personal_profile { id fullName } ... on Business_Profile { id fullName }";
const MESH_BALANCE = "... on Balance { id currency type amount { value currency } }";
const MESH_TRANSFER = "... on Standard_Transfer { id status reference rate sourceValue sourceCurrency targetValue targetCurrency targetAccount quoteUuid user business }";
const MESH_RECIPIENT = "... on Recipient_Account { id name { fullName } accountSummary currency }";
const MESH_QUOTE = "... on Quote { id rate status sourceAmount targetAmount }";

/** Node ids for `nodes`: 2 profiles, 4 balances, 6 transfers, 6 recipients, 2 addresses (20). */
export const NODE_MIX = {
  profiles: [ALICE.personal, ALICE.business],
  balances: [
    [ALICE.personal, 300001],
    [ALICE.personal, 300002],
    [ALICE.business, null],
    [ALICE.business, null],
  ],
  transfers: [58000230, 58000229, 58000228, 58000200, 58000150, 58000100],
  recipients: [710000001, 710000002, 710000003, 710000020, 710000021, 710000022],
  addresses: [],
};

/**
 * Builds the suite once the seed's ids are known (`seed` is read from the sandbox at start:
 * balance ids of the business profile and address ids of both profiles).
 */
export function suite(seed) {
  const mix = seed.nodeMix;
  const ourNodeIds = [
    gid("PersonalProfile", mix.profiles[0]),
    gid("BusinessProfile", mix.profiles[1]),
    ...mix.balances.map(([p, b]) => gid("Balance", `${p}:${b}`)),
    ...mix.transfers.map((id) => gid("Transfer", id)),
    ...mix.recipients.map((id) => gid("Recipient", id)),
    ...mix.addresses.map((id) => gid("Address", id)),
  ];
  const meshNodeFields = [
    ...mix.profiles.map((id, i) => `p${i}: profileGet(profileId: ${id}) { ${MESH_PROFILE} }`),
    ...mix.balances.map(([p, b], i) => `b${i}: balanceGet(profileId: ${p}, balanceId: ${b}) { ${MESH_BALANCE} }`),
    ...mix.transfers.map((id, i) => `t${i}: transferGet(transferId: ${id}) { ${MESH_TRANSFER} }`),
    ...mix.recipients.map((id, i) => `r${i}: recipientGet(accountId: ${id}) { ${MESH_RECIPIENT} }`),
    ...mix.addresses.map((id, i) => `a${i}: addressGet(addressId: ${id}) { ... on Address { id details { city country } } }`),
  ];
  const balanceProfiles = uniq(mix.balances.map(([p]) => p));

  return [
    {
      name: "profiles",
      title: "profiles (one resource)",
      minimum: 1,
      rounds: 1,
      why: "`GET /v2/profiles` returns every profile of the caller in one call.",
      ours: [{ method: "POST", path: "/graphql", body: gql("{ profiles { id wiseId fullName } }"), check: graphqlError }],
      mesh: {
        roundTrips: 1,
        steps: [{ method: "POST", path: "/graphql", body: gql(`{ profileList { ${MESH_PROFILE} } }`), check: graphqlError }],
      },
      rest: { steps: [{ method: "GET", path: "/v2/profiles", check: restOk }] },
    },
    {
      name: "profiles-balances",
      title: "profiles with balances",
      minimum: 3,
      rounds: 2,
      why: "1 `GET /v2/profiles`, then 1 `GET /v4/profiles/{id}/balances?types=STANDARD,SAVINGS` per profile (2): Wise has no balances call across profiles.",
      ours: [
        {
          method: "POST",
          path: "/graphql",
          body: gql("{ profiles { id fullName balances { id currency type amount { amount currency } totalWorth { amount currency } } } }"),
          check: graphqlError,
        },
      ],
      mesh: {
        roundTrips: 2,
        note: "no link from a profile to its balances: list profiles, then one aliased `balanceList` per profile (client-side join)",
        steps: [
          {
            method: "POST",
            path: "/graphql",
            body: gql(`{ profileList { ${MESH_PROFILE} } }`),
            check: (status, text, ctx) => graphqlError(status, text) ?? void (ctx.profiles = parse(text).data.profileList.map((p) => p.id)),
          },
          {
            method: "POST",
            path: "/graphql",
            body: (ctx) => json({ query: `{ ${ctx.profiles.map((id, i) => `b${i}: balanceList(profileId: ${id}, types: "STANDARD,SAVINGS") { ${MESH_BALANCE} }`).join(" ")} }` }),
            check: graphqlError,
          },
        ],
      },
      rest: {
        flow: async (http) => {
          const profiles = await http.get("/v2/profiles");
          await Promise.all(profiles.map((p) => http.get(`/v4/profiles/${p.id}/balances?types=STANDARD,SAVINGS`)));
        },
      },
    },
    {
      name: "transfers-page",
      title: "20 transfers with recipient, quote, profile",
      minimum: 2 + seed.transfers.recipients + seed.transfers.quotes,
      rounds: 2,
      why: `1 \`GET /v2/profiles\` (the profile), 1 \`GET /v1/transfers?profile&offset&limit=21\` (the page and hasNextPage), both at once, then 1 \`GET /v2/accounts/{id}\` per distinct recipient (${seed.transfers.recipients}) and 1 \`GET /v3/profiles/{p}/quotes/{id}\` per distinct quote that may still exist (${seed.transfers.quotes}: Wise keeps quotes ~48 h after expiry, and the seed's transfers are older, so their quotes are null without a call). Wise has no batch read of either; the transfers' profile is the one already read.`,
      ours: [
        {
          method: "POST",
          path: "/graphql",
          body: gql(
            `query Transfers($id: ID!) { profile(id: $id) { id transfers(first: 20) {
              nodes { id wiseId status reference rate createdAt sourceAmount { amount currency } targetAmount { amount currency }
                recipient { id holderName accountSummary } quote { id rate status } profile { id fullName } }
              pageInfo { hasNextPage endCursor } } } }`,
            { id: gid("PersonalProfile", ALICE.personal) },
          ),
          check: graphqlError,
        },
      ],
      mesh: {
        roundTrips: 2,
        note: "no links from a transfer to its recipient or quote: list transfers (and the profile), then aliased `recipientGet`/`quoteGet` for the distinct ids. `created` cannot be selected (Wise's `2025-01-05 11:31:08` fails Mesh's DateTime), so the client cannot tell which quotes are long gone and asks for all of them (404s included)",
        steps: [
          {
            method: "POST",
            path: "/graphql",
            body: gql(`{ profileGet(profileId: ${ALICE.personal}) { ${MESH_PROFILE} } transferList(profile: ${ALICE.personal}, offset: 0, limit: 20) { ${MESH_TRANSFER} } }`),
            check: (status, text, ctx) => {
              const error = graphqlError(status, text);
              if (error) return error;
              const transfers = parse(text).data.transferList;
              ctx.recipients = uniq(transfers.map((t) => t.targetAccount).filter(Boolean));
              // Mesh cannot return `created` (see the note), so its client cannot tell old quotes: it asks them all.
              ctx.quotes = uniq(transfers.map((t) => t.quoteUuid).filter(Boolean));
              return null;
            },
          },
          {
            method: "POST",
            path: "/graphql",
            body: (ctx) =>
              json({
                query: `{ ${ctx.recipients.map((id, i) => `r${i}: recipientGet(accountId: ${id}) { ${MESH_RECIPIENT} }`).join(" ")} ${ctx.quotes
                  .map((id, i) => `q${i}: quoteGet(profileId: ${ALICE.personal}, quoteId: "${id}") { ${MESH_QUOTE} }`)
                  .join(" ")} }`,
              }),
            // Old transfers' quotes are gone at Wise (404): an error per missing quote is expected.
            check: (status, text) => (status === 200 && text.includes('"data"') ? null : `HTTP ${status}: ${text.slice(0, 200)}`),
          },
        ],
      },
      rest: {
        flow: async (http) => {
          const [, transfers] = await Promise.all([http.get(`/v2/profiles/${ALICE.personal}`), http.get(`/v1/transfers?profile=${ALICE.personal}&offset=0&limit=21`)]);
          const page = transfers.slice(0, 20);
          await Promise.all([
            ...uniq(page.map((t) => t.targetAccount)).map((id) => http.get(`/v2/accounts/${id}`)),
            ...uniq(page.filter(quoteMayExist).map((t) => t.quoteUuid)).map((id) => http.get(`/v3/profiles/${ALICE.personal}/quotes/${id}`, { allow404: true })),
          ]);
        },
      },
    },
    {
      name: "activities-page",
      title: "50 activities with linked resources",
      minimum: 3,
      rounds: 2,
      why: `1 \`GET /v2/profiles\` (the profile) and 1 \`GET /v1/profiles/{id}/activities?size=50\` at once, then the ${seed.activities.transfers} linked transfers from 1 \`GET /v1/transfers?profile&createdDateStart&createdDateEnd\` around the activities' times (Wise has no batch read by id, but lists transfers by creation date; the other resource types are not objects of this API).`,
      ours: [
        {
          method: "POST",
          path: "/graphql",
          body: gql(
            `query Activities($id: ID!) { profile(id: $id) { id activities(first: 50) {
              nodes { wiseId type status titleText primaryAmount { amount currency } primaryAmountText createdAt
                resource { type wiseId node { id ... on Transfer { status sourceAmount { amount currency } targetAmount { amount currency } } } } }
              pageInfo { hasNextPage endCursor } } } }`,
            { id: gid("PersonalProfile", ALICE.personal) },
          ),
          check: graphqlError,
        },
      ],
      mesh: {
        roundTrips: 2,
        note: "no link from an activity to its resource: list activities, then the linked transfers with one `transferList` over the activities' dates (client-side join by id)",
        steps: [
          {
            method: "POST",
            path: "/graphql",
            body: gql(
              `{ profileGet(profileId: ${ALICE.personal}) { ${MESH_PROFILE} } activityList(profileId: ${ALICE.personal}, size: 50) { ... on activityList_200_response { cursor activities { id type status title primaryAmount createdOn resource { type id } } } } }`,
            ),
            check: (status, text, ctx) => {
              const error = graphqlError(status, text);
              if (error) return error;
              const linked = parse(text).data.activityList.activities.filter((a) => a.resource?.type === "TRANSFER");
              ctx.transfers = uniq(linked.map((a) => a.resource.id));
              ctx.window = dateWindow(linked.map((a) => a.createdOn));
              return null;
            },
          },
          {
            method: "POST",
            path: "/graphql",
            body: (ctx) =>
              json({
                query: `{ transferList(profile: ${ALICE.personal}, offset: 0, limit: 100, createdDateStart: "${ctx.window.start}", createdDateEnd: "${ctx.window.end}") { ${MESH_TRANSFER} } }`,
              }),
            check: (status, text, ctx) => {
              const error = graphqlError(status, text);
              if (error) return error;
              const found = new Set(parse(text).data.transferList.map((t) => String(t.id)));
              return ctx.transfers.every((id) => found.has(id)) ? null : "a linked transfer is missing from the list";
            },
          },
        ],
      },
      rest: {
        flow: async (http) => {
          const [, page] = await Promise.all([http.get(`/v2/profiles/${ALICE.personal}`), http.get(`/v1/profiles/${ALICE.personal}/activities?size=50`)]);
          const linked = page.activities.filter((a) => a.resource?.type === "TRANSFER");
          const { start, end } = dateWindow(linked.map((a) => a.createdOn));
          await http.get(`/v1/transfers?profile=${ALICE.personal}&offset=0&limit=100&createdDateStart=${start}&createdDateEnd=${end}`);
        },
      },
    },
    {
      name: "nodes-20",
      title: "`nodes` refetch of 20 mixed ids",
      minimum: 1 + balanceProfiles.length + mix.transfers.length + mix.recipients.length + mix.addresses.length,
      rounds: 1,
      why: `2 profiles from 1 \`GET /v2/profiles\`; 4 balances from 1 \`GET /v4/profiles/{id}/balances\` per profile (${balanceProfiles.length}); 1 \`GET /v1/transfers/{id}\` per transfer (${mix.transfers.length}) and \`GET /v2/accounts/{id}\` per recipient (${mix.recipients.length}), and \`GET /v1/addresses/{id}\` per address (${mix.addresses.length}), which Wise cannot read in batches. All independent: one round.`,
      ours: [
        {
          method: "POST",
          path: "/graphql",
          body: gql(
            `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { id __typename
              ... on PersonalProfile { fullName } ... on BusinessProfile { fullName }
              ... on Balance { currency amount { amount currency } }
              ... on Transfer { status sourceAmount { amount currency } }
              ... on Recipient { holderName accountSummary }
              ... on Address { city country } } }`,
            { ids: ourNodeIds },
          ),
          check: graphqlError,
        },
      ],
      mesh: {
        roundTrips: 1,
        note: "no Node interface: 20 aliased root fields, one Wise call each",
        steps: [{ method: "POST", path: "/graphql", body: gql(`{ ${meshNodeFields.join(" ")} }`), check: graphqlError }],
      },
      rest: {
        flow: async (http) => {
          await Promise.all([
            http.get("/v2/profiles"),
            ...balanceProfiles.map((p) => http.get(`/v4/profiles/${p}/balances?types=STANDARD,SAVINGS`)),
            ...mix.transfers.map((id) => http.get(`/v1/transfers/${id}`)),
            ...mix.recipients.map((id) => http.get(`/v2/accounts/${id}`)),
            ...mix.addresses.map((id) => http.get(`/v1/addresses/${id}`)),
          ]);
        },
      },
    },
    {
      name: "reference",
      title: "rates and currencies",
      minimum: 0,
      rounds: 0,
      why: "`GET /v1/currencies` and `GET /v1/rates?source&target` are the same for every caller: cached process-wide (currencies 1 h, current rates 10 s), so 0 calls per operation in steady state (2 in parallel on a cold cache).",
      ours: [
        {
          method: "POST",
          path: "/graphql",
          body: gql('{ currencies { code name symbol supportsDecimals } rate(source: "GBP", target: "EUR") { source target rate time } }'),
          check: graphqlError,
        },
      ],
      mesh: {
        roundTrips: 1,
        note: "no caching of reference data: 2 Wise calls per operation",
        steps: [
          {
            method: "POST",
            path: "/graphql",
            body: gql(
              '{ currenciesGet { ... on query_currenciesGet_oneOf_0_items { code name symbol supportsDecimals } } rateGet(source: "GBP", target: "EUR") { ... on query_rateGet_oneOf_0_items { source target rate time } } }',
            ),
            check: graphqlError,
          },
        ],
      },
      rest: {
        flow: async (http) => {
          await Promise.all([http.get("/v1/currencies"), http.get("/v1/rates?source=GBP&target=EUR")]);
        },
      },
    },
    {
      name: "quote-transfer",
      title: "quote → transfer (2 mutations)",
      minimum: 2,
      rounds: 2,
      why: "`POST /v3/profiles/{id}/quotes` (with the recipient), then `POST /v1/transfers` with a new idempotency key; the second needs the first's quote id.",
      requestsPerOp: 2,
      ours: [
        {
          method: "POST",
          path: "/graphql",
          body: gql(
            `mutation Quote($input: QuoteCreateInput!) { quoteCreate(input: $input) {
              quote { id rate sourceAmount { amount currency } targetAmount { amount currency } expiresAt } userErrors { code message } } }`,
            {
              input: {
                profileId: gid("PersonalProfile", ALICE.personal),
                sourceCurrency: "GBP",
                targetCurrency: "EUR",
                sourceAmount: "100.00",
                recipientId: gid("Recipient", EUR_RECIPIENT),
                preferredPayIn: "BALANCE",
              },
            },
          ),
          check: (status, text, ctx) => {
            const error = graphqlError(status, text);
            if (error) return error;
            const payload = parse(text).data.quoteCreate;
            if (!payload.quote) return `userErrors: ${JSON.stringify(payload.userErrors)}`;
            ctx.quoteId = payload.quote.id;
            return null;
          },
        },
        {
          method: "POST",
          path: "/graphql",
          body: (ctx) =>
            json({
              query: `mutation Transfer($input: TransferCreateInput!) { transferCreate(input: $input) {
                transfer { id wiseId status sourceAmount { amount currency } targetAmount { amount currency } rate } idempotencyKey userErrors { code message } } }`,
              variables: { input: { quoteId: ctx.quoteId, recipientId: gid("Recipient", EUR_RECIPIENT), idempotencyKey: randomUUID(), reference: "Bench" } },
            }),
          check: (status, text) => graphqlError(status, text) ?? (text.includes('"userErrors":[]') ? null : text.slice(0, 300)),
        },
      ],
      mesh: {
        roundTrips: 2,
        steps: [
          {
            method: "POST",
            path: "/graphql",
            body: gql(
              `mutation { quoteCreate(profileId: ${ALICE.personal}, input: { sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 100, targetAccount: ${EUR_RECIPIENT}, preferredPayIn: "BALANCE" }) { ... on Quote { id rate sourceAmount targetAmount } } }`,
            ),
            check: (status, text, ctx) => {
              const error = graphqlError(status, text);
              if (error) return error;
              ctx.quoteId = parse(text).data.quoteCreate.id;
              return ctx.quoteId ? null : text.slice(0, 300);
            },
          },
          {
            method: "POST",
            path: "/graphql",
            body: (ctx) =>
              json({
                query: `mutation { transferCreate(input: { targetAccount: ${EUR_RECIPIENT}, quoteUuid: "${ctx.quoteId}", customerTransactionId: "${randomUUID()}", details: { reference: "Bench" } }) { ${MESH_TRANSFER} } }`,
              }),
            check: graphqlError,
          },
        ],
      },
      rest: {
        steps: [
          {
            method: "POST",
            path: `/v3/profiles/${ALICE.personal}/quotes`,
            headers: { "content-type": "application/json" },
            body: () => json({ sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: 100, targetAccount: EUR_RECIPIENT, preferredPayIn: "BALANCE" }),
            check: (status, text, ctx) => restOk(status, text) ?? void (ctx.quoteId = parse(text).id),
          },
          {
            method: "POST",
            path: "/v1/transfers",
            headers: { "content-type": "application/json" },
            body: (ctx) => json({ targetAccount: EUR_RECIPIENT, quoteUuid: ctx.quoteId, customerTransactionId: randomUUID(), details: { reference: "Bench" } }),
            check: restOk,
          },
        ],
      },
    },
  ];
}

function restOk(status, text) {
  return status >= 200 && status < 300 ? null : `HTTP ${status}: ${text.slice(0, 200)}`;
}
