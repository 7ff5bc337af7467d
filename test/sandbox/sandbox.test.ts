// Behaviour of the embedded Wise sandbox over real HTTP: auth, isolation between
// users, errors, activity paging and filters, rates, stats/reset and latency.

import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import { parse } from "lossless-json";
import { startSandbox, type DemoUser, type RunningSandbox } from "../../src/sandbox/index.js";
import type { ActivityRecord } from "../../src/sandbox/model.js";

let sandbox: RunningSandbox;
let alice: DemoUser;
let bob: DemoUser;

interface Res<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

async function request<T = unknown>(path: string, token: string | null = alice.token, init: { method?: string; base?: string } = {}): Promise<Res<T>> {
  const headers: Record<string, string> = {};
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${init.base ?? sandbox.url}${path}`, { method: init.method ?? "GET", headers });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    body: (text === "" ? undefined : parse(text, null, (n: string) => Number(n))) as T,
  };
}

interface Activity {
  id: string;
  type: string;
  resource: { type: string; id: string };
  status: string;
  createdOn: string;
}
interface ActivityPage {
  cursor: string | null;
  activities: Activity[];
}
interface Rate {
  rate: number;
  source: string;
  target: string;
  time: string;
}

/** Follows cursors to the end; returns every activity and the number of pages. */
async function allActivities(profileId: number, query: string, token = alice.token) {
  const items: Activity[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const sep = query === "" ? "" : "&";
    const url: string = `/v1/profiles/${profileId}/activities?${query}${cursor === null ? "" : `${sep}nextCursor=${encodeURIComponent(cursor)}`}`;
    const res: Res<ActivityPage> = await request<ActivityPage>(url, token);
    expect(res.status).toBe(200);
    items.push(...res.body.activities);
    cursor = res.body.cursor;
    pages++;
    expect(pages).toBeLessThan(500);
  } while (cursor !== null);
  return { items, pages };
}

/** What the store holds for a profile, as the route should filter it. */
function seeded(profileId: number, keep: (a: ActivityRecord) => boolean = () => true): ActivityRecord[] {
  return sandbox.store.activitiesOf(profileId).filter(keep);
}

/** Id of one of alice's personal balances. */
function aliceBalanceId(): number {
  const balance = sandbox.store.balancesOf(alice.personalProfileId)[0];
  if (balance === undefined) throw new Error("alice has no balance");
  return balance.id;
}

beforeAll(async () => {
  sandbox = await startSandbox();
  [alice, bob] = sandbox.users as [DemoUser, DemoUser];
});

afterAll(async () => {
  await sandbox?.close();
});

describe("startSandbox", () => {
  it("listens on a free port and lists the demo users", () => {
    expect(sandbox.url).toBe(`http://127.0.0.1:${sandbox.port}`);
    expect(sandbox.port).toBeGreaterThan(0);
    expect(sandbox.users.map((u) => u.name)).toEqual(["alice", "bob"]);
    expect(new Set(sandbox.users.map((u) => u.token)).size).toBe(2);
  });

  it("builds the same seed every time", async () => {
    const other = await startSandbox();
    try {
      for (const path of [
        `/v4/profiles/${alice.personalProfileId}/balances?types=STANDARD,SAVINGS`,
        `/v1/profiles/${alice.businessProfileId}/activities?size=50`,
        "/v2/profiles",
      ]) {
        const [a, b] = await Promise.all([request(path), request(path, alice.token, { base: other.url })]);
        expect(b.body).toEqual(a.body);
      }
    } finally {
      await other.close();
    }
  });
});

describe("authentication", () => {
  it("401 without a token", async () => {
    const res = await request("/v2/profiles", null);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: "unauthorized", error_description: "Full authentication is required to access this resource" });
  });

  it("401 echoing an unknown token", async () => {
    const res = await request("/v1/currencies", "3f1b1e59-0000-4000-8000-123456789abc");
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: "invalid_token", error_description: "3f1b1e59-0000-4000-8000-123456789abc" });
  });

  it("each token sees only its own profiles", async () => {
    for (const user of [alice, bob]) {
      const res = await request<{ id: number; userId: number }[]>("/v2/profiles", user.token);
      expect(res.body.map((p) => p.id).sort()).toEqual([user.personalProfileId, user.businessProfileId].sort());
      expect(res.body.every((p) => p.userId === user.userId)).toBe(true);
    }
  });
});

