// Two instances on one Redis: a webhook received by one reaches the subscribers of both exactly
// once, a retried delivery landing on the other instance is dropped, and when one instance dies
// the other keeps serving while the dead one's clients reconnect to it and resume.
//
// The servers are real processes (the bundle `npm start` runs), the sandbox is the embedded one
// over real HTTP, Redis is Debian's redis-server on a free loopback port. Webhooks are signed with
// the sandbox's own key (the one its dispatcher signs with) and POSTed by the test itself: the
// sandbox's resources do not raise webhooks on this branch, so the test sends what Wise would.

import { afterAll, afterEach, beforeAll, expect, it } from "@jest/globals";
import { toGlobalId } from "graphql-relay";
import { startSandbox, type RunningSandbox } from "../../src/sandbox/index.js";
import { QuoteCreateDocument, RecipientCreateDocument, TransferCreateDocument, TransferFundDocument, TransferSimulateDocument } from "../generated/graphql.js";
import { newKey, VALID_ANSWERS } from "../helpers/money.js";
import { describeWithRedis, startRedis, type RedisProcess } from "../helpers/redis.js";
import type { ServerProcess } from "../helpers/server-process.js";
import { post, send, startInstance, stateChange, wsUrl, type StateDelivery } from "./instances.js";
import { subscribe, type Subscriber } from "./subscriber.js";

const TRANSFER_STATES = /* GraphQL */ `
  subscription TransferStates($profileId: ID!, $transferId: ID) {
    transferStateChanged(profileId: $profileId, transferId: $transferId) {
      deliveryId
      currentStatus
      transferId
      transfer {
        id
        status
      }
    }
  }
`;
interface StateMessage {
  transferStateChanged: { deliveryId: string; currentStatus: string; transferId: string; transfer: { id: string; status: string } };
}

