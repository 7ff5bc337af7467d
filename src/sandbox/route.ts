// Shape of a Wise route: each api/<group>/ exports lists of these (api/index.ts gathers them) and server.ts mounts them.

import type { IncomingMessage } from "node:http";
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

export interface RouteDef {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** find-my-way pattern, e.g. "/v2/profiles/:profileId"; also the stats key. */
  path: string;
  handler: Handler;
}