describe("isolation: bob cannot read alice's data", () => {
  it.each([
    ["profile", () => `/v2/profiles/${alice.personalProfileId}`],
    ["address list", () => `/v1/addresses?profile=${alice.businessProfileId}`],
    ["balances", () => `/v4/profiles/${alice.personalProfileId}/balances?types=STANDARD`],
    ["one balance", () => `/v4/profiles/${alice.personalProfileId}/balances/${aliceBalanceId()}`],
    ["activities", () => `/v1/profiles/${alice.businessProfileId}/activities`],
  ])("%s -> 403", async (_label, path) => {
    const res = await request<{ status: number; path: string }>(path(), bob.token);
    expect(res.status).toBe(403);
    expect(res.body.status).toBe(403);
    expect(res.body.path).toBe(path().split("?")[0]);
  });

  it("address by id -> 403", async () => {
    const profile = (await request<{ address: { id: number } }>(`/v2/profiles/${alice.personalProfileId}`)).body;
    const res = await request(`/v1/addresses/${profile.address.id}`, bob.token);
    expect(res.status).toBe(403);
  });

  it("the address list without ?profile only has the caller's addresses", async () => {
    const res = await request<{ profile: number }[]>("/v1/addresses", bob.token);
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body.every((a) => [bob.personalProfileId, bob.businessProfileId].includes(a.profile))).toBe(true);
  });
});

describe("errors", () => {
  it.each([
    ["unknown profile", "/v2/profiles/12345", 404],
    ["unknown profile's balances", "/v4/profiles/12345/balances?types=STANDARD", 404],
    ["unknown balance", () => `/v4/profiles/${alice.personalProfileId}/balances/999999`, 404],
    ["balance of another own profile", () => `/v4/profiles/${alice.businessProfileId}/balances/${aliceBalanceId()}`, 404],
    ["unknown address", "/v1/addresses/1", 404],
    ["unknown profile's activities", "/v1/profiles/12345/activities", 404],
  ])("%s -> %s with Wise's errors[] body", async (_label, path, status) => {
    const res = await request<{ errors: { code: string; message: string; path: string; arguments: unknown[] }[] }>(typeof path === "function" ? path() : path);
    expect(res.status).toBe(status);
    expect(res.body.errors[0]).toEqual({
      code: "NOT_FOUND",
      message: expect.stringMatching(/not found$/),
      path: expect.any(String),
      arguments: expect.any(Array),
    });
  });

  it.each([
    ["/v2/profiles/abc", "'profileId' should be a valid 'Long'"],
    ["/v4/profiles/1x/balances?types=STANDARD", "'profileId' should be a valid 'Long'"],
    [`/v1/addresses?profile=me`, "'profile' should be a valid 'Long'"],
    ["/v1/addresses/abc", "'addressId' should be a valid 'Long'"],
  ])("%s -> 400 bad.request", async (path, message) => {
    const res = await request(path);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errors: [{ code: "bad.request", message }] });
  });

  it("balances without ?types -> 400 (the parameter is required)", async () => {
    const res = await request<{ errors: { code: string }[] }>(`/v4/profiles/${alice.personalProfileId}/balances`);
    expect(res.status).toBe(400);
    expect(res.body.errors[0]?.code).toBe("bad.request");
    expect((await request(`/v4/profiles/${alice.personalProfileId}/balances?types=CHECKING`)).status).toBe(400);
  });

  it("unknown route -> 404, wrong method -> 405", async () => {
    expect((await request("/v9/nothing")).status).toBe(404);
    expect((await request("/v2/profiles/", alice.token)).status).toBe(404);
    expect((await request("/v2/profiles", alice.token, { method: "DELETE" })).status).toBe(405);
  });
});