describeWithRedis("test/scale/two-instances.test.ts")("two instances on one Redis", () => {
  let sandbox: RunningSandbox;
  let redis: RedisProcess;
  let a: ServerProcess;
  let b: ServerProcess;
  const subscribers: Array<Subscriber<unknown>> = [];
  let token: string;
  let profileId: number;
  let profileGid: string;
  let seedTransfer: number;
  // Each event is one second newer than the one before, as Wise's whole-second timestamps of
  // successive changes are: an event is never older than one already published.
  let clock = Math.floor(Date.now() / 1000) * 1000 - 3_600_000;

  beforeAll(async () => {
    [sandbox, redis] = await Promise.all([startSandbox({ port: 0 }), startRedis()]);
    [a, b] = await Promise.all([startInstance(sandbox, redis.url), startInstance(sandbox, redis.url)]);
    const alice = sandbox.users[0]!;
    token = alice.token;
    profileId = alice.personalProfileId;
    profileGid = toGlobalId("PersonalProfile", String(profileId));
    const transfers = (await (
      await fetch(`${sandbox.url}/v1/transfers?profile=${profileId}&offset=0&limit=1`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as Array<{ id: number }>;
    seedTransfer = transfers[0]!.id;
  }, 60_000);

  afterEach(async () => {
    await Promise.all(subscribers.splice(0).map((s) => s.close()));
  });

  afterAll(async () => {
    for (const server of [a, b]) server?.kill();
    await Promise.all([a?.exited, b?.exited]);
    await redis?.stop();
    await sandbox?.close();
  });

  const track = <T>(subscriber: Subscriber<T>): Subscriber<T> => {
    subscribers.push(subscriber as Subscriber<unknown>);
    return subscriber;
  };
  /** A subscriber of the profile's transfer states (of one transfer, given its global ID) on the first of `servers`, reconnecting to the next. */
  const subscribeTo = (servers: ServerProcess[], transferId: string | null = null) =>
    track(
      subscribe<StateMessage>({
        urls: servers.map(wsUrl),
        token,
        query: TRANSFER_STATES,
        variables: { profileId: profileGid, transferId },
        retryAttempts: servers.length > 1 ? 10 : 0,
      }),
    );

  /** A new state change of the seed transfer, newer than every event before it. */
  const nextEvent = (): StateDelivery => {
    clock += 1000;
    return stateChange(seedTransfer, "processing", clock, profileId);
  };
  const copiesOf = (subscriber: Subscriber<StateMessage>, event: { deliveryId: string }) =>
    subscriber.messages.filter((m) => m.transferStateChanged.deliveryId === event.deliveryId).length;
  const settle = (ms = 500) => new Promise((resolve) => setTimeout(resolve, ms));

  /**
   * A subscription is in place on its server some time after its connection is acknowledged:
   * events are posted (to `via`) until every subscriber has received one.
   */
  async function untilLive(via: ServerProcess, ...subs: Array<Subscriber<StateMessage>>): Promise<void> {
    for (let round = 0; round < 40; round++) {
      const event = nextEvent();
      expect(await post(via, event)).toBe(200);
      const arrived = await Promise.all(
        subs.map((s) =>
          s
            .waitFor(() => copiesOf(s, event) > 0, 500)
            .then(
              () => true,
              () => false,
            ),
        ),
      );
      if (arrived.every(Boolean)) return;
    }
    throw new Error("the subscriptions did not receive any event within 20 s");
  }

  it("delivers a webhook received by A exactly once to a subscriber on B and to one on A", async () => {
    const onA = subscribeTo([a]);
    const onB = subscribeTo([b]);
    await untilLive(a, onA, onB);

    const event = nextEvent();
    expect(await post(a, event)).toBe(200);
    await Promise.all([onA, onB].map((s) => s.waitFor(() => copiesOf(s, event) > 0, 15_000, "event from A")));
    await settle();
    expect(copiesOf(onB, event)).toBe(1);
    expect(copiesOf(onA, event)).toBe(1);
    expect([...onA.errors, ...onB.errors]).toEqual([]);
  }, 60_000);

  it("drops the same delivery retried on B after A, and still publishes B's new deliveries", async () => {
    const onA = subscribeTo([a]);
    const onB = subscribeTo([b]);
    await untilLive(b, onA, onB);

    const event = nextEvent();
    expect(await post(a, event)).toBe(200);
    await Promise.all([onA, onB].map((s) => s.waitFor(() => copiesOf(s, event) > 0, 15_000, "event from A")));
    // Wise retries a delivery with the same X-Delivery-Id and body; this one lands on B.
    expect(await post(b, event)).toBe(200);
    // A new delivery to B after the repeat: once it has arrived, the repeat (sent before it on the
    // same path) would have too.
    const after = nextEvent();
    expect(await post(b, after)).toBe(200);
    await Promise.all([onA, onB].map((s) => s.waitFor(() => copiesOf(s, after) > 0, 15_000, "event from B")));
    await settle();
    for (const s of [onA, onB]) {
      expect(copiesOf(s, event)).toBe(1);
      expect(copiesOf(s, after)).toBe(1);
    }
  }, 60_000);

  it("subscribes to one transfer on B, simulates it through its states on A, and receives each state once, in order", async () => {
    const quote = (
      await send(a, token, QuoteCreateDocument, {
        input: { profileId: profileGid, sourceCurrency: "GBP", targetCurrency: "EUR", sourceAmount: "25.00", preferredPayIn: "BALANCE" },
      })
    ).quoteCreate.quote!;
    const recipient = (
      await send(a, token, RecipientCreateDocument, {
        input: { profileId: profileGid, currency: "EUR", type: "iban", accountHolderName: "Ada Lovelace", details: VALID_ANSWERS.iban },
      })
    ).recipientCreate.recipient!;
    const transfer = (await send(a, token, TransferCreateDocument, { input: { quoteId: quote.id, recipientId: recipient.id, idempotencyKey: newKey() } })).transferCreate.transfer!;
    const wiseId = Number(transfer.wiseId);
    const onB = subscribeTo([b], transfer.id);

    // Wise tells of a new transfer with a state change from nothing to incoming_payment_waiting.
    // It is sent until the subscription (registered some time after its connection) has it.
    const created: StateDelivery[] = [];
    for (let round = 0; round < 40 && !created.some((event) => copiesOf(onB, event) > 0); round++) {
      clock += 1000;
      const event = stateChange(wiseId, "incoming_payment_waiting", clock, profileId);
      created.push(event);
      expect(await post(a, event)).toBe(200);
      await onB.waitFor(() => copiesOf(onB, event) > 0, 500).catch(() => undefined);
    }

    const funded = (await send(a, token, TransferFundDocument, { input: { transferId: transfer.id } })).transferFund;
    expect(funded.userErrors).toEqual([]);
    const states = ["PROCESSING", "FUNDS_CONVERTED", "OUTGOING_PAYMENT_SENT", "BOUNCED_BACK", "FUNDS_REFUNDED"] as const;
    for (const [step, status] of states.entries()) {
      // Funding made it PROCESSING already; Wise's simulation of that step is still called.
      const simulated = (await send(a, token, TransferSimulateDocument, { input: { transferId: transfer.id, status } })).transferSimulate;
      expect(simulated.userErrors).toEqual([]);
      expect(simulated.transfer?.status).toBe(status);
      // The webhook Wise sends for the change, to A or B as a load balancer picks. The sandbox
      // applies a simulation at once, where Wise takes seconds: each event says a second later.
      clock += 1000;
      expect(await post(step % 2 === 0 ? a : b, stateChange(wiseId, status.toLowerCase(), clock, profileId))).toBe(200);
    }

    const reached = () => onB.messages.map((m) => m.transferStateChanged.currentStatus).filter((status) => status !== "INCOMING_PAYMENT_WAITING");
    await onB.waitFor(() => reached().length >= states.length, 20_000, "five states");
    await settle();
    expect(reached()).toEqual([...states]);
    expect(onB.messages[0]!.transferStateChanged.currentStatus).toBe("INCOMING_PAYMENT_WAITING");
    expect(onB.messages.every((m) => m.transferStateChanged.transferId === transfer.id && m.transferStateChanged.transfer.id === transfer.id)).toBe(true);
    // Each event's transfer is read from Wise when it is sent: the last one finds it refunded.
    expect(onB.messages.at(-1)!.transferStateChanged.transfer.status).toBe("FUNDS_REFUNDED");
    expect(onB.errors).toEqual([]);
  }, 60_000);

  it("keeps serving on A when B is killed mid-stream, and B's client reconnects to A and resumes", async () => {
    const onA = subscribeTo([a]);
    // Behind a load balancer: B first, then whichever instance is left.
    const roaming = subscribeTo([b, a]);
    await untilLive(a, onA, roaming);
    expect(roaming.connections).toEqual([wsUrl(b)]);

    const streamed: string[] = [];
    const queries: number[] = [];
    let streaming = true;
    const stream = (async () => {
      while (streaming) {
        const event = nextEvent();
        expect(await post(a, event)).toBe(200);
        streamed.push(event.deliveryId);
        const answer = await fetch(a.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: "{ profiles { id } }" }),
        });
        queries.push(answer.status);
        await settle(100);
      }
    })();

    await roaming.waitFor(() => streamed.length >= 3 && copiesOf(roaming, { deliveryId: streamed[2]! }) === 1, 15_000, "the stream on B");
    b.kill();
    expect((await b.exited).signal).toBe("SIGKILL");
    const killedAfter = streamed.length;

    // It reconnects to A, subscribes again, and receives events sent after that.
    await roaming.waitFor(() => roaming.connections.length === 2, 20_000, "a reconnection");
    expect(roaming.connections).toEqual([wsUrl(b), wsUrl(a)]);
    const resumedFrom = streamed.length;
    await roaming.waitFor(() => streamed.slice(resumedFrom).some((deliveryId) => copiesOf(roaming, { deliveryId }) === 1), 20_000, "an event after the reconnection");
    streaming = false;
    await stream;
    await settle();

    // A served every query and delivered every event to its own subscriber, once each, in order.
    expect(killedAfter).toBeGreaterThanOrEqual(3);
    expect(queries.every((status) => status === 200)).toBe(true);
    const ids = (subscriber: Subscriber<StateMessage>) => subscriber.messages.map((m) => m.transferStateChanged.deliveryId).filter((id) => streamed.includes(id));
    expect(ids(onA)).toEqual(streamed);
    // The reconnected client has no event twice (those sent while it had no connection are missed).
    expect(ids(roaming)).toEqual(streamed.filter((id) => ids(roaming).includes(id)));
    expect(new Set(ids(roaming)).size).toBe(ids(roaming).length);
    expect(roaming.errors).toEqual([]);
  }, 60_000);
});
