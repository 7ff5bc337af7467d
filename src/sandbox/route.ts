// Shape of a Wise route: each api/<group>/ exports lists of these (api/index.ts gathers them) and server.ts mounts them.

import type { IncomingMessage } from "node:http";
import type { OAuthClient } from "./api/oauth/tokens.js";
import type { KeyObject } from "node:crypto";
import type { Reply } from "./http.js";
import type { UserRecord } from "./model.js";
import type { Store } from "./store.js";

export interface Ctx {
  store: Store;
  /** The authenticated caller. */
  user: UserRecord;
  params: Readonly<Record<string, string | undefined>>;
  query: URLSearchParams;
  /** Request path without the query string (used in Spring error bodies). */
  path: string;
  req: IncomingMessage;
  /** The sandbox clock (real time unless overridden): current rates and the times of objects created through the API. */
  now: () => number;
  /** The public key personal-token SCA signatures (`X-Signature`) are checked against; null when none is configured. */
  scaPublicKey?: KeyObject | null;
}

export type Handler = (ctx: Ctx) => Reply | Promise<Reply>;

/** What a route without a user knows: everything but the user. */
export type OpenCtx = Omit<Ctx, "user">;

/** What a partner route knows: the API client whose client-credentials token called it. */
export interface PartnerCtx extends OpenCtx {
  client: OAuthClient;
}

interface RouteBase {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** find-my-way pattern, e.g. "/v2/profiles/:profileId"; also the stats key. */
  path: string;
}

/** A route called with a user's token (a demo token, or one a user grant issued): most of Wise's API. */
export interface RouteDef extends RouteBase {
  auth?: "user";
  handler: Handler;
}

/** A route Wise reserves for the partner: only a client-credentials token may call it. */
export interface PartnerRouteDef extends RouteBase {
  auth: "partner";
  handler: (ctx: PartnerCtx) => Reply | Promise<Reply>;
}

/** A route that authenticates its caller itself (POST /oauth/token reads Basic auth). */
export interface OpenRouteDef extends RouteBase {
  auth: "none";
  handler: (ctx: OpenCtx) => Reply | Promise<Reply>;
}

/** Any route: a user's, a partner's or an open one (WISE_ROUTES holds all three). */
export type AnyRouteDef = RouteDef | PartnerRouteDef | OpenRouteDef;