describe("balances", () => {
  it("filters by types and serves each balance by id", async () => {
    const all = await request<{ id: number; type: string; currency: string; amount: { value: number } }[]>(
      `/v4/profiles/${bob.personalProfileId}/balances?types=STANDARD,SAVINGS`,
      bob.token,
    );
    const standard = await request<{ type: string }[]>(`/v4/profiles/${bob.personalProfileId}/balances?types=STANDARD`, bob.token);
    const savings = await request<{ type: string }[]>(`/v4/profiles/${bob.personalProfileId}/balances?types=SAVINGS`, bob.token);
    expect(standard.body.length + savings.body.length).toBe(all.body.length);
    expect(standard.body.every((b) => b.type === "STANDARD")).toBe(true);
    expect(savings.body.length).toBeGreaterThanOrEqual(1);
    expect(new Set(all.body.filter((b) => b.type === "STANDARD").map((b) => b.currency)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(all.body.map((b) => b.amount.value)).size).toBe(all.body.length); // varied amounts
    for (const b of all.body) {
      const one = await request<{ id: number }>(`/v4/profiles/${bob.personalProfileId}/balances/${b.id}`, bob.token);
      expect(one.body.id).toBe(b.id);
    }
  });
});

describe("activities", () => {
  it("has 150+ activities per profile, covering every status and several resource types", () => {
    for (const user of [alice, bob]) {
      for (const profileId of [user.personalProfileId, user.businessProfileId]) {
        const list = seeded(profileId);
        expect(list.length).toBeGreaterThanOrEqual(150);
        expect(new Set(list.map((a) => a.status))).toEqual(new Set(["REQUIRES_ATTENTION", "IN_PROGRESS", "UPCOMING", "COMPLETED", "CANCELLED"]));
        const types = new Set(list.map((a) => a.resourceType));
        for (const t of ["TRANSFER", "CARD_TRANSACTION", "BALANCE_TRANSACTION", "SEND_ORDER"]) expect(types.has(t)).toBe(true);
        // TRANSFER and BALANCE_TRANSACTION activities point at stored resources of the same profile.
        for (const a of list) {
          if (a.resourceType === "TRANSFER") expect(sandbox.store.transfers.get(Number(a.resourceId))?.profileId).toBe(profileId);
          if (a.resourceType === "BALANCE_TRANSACTION") {
            expect(sandbox.store.balanceTransactions.get(Number(a.resourceId))?.profileId).toBe(profileId);
          }
        }
      }
    }
  });

  it("pages through everything with cursors: newest first, no duplicates, null cursor at the end", async () => {
    for (const profileId of [alice.personalProfileId, alice.businessProfileId]) {
      const { items, pages } = await allActivities(profileId, "size=7");
      const expected = seeded(profileId);
      expect(items.map((a) => a.id)).toEqual(expected.map((a) => a.id));
      expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
      expect(pages).toBe(Math.ceil(expected.length / 7));
      const times = items.map((a) => Date.parse(a.createdOn));
      expect(times).toEqual([...times].sort((x, y) => y - x));
    }
  });

  it("defaults to 10 per page and accepts sizes 1..100", async () => {
    const path = `/v1/profiles/${bob.personalProfileId}/activities`;
    expect((await request<ActivityPage>(path, bob.token)).body.activities).toHaveLength(10);
    expect((await request<ActivityPage>(`${path}?size=1`, bob.token)).body.activities).toHaveLength(1);
    const max = await request<ActivityPage>(`${path}?size=100`, bob.token);
    expect(max.body.activities).toHaveLength(100);
    expect(max.body.cursor).toEqual(expect.any(String));
    for (const size of ["0", "101", "-5"]) {
      const res = await request<{ errors: { code: string; path: string }[] }>(`${path}?size=${size}`, bob.token);
      expect(res.status).toBe(400);
      expect(res.body.errors[0]?.path).toBe("size");
    }
    expect((await request(`${path}?size=ten`, bob.token)).status).toBe(400);
  });

  it.each(["REQUIRES_ATTENTION", "IN_PROGRESS", "UPCOMING", "COMPLETED", "CANCELLED"])("filters by status=%s", async (status) => {
    const profileId = bob.businessProfileId;
    const { items } = await allActivities(profileId, `status=${status}&size=100`, bob.token);
    const expected = seeded(profileId, (a) => a.status === status);
    expect(expected.length).toBeGreaterThan(0);
    expect(items.map((a) => a.id)).toEqual(expected.map((a) => a.id));
  });

  it("filters by every seeded monetaryResourceType", async () => {
    const profileId = alice.businessProfileId;
    const types = [...new Set(seeded(profileId).map((a) => a.resourceType))];
    expect(types.length).toBeGreaterThanOrEqual(8);
    for (const type of types) {
      const { items } = await allActivities(profileId, `monetaryResourceType=${type}&size=20`);
      expect(items.map((a) => a.id)).toEqual(seeded(profileId, (a) => a.resourceType === type).map((a) => a.id));
      expect(items.every((a) => a.resource.type === type)).toBe(true);
    }
    const none = await request<ActivityPage>(`/v1/profiles/${profileId}/activities?monetaryResourceType=INCIDENT_REFUND`);
    expect(none.body).toEqual({ cursor: null, activities: [] });
  });

  it("filters by since/until (inclusive) combined with other filters", async () => {
    const profileId = alice.personalProfileId;
    const since = "2025-01-01T00:00:00.000Z";
    const until = "2025-03-31T23:59:59.999Z";
    const inRange = (a: ActivityRecord) => a.createdMs >= Date.parse(since) && a.createdMs <= Date.parse(until);
    const { items } = await allActivities(profileId, `since=${since}&until=${until}&size=9`);
    const expected = seeded(profileId, inRange);
    expect(expected.length).toBeGreaterThan(10);
    expect(items.map((a) => a.id)).toEqual(expected.map((a) => a.id));

    const combined = await allActivities(profileId, `since=${since}&until=${until}&status=COMPLETED&monetaryResourceType=CARD_TRANSACTION&size=4`);
    const expectedCombined = seeded(profileId, (a) => inRange(a) && a.status === "COMPLETED" && a.resourceType === "CARD_TRANSACTION");
    expect(expectedCombined.length).toBeGreaterThan(0);
    expect(combined.items.map((a) => a.id)).toEqual(expectedCombined.map((a) => a.id));
  });

  it("rejects bad filters and malformed cursors with 400", async () => {
    const path = `/v1/profiles/${alice.personalProfileId}/activities`;
    for (const q of [
      "status=DONE",
      "monetaryResourceType=CARD",
      "since=yesterday",
      "until=2025-13-01T00:00:00Z",
      "nextCursor=not-a-cursor",
      `nextCursor=${Buffer.from("[1,2]").toString("base64")}`,
    ]) {
      const res = await request<{ errors: unknown[] }>(`${path}?${q}`);
      expect([q, res.status]).toEqual([q, 400]);
      expect(res.body.errors).toHaveLength(1);
    }
  });
});

describe("rates", () => {
  it("current rate: one entry stamped with the current minute, reproducible via ?time=", async () => {
    const before = Date.now();
    const res = await request<Rate[]>("/v1/rates?source=EUR&target=USD");
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    const [rate] = res.body;
    expect(rate).toMatchObject({ source: "EUR", target: "USD" });
    const stamped = Date.parse(rate!.time.replace("+0000", "Z"));
    expect(stamped).toBeLessThanOrEqual(Date.now());
    expect(stamped).toBeGreaterThan(before - 120_000);
    expect(rate!.rate).toBeGreaterThan(0.9);
    expect(rate!.rate).toBeLessThan(1.4);
    const again = await request<Rate[]>(`/v1/rates?source=EUR&target=USD&time=${encodeURIComponent(rate!.time)}`);
    expect(again.body).toEqual(res.body);
  });

  it("historic point: deterministic, truncated to the minute, offsets honoured", async () => {
    const a = await request<Rate[]>("/v1/rates?source=GBP&target=EUR&time=2025-01-15T10:43:31");
    const b = await request<Rate[]>(`/v1/rates?source=GBP&target=EUR&time=${encodeURIComponent("2025-01-15T11:43:59+0100")}`);
    const c = await request<Rate[]>("/v1/rates?source=GBP&target=EUR&time=2025-01-15T10:44:00");
    expect(a.body).toHaveLength(1);
    expect(a.body[0]!.time).toBe("2025-01-15T10:43:00+0000");
    expect(b.body).toEqual(a.body);
    expect(c.body[0]!.time).toBe("2025-01-15T10:44:00+0000");
    // Inverse pair is consistent.
    const inverse = await request<Rate[]>("/v1/rates?source=EUR&target=GBP&time=2025-01-15T10:43:31");
    expect(a.body[0]!.rate * inverse.body[0]!.rate).toBeCloseTo(1, 4);
  });

  it.each([
    ["day", "2025-01-01", "2025-01-31", 31, 86_400_000],
    ["hour", "2025-01-01T00:00:00", "2025-01-01T23:59:59", 24, 3_600_000],
    ["minute", "2025-01-01T10:00:00", "2025-01-01T10:59:59", 60, 60_000],
  ])("series grouped by %s", async (group, from, to, count, step) => {
    const res = await request<Rate[]>(`/v1/rates?source=USD&target=JPY&from=${from}&to=${to}&group=${group}`);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(count);
    const times = res.body.map((r) => Date.parse(r.time.replace("+0000", "Z")));
    expect(times[0]).toBe(Date.parse(`${from.length === 10 ? `${from}T00:00:00` : from}Z`));
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBe(step);
    expect(res.body.every((r) => r.source === "USD" && r.target === "JPY" && r.rate > 100)).toBe(true);
    expect(new Set(res.body.map((r) => r.rate)).size).toBeGreaterThan(1); // it moves over time
  });

  it("without source/target returns every pair; with only source, every target", async () => {
    const all = await request<Rate[]>("/v1/rates");
    const pairs = new Set(all.body.map((r) => `${r.source}>${r.target}`));
    expect(pairs.size).toBe(all.body.length);
    expect(all.body.length).toBeGreaterThanOrEqual(10 * 9);
    for (const c of ["GBP", "EUR", "USD", "JPY", "CHF", "AUD", "CAD", "SEK", "PLN", "INR"]) expect(pairs.has(`${c}>USD`) || c === "USD").toBe(true);
    const fromGbp = await request<Rate[]>("/v1/rates?source=GBP");
    expect(fromGbp.body.every((r) => r.source === "GBP" && r.target !== "GBP")).toBe(true);
    const currencies = new Set(all.body.map((r) => r.source)).size;
    expect(all.body.length).toBe(currencies * (currencies - 1));
    expect(fromGbp.body.length).toBe(currencies - 1);
  });

  it.each([
    "source=ABC&target=USD",
    "source=EUR&target=USD&time=yesterday",
    "source=EUR&target=USD&time=2025-01-01",
    "source=EUR&target=USD&from=2025-01-01",
    "source=EUR&target=USD&from=2025-02-01&to=2025-01-01&group=day",
    "source=EUR&target=USD&from=2025-01-01&to=2025-02-01&group=week",
    "source=EUR&target=USD&group=day",
    "source=EUR&target=USD&from=2020-01-01&to=2025-01-01&group=minute",
    "from=2025-01-01&to=2025-01-02&group=day",
  ])("400 Spring body for %s", async (query) => {
    const res = await request<{ status: number; error: string }>(`/v1/rates?${query}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ status: 400, error: "Bad Request" });
  });
});

describe("stats and reset", () => {
  it("counts Wise-route calls per route pattern and per user, and reset zeroes them", async () => {
    expect((await request("/__sandbox/reset", null, { method: "POST" })).status).toBe(204);
    await request("/v2/profiles");
    await request(`/v2/profiles/${alice.businessProfileId}`);
    await request(`/v2/profiles/${bob.personalProfileId}`, bob.token);
    await request(`/v4/profiles/${bob.personalProfileId}/balances?types=STANDARD`, bob.token);
    await request("/v1/currencies", "bad-token");
    await request("/v9/nothing");
    const stats = await request<{ total: number; routes: Record<string, number>; byToken: Record<string, number>; unmatched: number }>("/__sandbox/stats", null);
    expect(stats.status).toBe(200);
    expect(stats.body).toEqual({
      total: 5,
      routes: {
        "GET /v2/profiles": 1,
        "GET /v2/profiles/:profileId": 2,
        "GET /v4/profiles/:profileId/balances": 1,
        "GET /v1/currencies": 1,
      },
      byToken: { alice: 2, bob: 2, anonymous: 1 },
      unmatched: 1,
      faultsApplied: 0,
    });
    expect((await request("/__sandbox/reset", null, { method: "POST" })).status).toBe(204);
    const after = await request<{ total: number }>("/__sandbox/stats", null);
    expect(after.body).toEqual({ total: 0, routes: {}, byToken: {}, unmatched: 0, faultsApplied: 0 });
  });

  it("reset restores the seed after in-process mutations", async () => {
    const path = `/v4/profiles/${alice.personalProfileId}/balances?types=STANDARD,SAVINGS`;
    const original = await request<{ id: number }[]>(path);
    const first = original.body[0]!;
    sandbox.store.balances.delete(first.id);
    sandbox.store.touch();
    expect((await request<unknown[]>(path)).body).toHaveLength(original.body.length - 1);
    expect((await request(`/v4/profiles/${alice.personalProfileId}/balances/${first.id}`)).status).toBe(404);
    await request("/__sandbox/reset", null, { method: "POST" });
    expect((await request(path)).body).toEqual(original.body);
  });
});

describe("latency option", () => {
  it("delays Wise routes by at least latencyMs, not the sandbox endpoints' counters", async () => {
    const slow = await startSandbox({ latencyMs: 120 });
    try {
      const started = performance.now();
      const res = await request("/v1/currencies", alice.token, { base: slow.url });
      expect(res.status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(110);
      const stats = await request<{ total: number }>("/__sandbox/stats", null, { base: slow.url });
      expect(stats.body.total).toBe(1);
    } finally {
      await slow.close();
    }
  });
});
