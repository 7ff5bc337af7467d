// Runs the fan-out figure (lib/fanout.mjs) against a fresh server of ours on a running sandbox,
// once with every subscriber on one token and once with a token each, and renders the table.
// Used by `npm run bench` and by test/bench/fanout.mjs.

import path from "node:path";
import { pathToFileURL } from "node:url";
import { measureFanout } from "./fanout.mjs";
import { repoRoot, rssOf, startOurServer, stop } from "./processes.mjs";
import { webhookKeys } from "./webhooks.mjs";
import { ALICE } from "../operations.mjs";

/** The command-line options of the figure (shared by run.mjs and fanout.mjs). */
export const fanoutOptions = {
  subscribers: { type: "string", default: "1000" },
  "fanout-seconds": { type: "string", default: "5" },
  "fanout-window": { type: "string", default: "4" },
  tokens: { type: "string", default: "both" },
};

const gid = (type, key) => Buffer.from(`${type}:${key}`).toString("base64");

/**
 * Measures the figure for each token variant asked (`--tokens one|distinct|both`), each on a
 * server of its own so that one variant's leftovers do not weigh on the next.
 */
export async function runFanout({ sandbox, args, log }) {
  const subscribers = Number(args.subscribers);
  const variants = args.tokens === "both" ? ["one", "distinct"] : [args.tokens];
  const transfers = await aliceTransfers(sandbox.url);
  const keys = webhookKeys();
  const results = [];
  for (const variant of variants) {
    const tokens = variant === "one" ? [ALICE.token] : await aliceTokens(sandbox.url, subscribers);
    const server = await startOurServer(sandbox.url, ALICE.token, { env: fanoutServerEnv(keys.publicKeyPem, subscribers) });
    try {
      log(`fan-out (${variant === "one" ? "one token" : "a token each"}): our server at ${server.url} (pid ${server.pid})`);
      const result = await measureFanout({
        baseUrl: server.url,
        privateKey: keys.privateKey,
        tokens,
        subscribers,
        subscriptionProfileId: gid("PersonalProfile", ALICE.personal),
        wiseProfileId: ALICE.personal,
        transfers,
        serverPid: server.pid,
        seconds: Number(args["fanout-seconds"]),
        window: Number(args["fanout-window"]),
        log,
      });
      result.rss = rssOf(server.pid);
      results.push(result);
      log(
        `fan-out: ${result.loaded.eventsPerSecond.toFixed(1)} events/s = ${result.loaded.deliveriesPerSecond.toFixed(0)} messages/s to ${subscribers}; one at a time p50 ${result.sequential.p50.toFixed(1)} p99 ${result.sequential.p99.toFixed(1)} ms; loaded p50 ${result.loaded.p50.toFixed(1)} p99 ${result.loaded.p99.toFixed(1)} ms`,
      );
    } finally {
      await stop(server.child);
    }
  }
  return results;
}

/**
 * Our server's settings for the figure: it trusts the benchmark's webhook key, and its
 * connection limits leave room for every subscriber (one WebSocket each) and the sender.
 */
function fanoutServerEnv(publicKeyPem, subscribers) {
  const room = String(subscribers + 64);
  return {
    WISE_WEBHOOK_PUBLIC_KEY: publicKeyPem,
    HTTP_MAX_CONNECTIONS: room,
    SUBSCRIPTION_MAX_CONNECTIONS_PER_TOKEN: room,
    LOG_LEVEL: "warn",
  };
}

/** Alice's personal transfers (id and recipient), which the events are about. */
async function aliceTransfers(sandboxUrl) {
  const response = await fetch(`${sandboxUrl}/v1/transfers?profile=${ALICE.personal}&offset=0&limit=20`, { headers: { authorization: `Bearer ${ALICE.token}` } });
  if (!response.ok) throw new Error(`fan-out: the sandbox's transfers answered ${response.status}`);
  return (await response.json()).map((t) => ({ id: t.id, accountId: t.targetAccount }));
}

/**
 * `count` distinct access tokens of alice, as `count` browsers signed in through the demo partner
 * client would hold: one authorization code, then its refresh token renewed for each further one.
 */
async function aliceTokens(sandboxUrl, count) {
  const { DEMO_CLIENT } = await import(pathToFileURL(path.join(repoRoot, "dist/sandbox/api/oauth/tokens.js")).href);
  const basic = `Basic ${Buffer.from(`${DEMO_CLIENT.id}:${DEMO_CLIENT.secret}`).toString("base64")}`;
  const grant = async (form) => {
    const response = await fetch(`${sandboxUrl}/oauth/token`, {
      method: "POST",
      headers: { authorization: basic, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(form),
    });
    if (!response.ok) throw new Error(`fan-out: POST /oauth/token (${form.grant_type}) answered ${response.status}`);
    return response.json();
  };
  const approval = await fetch(`${sandboxUrl}/__sandbox/authorization-codes`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ user: "alice" }),
  });
  const { code, redirectUri } = await approval.json();
  const first = await grant({ grant_type: "authorization_code", code, redirect_uri: redirectUri });
  const tokens = [first.access_token];
  while (tokens.length < count) tokens.push((await grant({ grant_type: "refresh_token", refresh_token: first.refresh_token })).access_token);
  return tokens;
}

const ms = (value) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(1) : value.toFixed(0)) : "–");

/** The figure as Markdown: one row per token variant, then what the columns mean. */
export function renderFanout(results) {
  const lines = [
    "| Subscribers (tokens) | Events/s | Messages/s | p50 / p99 ms, one event at a time | p50 / p99 ms, loaded | Server CPU ms per 1,000 messages | Subscribers' CPU (cores) | Connect all ms | Missing, duplicate messages | Server RSS MB |",
    "|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const r of results) {
    lines.push(
      `| ${r.subscribers} (${r.distinctTokens === 1 ? "one token" : `${r.distinctTokens} tokens`}) | ${r.loaded.eventsPerSecond.toFixed(1)} | ${r.loaded.deliveriesPerSecond.toFixed(0)} | ${ms(r.sequential.p50)} / ${ms(r.sequential.p99)} | ${ms(r.loaded.p50)} / ${ms(r.loaded.p99)} | ${ms(r.loaded.cpuMsPerThousandDeliveries)} | ${r.loaded.clientCpuShare.toFixed(2)} | ${ms(r.connectMs)} | ${r.sequential.missing + r.loaded.missing}, ${r.duplicates}${r.failures ? ` (${r.failures} error results, the first: ${r.firstFailure.slice(0, 160)})` : ""} | ${r.rss ? (r.rss.hwm / 1024 / 1024).toFixed(0) : "–"} |`,
    );
  }
  const window = results[0]?.loaded.window;
  lines.push(
    "",
    `Every subscriber holds its own graphql-ws connection and one \`transferStateChanged\` subscription on the same profile. Events enter as Wise sends them: signed \`transfers#state-change\` POSTs to \`/webhooks/wise\`. ` +
      `Latency runs from the moment the POST is sent to the moment a subscriber's client has the message (both clocks in the benchmark process), over every message. ` +
      `"One event at a time": ${results[0]?.sequential.events ?? "–"} events, each sent once every subscriber has the one before. "Loaded": ${window} events in flight for ${results[0] ? results[0].loaded.seconds.toFixed(1) : "–"} s; events/s are whole events (every subscriber has it), messages/s = events × subscribers. ` +
      "Server CPU from /proc over the loaded run; the subscribers' CPU is the benchmark process's over the same run, in cores (near 1.00, the clients rather than the server set the pace); RSS is the server's high-water mark.",
  );
  return lines.join("\n") + "\n";
}
