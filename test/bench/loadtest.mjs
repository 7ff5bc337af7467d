// `npm run loadtest`: the server under load in three phases, bounded to about a minute and a half.
//   1. clean load; 2. the same load with 20% hostile documents mixed in; 3. clean load while the
//   sandbox fails 30% of Wise calls. For each phase it prints requests/s, p50/p99, error rate,
//   upstream calls per client call (no retry storms) and the server's memory before and after.
// The server runs as its own process (production mode) against the sandbox in another process,
// both on loopback. Options: --seconds N (per phase, default 20), --connections N (default 30),
// --latency MS (sandbox latency per call, default 20).

import autocannon from "autocannon";
import { rssOf, startOurServer, startSandboxProcess, stop } from "./lib/processes.mjs";
import { ALICE } from "./operations.mjs";

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const seconds = arg("seconds", 20);
const connections = arg("connections", 30);
const latency = arg("latency", 20);

const sandbox = await startSandboxProcess(latency);
// The server as `npm start` runs it (its entry file and node flags), on the sandbox as Wise.
const server = await startOurServer(sandbox.url, ALICE.token, { env: { LOG_LEVEL: "warn" } });
const graphqlUrl = `${server.url}/graphql`;
const rssMb = () => Math.round(rssOf(server.pid).rss / 1024 / 1024);

const admin = (p, init) => fetch(`${sandbox.url}${p}`, init);
const gql = (query, variables) => JSON.stringify({ query, variables });
const profiles = await (await fetch(graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: gql("{ profiles { id type } }") })).json();
const personal = profiles.data.profiles.find((p) => p.type === "PERSONAL").id;

const legit = [
  gql("{ profiles { id fullName balances { currency amount { amount currency } } } }"),
  gql("query($id: ID!) { profile(id: $id) { activities(first: 20) { nodes { wiseId type status primaryAmount { amount currency } } pageInfo { hasNextPage endCursor } } } }", {
    id: personal,
  }),
  gql("query($id: ID!) { profile(id: $id) { transfers(first: 10) { nodes { id status sourceAmount { amount currency } recipient { holderName } } } } }", { id: personal }),
  gql('{ rate(source: "GBP", target: "EUR") { rate time } currencies { code } }'),
];
const hostile = [
  gql(`{ ${Array.from({ length: 100 }, (_, i) => `a${i}: currencies { code }`).join(" ")} }`),
  gql(`{ profiles { ${"id ".repeat(3000)} } }`),
  gql(`query($id: ID!) { profile(id: $id) { activities(first: 100) { nodes { profile { transfers(first: 100) { nodes { id } } } } } } }`, { id: personal }),
  "{ not json",
];
let errored = 0;
const post = (body) => ({
  method: "POST",
  path: "/graphql",
  headers: { "content-type": "application/json" },
  body,
  // An answer with top-level errors (partial data) counts as an error too, not only non-2xx.
  onResponse: (status, responseBody) => {
    if (status >= 400 || String(responseBody).includes('"errors"')) errored++;
  },
});

async function phase(name, requests, setup) {
  await admin("/__sandbox/reset", { method: "POST" });
  if (setup) await setup();
  if (global.gc) global.gc();
  const before = rssMb();
  errored = 0;
  const result = await autocannon({ url: graphqlUrl, connections, duration: seconds, requests });
  const stats = await (await admin("/__sandbox/stats")).json();
  const after = rssMb();
  const total = result.requests.total;
  const non2xx = result.non2xx + result.errors;
  return {
    phase: name,
    "req/s": Math.round(result.requests.average),
    "p50 ms": result.latency.p50,
    "p99 ms": result.latency.p99,
    "non-2xx %": ((100 * non2xx) / Math.max(1, total)).toFixed(1),
    "error %": ((100 * errored) / Math.max(1, total)).toFixed(1),
    "upstream/call": (stats.total / Math.max(1, total)).toFixed(2),
    "RSS MB before→after": `${before}→${after}`,
  };
}

const rows = [];
try {
  rows.push(await phase("clean", legit.map(post)));
  // Four legitimate documents for one hostile: 20% hostile.
  const mixed = [
    ...legit.map(post),
    post(hostile[0]),
    ...legit.map(post),
    post(hostile[1]),
    ...legit.map(post),
    post(hostile[2]),
    ...legit.map(post),
    post(hostile[3]),
    ...legit.map(post),
    post(hostile[0]),
  ];
  rows.push(await phase("20% hostile documents", mixed));
  rows.push(
    await phase("sandbox fails 30% of calls", legit.map(post), () =>
      admin("/__sandbox/faults", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ route: "*", fault: { type: "status", status: 503 }, probability: 0.3 }),
      }),
    ),
  );
} finally {
  await stop(server.child);
  await stop(sandbox.child);
}

const columns = Object.keys(rows[0]);
console.log(`\nLoad test: ${connections} connections, ${seconds} s per phase, sandbox latency ${latency} ms, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log(`| ${columns.join(" | ")} |`);
console.log(`|${columns.map(() => "---").join("|")}|`);
for (const row of rows) console.log(`| ${columns.map((c) => row[c]).join(" | ")} |`);
