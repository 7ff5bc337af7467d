// The generic store of plain resources: a record type owned by a profile, kept in a table
// keyed by id, served by declared operations (list, get, create, update, delete) with one
// of Wise's paging schemes. A plain resource is a declaration plus its view (see
// api/address/resource.ts); resourceRoutes() turns it into routes with Wise's usual
// answers: 400 for an ill-formed id, 404 for an unknown one, 403 for another user's.

import { ownedProfile } from "./auth.js";
import { jsonBody, type JsonObject } from "./body.js";
import { forbidden, json, notFound, wiseErrors, type Reply } from "./http.js";
import { pathLong, queryInt, queryLong } from "./params.js";
import type { Ctx, RouteDef } from "./route.js";
import type { IdKind } from "./seed/constants.js";
import type { Store } from "./store.js";

/** A record of a plain resource: its Wise id and the profile that owns it. */
export interface Owned {
  id: number;
  profileId: number;
}

/** How a list answers: which slice of the (ordered) records, in which envelope. */
export type Paging = <R>(records: readonly R[], ctx: Ctx, view: (record: R) => unknown) => unknown;

/** A bare JSON array of everything (most v1 lists: addresses, currencies, /v1/accounts). */
export const unpaged: Paging = (records, _ctx, view) => records.map(view);

/** `offset` (default 0) and `limit` (default, max) query parameters, bare array (as /v1/transfers). */
export function offsetLimit(defaultLimit: number, maxLimit: number): Paging {
  return (records, ctx, view) => {
    const offset = boundedInt(ctx, "offset", 0, 0, Number.MAX_SAFE_INTEGER);
    const limit = boundedInt(ctx, "limit", defaultLimit, 1, maxLimit);
    return records.slice(offset, offset + limit).map(view);
  };
}

/** An integer query parameter within bounds; Spring's `Min`/`Max` 400 bodies otherwise. */
export function boundedInt(ctx: Ctx, name: string, fallback: number, min: number, max: number): number {
  const value = queryInt(ctx, name) ?? fallback;
  if (value < min) {
    throw wiseErrors(400, { code: "Min", message: `must be greater than or equal to ${min}`, path: name, arguments: [name, String(value), String(min)] });
  }
  if (value > max) {
    throw wiseErrors(400, { code: "Max", message: `must be less than or equal to ${max}`, path: name, arguments: [name, String(value), String(max)] });
  }
  return value;
}

export interface ResourceDeclaration<R extends Owned> {
  /** What the 404 body names ("Address not found"). */
  name: string;
  /** Collection path ("/v1/addresses"); items live at `${path}/:${idParam}`. */
  path: string;
  /** Path parameter of the item id ("addressId"). */
  idParam: string;
  /** The records by id: a Map of the store, reset with it. */
  table: (store: Store) => Map<number, R>;
  view: (record: R, store: Store) => unknown;
  /** GET path: the caller's records of the profile named by `profileQuery` (absent: all the caller's profiles). */
  list?: { profileQuery: string; paging: Paging };
  /** GET path/:id. */
  get?: boolean;
  /**
   * POST path: `owner` reads the owning profile from the body (403 unless the caller's,
   * checked first); `build` then validates the rest (its own errors) and returns the new
   * record without id.
   */
  create?: {
    idKind: IdKind;
    owner: (body: JsonObject) => number | undefined;
    build: (body: JsonObject, profileId: number, ctx: Ctx) => Omit<R, "id">;
    status?: number;
  };
  /** PUT or PATCH path/:id: the changed record (same id and owner). */
  update?: { method: "PUT" | "PATCH"; apply: (record: R, body: JsonObject, ctx: Ctx) => R };
  /** DELETE path/:id: 204 without a body. */
  delete?: boolean;
}

/** The routes a declaration stands for, in list, create, get, update, delete order. */
export function resourceRoutes<R extends Owned>(decl: ResourceDeclaration<R>): RouteDef[] {
  const item = `${decl.path}/:${decl.idParam}`;
  const show = (record: R, ctx: Ctx, status = 200): Reply => json(decl.view(record, ctx.store), status);

  /** The caller's record named by the path id: 404 unknown, 403 someone else's. */
  const owned = (ctx: Ctx): R => {
    const id = pathLong(ctx, decl.idParam);
    const record = decl.table(ctx.store).get(id);
    if (record === undefined) throw notFound(decl.name, decl.idParam, String(id));
    if (ctx.store.profiles.get(record.profileId)?.userId !== ctx.user.id) throw forbidden(ctx.path);
    return record;
  };

  const save = (ctx: Ctx, record: R): R => {
    decl.table(ctx.store).set(record.id, record);
    ctx.store.touch();
    return record;
  };

  const routes: RouteDef[] = [];
  const { list, create, update } = decl;
  if (list !== undefined) {
    routes.push({
      method: "GET",
      path: decl.path,
      handler: (ctx) => {
        const profileId = queryLong(ctx, list.profileQuery);
        const profileIds = profileId === undefined ? ctx.store.profilesOf(ctx.user.id).map((p) => p.id) : [ownedProfile(ctx, profileId).id];
        const records = [...decl.table(ctx.store).values()];
        const mine = profileIds.flatMap((id) => records.filter((r) => r.profileId === id));
        return json(list.paging(mine, ctx, (r) => decl.view(r, ctx.store)));
      },
    });
  }
  if (create !== undefined) {
    routes.push({
      method: "POST",
      path: decl.path,
      handler: async (ctx) => {
        const body = await jsonBody(ctx);
        const profileId = create.owner(body);
        if (profileId === undefined || ctx.store.profiles.get(profileId)?.userId !== ctx.user.id) throw forbidden(ctx.path);
        const draft = create.build(body, profileId, ctx);
        return show(save(ctx, { ...draft, profileId, id: ctx.store.nextId(create.idKind) } as R), ctx, create.status);
      },
    });
  }
  if (decl.get === true) routes.push({ method: "GET", path: item, handler: (ctx) => show(owned(ctx), ctx) });
  if (update !== undefined) {
    routes.push({
      method: update.method,
      path: item,
      handler: async (ctx) => {
        const record = owned(ctx);
        const changed = update.apply(record, await jsonBody(ctx, update.method === "PATCH" ? "merge-patch" : "json"), ctx);
        return show(save(ctx, { ...changed, id: record.id, profileId: record.profileId }), ctx);
      },
    });
  }
  if (decl.delete === true) {
    routes.push({
      method: "DELETE",
      path: item,
      handler: (ctx) => {
        decl.table(ctx.store).delete(owned(ctx).id);
        ctx.store.touch();
        return { status: 204, body: "" };
      },
    });
  }
  return routes;
}
