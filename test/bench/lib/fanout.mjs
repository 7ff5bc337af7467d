// The fan-out figure: how many events per second one instance delivers to many graphql-ws
// subscribers of one profile, and how long an event takes from the webhook's POST to each
// subscriber. Events enter as Wise sends them (signed `transfers#state-change` POSTs to the
// server's webhook receiver) and leave as `transferStateChanged` messages.
//
// Phases: the subscriptions are first proven live (events are posted until every subscriber has
// seen one); then events one at a time (each waits until every subscriber has it: latency with
// no queue of events); then a timed run holding `window` events in flight (throughput, and the
// latency under that load).

import { randomUUID } from "node:crypto";
import { cpuMsOf } from "./processes.mjs";
import { percentiles } from "./load.mjs";
import { openSubscribers, wallClock } from "./subscribers.mjs";
import { postDelivery, signDelivery, transferStateChange } from "./webhooks.mjs";

export const TRANSFER_STATE_SUBSCRIPTION = /* GraphQL */ `
  subscription FanOut($profileId: ID!) {
    transferStateChanged(profileId: $profileId) {
      deliveryId
      currentStatus
      transfer {
        id
        status
      }
    }
  }
`;

const STATES = ["processing", "funds_converted", "outgoing_payment_sent"];

/**
 * Measures fan-out on the server at `baseUrl` (http://host:port). `transfers` are the profile's
 * transfers ({id, accountId}) the events are about; `tokens` the subscribers' tokens (cycled).
 */
export async function measureFanout({
  baseUrl,
  webhookPath = "/webhooks/wise",
  privateKey,
  tokens,
  subscribers,
  subscriptionProfileId,
  wiseProfileId,
  transfers,
  serverPid,
  sequentialEvents = 20,
  seconds = 5,
  window = 4,
  eventTimeoutMs = 15_000,
  log = () => {},
}) {
  // occurred_at moves one second per event (Wise's timestamps have whole seconds), so that each
  // event is newer than the last of its transfer and none is dropped as out of order.
  const baseMs = Math.floor(Date.now() / 1000) * 1000 - 24 * 3600 * 1000;
  const events = new Map();
  let nextIndex = 0;
  let strays = 0;
  let duplicates = 0;

  const onNext = (data, subscriber, at) => {
    const event = events.get(data?.transferStateChanged?.deliveryId);
    if (event === undefined) {
      strays++;
      return;
    }
    if (event.seen[subscriber]) {
      duplicates++;
      return;
    }
    event.seen[subscriber] = 1;
    event.received++;
    if (event.phase) {
      event.phase.latencies.push(at - event.sentAt);
      event.phase.messages++;
    }
    if (event.received === subscribers) event.finish();
  };

  const wsUrl = `${baseUrl.replace(/^http/, "ws")}/graphql`;
  const openedAt = wallClock();
  const clients = await openSubscribers({ url: wsUrl, count: subscribers, tokens, query: TRANSFER_STATE_SUBSCRIPTION, variables: { profileId: subscriptionProfileId }, onNext });
  const connectMs = wallClock() - openedAt;
  log(`fan-out: ${subscribers} subscribers connected in ${connectMs.toFixed(0)} ms`);

  /** Posts the next event; resolves with who has it once every subscriber has it, or after `timeoutMs`. */
  const send = async (inPhase, timeoutMs = eventTimeoutMs) => {
    const index = nextIndex++;
    const transfer = transfers[index % transfers.length];
    const envelope = transferStateChange({
      transferId: transfer.id,
      profileId: wiseProfileId,
      accountId: transfer.accountId,
      currentState: STATES[index % STATES.length],
      previousState: STATES[(index + STATES.length - 1) % STATES.length],
      occurredAtMs: baseMs + index * 1000,
    });
    let finish;
    const done = new Promise((resolve) => (finish = resolve));
    const deliveryId = randomUUID();
    const delivery = signDelivery(envelope, privateKey, deliveryId);
    // Stamped once signed: the latency is the server's and the subscribers', not the signing's.
    const event = { sentAt: wallClock(), received: 0, seen: new Uint8Array(subscribers), phase: inPhase, finish: () => finish(true) };
    events.set(deliveryId, event);
    const status = await postDelivery(`${baseUrl}${webhookPath}`, delivery);
    if (status < 200 || status >= 300) throw new Error(`the webhook receiver answered HTTP ${status}`);
    const timer = setTimeout(() => finish(false), timeoutMs);
    const complete = await done;
    clearTimeout(timer);
    if (!complete && inPhase) inPhase.missing += subscribers - event.received;
    return event.seen;
  };

  try {
    // Live subscriptions: a subscription is registered on the server some time after its
    // connection is acknowledged, so events are posted until each subscriber has seen one.
    const heard = new Uint8Array(subscribers);
    let heardCount = 0;
    const probeUntil = Date.now() + 60_000;
    while (heardCount < subscribers) {
      if (Date.now() > probeUntil) throw new Error(`only ${heardCount} of ${subscribers} subscribers received an event within 60 s: ${clients.failures.slice(0, 3).join("; ")}`);
      const seen = await send(null, 1_000);
      for (let i = 0; i < subscribers; i++) {
        if (seen[i] && !heard[i]) {
          heard[i] = 1;
          heardCount++;
        }
      }
    }

    // One event at a time.
    const sequential = { latencies: [], messages: 0, missing: 0 };
    for (let i = 0; i < sequentialEvents; i++) await send(sequential);

    // `window` events in flight for `seconds`.
    const loaded = { latencies: [], messages: 0, missing: 0 };
    const cpuBefore = cpuMsOf(serverPid);
    const clientCpuBefore = process.cpuUsage();
    const began = wallClock();
    const deadline = began + seconds * 1000;
    let sent = 0;
    const lane = async () => {
      while (wallClock() < deadline) {
        sent++;
        await send(loaded);
      }
    };
    await Promise.all(Array.from({ length: window }, lane));
    const elapsedS = (wallClock() - began) / 1000;
    const cpuMs = cpuMsOf(serverPid) - cpuBefore;
    const clientCpu = process.cpuUsage(clientCpuBefore);
    const clientCpuMs = (clientCpu.user + clientCpu.system) / 1000;

    return {
      subscribers,
      distinctTokens: new Set(tokens.slice(0, subscribers)).size,
      connectMs,
      sequential: { events: sequentialEvents, ...percentiles(sequential.latencies), missing: sequential.missing },
      loaded: {
        window,
        events: sent,
        seconds: elapsedS,
        eventsPerSecond: sent / elapsedS,
        deliveriesPerSecond: loaded.messages / elapsedS,
        cpuMsPerThousandDeliveries: loaded.messages ? (cpuMs / loaded.messages) * 1000 : NaN,
        // The subscribers' own CPU (this process): when it nears one core, the clients are the limit.
        clientCpuShare: clientCpuMs / (elapsedS * 1000),
        ...percentiles(loaded.latencies),
        missing: loaded.missing,
      },
      duplicates,
      strays,
      failures: clients.failures.length,
      firstFailure: clients.failures[0] ?? null,
      ended: clients.ended,
    };
  } finally {
    await clients.close();
  }
}
