// The generic resource store (src/sandbox/resource.ts) on the operations no Wise route
// uses yet (update, delete, offset/limit paging): a declaration over the real Store's
// address table, its handlers run in-process with a real Ctx (body streamed like a request).

import { describe, expect, it } from "@jest/globals";
import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import { addressView } from "../../src/sandbox/api/address/view.js";
import { HttpError, type Reply } from "../../src/sandbox/http.js";
import type { AddressRecord } from "../../src/sandbox/model.js";
import { offsetLimit, resourceRoutes } from "../../src/sandbox/resource.js";
import type { Ctx, RouteDef } from "../../src/sandbox/route.js";
import { Store } from "../../src/sandbox/store.js";

const routes = resourceRoutes<AddressRecord>({
  name: "Address",
  path: "/test/addresses",
  idParam: "addressId",
  table: (store) => store.addresses,
  view: addressView,
  list: { profileQuery: "profile", paging: offsetLimit(2, 3) },
  get: true,
  update: { method: "PATCH", apply: (record, body) => ({ ...record, city: String(body.city) }) },
  delete: true,
});

function route(method: RouteDef["method"], path: string): RouteDef {
  const found = routes.find((r) => r.method === method && r.path === path);
  if (found === undefined) throw new Error(`no ${method} ${path}`);
  return found;
}

async function run(store: Store, def: RouteDef, init: { params?: Record<string, string>; query?: string; body?: unknown; userId?: number } = {}): Promise<Reply> {
  const user = [...store.users.values()].find((u) => u.id === (init.userId ?? 6_100_001));
  if (user === undefined) throw new Error("no such user");
  const req = Readable.from(init.body === undefined ? [] : [JSON.stringify(init.body)]) as unknown as IncomingMessage;
  req.headers = { "content-type": "application/merge-patch+json" };
  const ctx: Ctx = { store, user, params: init.params ?? {}, query: new URLSearchParams(init.query ?? ""), path: def.path, req, now: Date.now };
  try {
    return await def.handler(ctx);
  } catch (err) {
    if (err instanceof HttpError) return { status: err.status, body: JSON.stringify(err.body) };
    throw err;
  }
}

describe("resourceRoutes", () => {
  it("declares exactly the operations asked for", () => {
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /test/addresses",
      "GET /test/addresses/:addressId",
      "PATCH /test/addresses/:addressId",
      "DELETE /test/addresses/:addressId",
    ]);
  });

  it("pages lists with offset/limit and Wise's Min/Max errors", async () => {
    const store = new Store();
    const alice = store.users.get(6_100_001)!;
    const all = [...store.addresses.values()].filter((a) => store.profiles.get(a.profileId)?.userId === alice.id).map((a) => a.id);
    const page = async (query: string) => {
      const reply = await run(store, route("GET", "/test/addresses"), { query });
      return { status: reply.status, body: JSON.parse(reply.body) as { id: number }[] };
    };
    expect((await page("")).body.map((a) => a.id)).toEqual(all.slice(0, 2));
    expect((await page("offset=1&limit=3")).body.map((a) => a.id)).toEqual(all.slice(1, 4));
    expect((await page("limit=4")).status).toBe(400);
    expect((await page("offset=-1")).body).toMatchObject({ errors: [{ code: "Min", path: "offset" }] });
  });

  it("updates the caller's record (same id and owner) and refuses other users' records", async () => {
    const store = new Store();
    const [first] = store.addressesOf(41_000_011);
    const params = { addressId: String(first!.id) };
    const version = store.version;
    const reply = await run(store, route("PATCH", "/test/addresses/:addressId"), { params, body: { city: "Bath" } });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ id: first!.id, profile: 41_000_011, details: { city: "Bath" } });
    expect(store.addresses.get(first!.id)?.city).toBe("Bath");
    expect(store.version).toBeGreaterThan(version);
    const bobs = await run(store, route("PATCH", "/test/addresses/:addressId"), { params, body: { city: "Ely" }, userId: 6_100_002 });
    expect(bobs.status).toBe(403);
    expect(store.addresses.get(first!.id)?.city).toBe("Bath");
  });

  it("deletes with 204 and no body, then the id is unknown (404)", async () => {
    const store = new Store();
    const [first] = store.addressesOf(41_000_011);
    const params = { addressId: String(first!.id) };
    expect((await run(store, route("DELETE", "/test/addresses/:addressId"), { params, userId: 6_100_002 })).status).toBe(403);
    expect(await run(store, route("DELETE", "/test/addresses/:addressId"), { params })).toEqual({ status: 204, body: "" });
    expect(store.addresses.has(first!.id)).toBe(false);
    const again = await run(store, route("GET", "/test/addresses/:addressId"), { params });
    expect(again.status).toBe(404);
    expect(JSON.parse(again.body)).toMatchObject({ errors: [{ code: "NOT_FOUND", message: "Address not found", path: "addressId" }] });
  });
});
