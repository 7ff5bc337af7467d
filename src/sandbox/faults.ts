// Fault injection for the sandbox's Wise routes: tests register faults per route key
// ("POST /v1/transfers", "GET /v2/profiles/:profileId" or "*"), optionally limited to a
// number of requests, a probability (seeded PRNG, never Math.random), one demo user and one
// request path (e.g. one profile's /v4/profiles/41000011/balances),
// and the server then delays, hangs, resets, truncates, drips or replaces the answer.
// Faults never apply to /__sandbox/* and faulted requests are still counted in Stats.
// This file is the registry; the kinds of fault are declared in faults/kinds.ts.
// Managed over HTTP by admin.ts (/__sandbox/faults) and in-process through
// RunningSandbox.faults (index.ts).

import type { Socket } from "node:net";
import type { Reply } from "./http.js";
import { FAULT_KINDS, FAULT_TYPES, kindOf, type Fault, type FaultContext, type FaultType } from "./faults/kinds.js";
import { fail, integer, isObject, numberIn, optional, parseParams, requestPath } from "./faults/params.js";
import { writeReply, type FaultExchange } from "./faults/wire.js";
import { mulberry32 } from "./seed/random.js";

export type { Fault, FaultType } from "./faults/kinds.js";
export { FaultSpecError } from "./faults/params.js";
export type { FaultExchange } from "./faults/wire.js";

/** What POST /__sandbox/faults and RunningSandbox.faults.add() take. */
export interface FaultSpec {
  /** Stats key ("METHOD /find-my-way/:pattern") of a Wise route, or "*" for every Wise route. */
  route: string;
  fault: Fault;
  /** Apply to this many requests, then stop (default: until cleared). */
  times?: number;
  /** 0..1, decided per matching request with a seeded PRNG (default 1). */
  probability?: number;
  /** Only requests bearing this demo user's token ("alice", "bob"). */
  user?: string;
  /** Only requests to exactly this path, without the query ("/v4/profiles/41000011/balances"): one object's call among many of the same route. */
  path?: string;
  /** Seed of this fault's PRNG (default 0x5eedfa17); the same seed gives the same decisions. */
  seed?: number;
}

/** One registered fault, as GET /__sandbox/faults and faults.list() report it. */
export interface FaultInfo {
  id: number;
  route: string;
  fault: Fault;
  times: number | null;
  probability: number;
  user: string | null;
  path: string | null;
  seed: number;
  /** Requests that matched route, user and path while active (including those the probability skipped). */
  matched: number;
  /** Requests the fault was applied to. */
  applied: number;
  /** False once `times` is used up (kept in the list until cleared, for assertions). */
  active: boolean;
}

/** In-process fault control, exposed as RunningSandbox.faults. */
export interface SandboxFaults {
  /** Validates and registers a fault (throws FaultSpecError on nonsense); returns its id. */
  add(spec: FaultSpec): number;
  list(): FaultInfo[];
  /** Removes one fault; false when the id is unknown. */
  remove(id: number): boolean;
  /** Removes every fault (faultsApplied in stats is kept until reset). */
  clear(): void;
  /** Total number of fault applications since the last reset (stats' faultsApplied). */
  readonly applied: number;
}

export const DEFAULT_FAULT_SEED = 0x5eedfa17;

/** The spec's plain options; `route`, `fault` and `user` are checked against the sandbox itself. */
const SPEC_OPTIONS = {
  times: optional(integer(1, Number.MAX_SAFE_INTEGER)),
  probability: optional(numberIn(0, 1)),
  path: optional(requestPath),
  seed: optional(integer(0, 0xffffffff)),
};

/** Validates a fault (from JSON or TypeScript) against its kind's declaration and returns a normalised copy. */
export function parseFault(value: unknown): Fault {
  if (!isObject(value)) fail(`fault must be an object with a 'type' (one of ${FAULT_TYPES.join(", ")})`);
  const { type, ...params } = value;
  if (typeof type !== "string" || !Object.hasOwn(FAULT_KINDS, type)) {
    fail(`fault.type must be one of ${FAULT_TYPES.join(", ")}, got ${JSON.stringify(type)}`);
  }
  const t = type as FaultType;
  return { type: t, ...parseParams(params, FAULT_KINDS[t].params, "fault", `fault of type '${t}'`) } as Fault;
}

/** A registered fault: what FaultInfo reports, less the derived `active`, plus its own PRNG. */
interface Entry extends Omit<FaultInfo, "active"> {
  rng: () => number;
}

export interface FaultsOptions {
  /** Stats keys of the mounted Wise routes, to reject faults for routes that do not exist. */
  routes: Iterable<string>;
  /** Names of the demo users (for `user`). */
  users: () => Iterable<string>;
}

export class Faults implements SandboxFaults {
  private entries: Entry[] = [];
  private nextId = 1;
  private total = 0;
  private readonly routes: Set<string>;
  /** Sockets of hung requests: destroyed by shutdown(). */
  private readonly hung = new Set<Socket>();
  /** Pending latency delays: cancelled by shutdown(). */
  private readonly sleeping = new Set<() => void>();

  constructor(private readonly options: FaultsOptions) {
    this.routes = new Set(options.routes);
  }

  add(spec: FaultSpec): number {
    const value: unknown = spec;
    if (!isObject(value)) fail("body must be a JSON object {route, fault, times?, probability?, user?, path?, seed?}");
    const { route, fault: rawFault, user: rawUser, ...rest } = value;
    const options = parseParams(rest, SPEC_OPTIONS, "", "fault spec", ["route", "fault", "user"]);
    if (typeof route !== "string") fail(`route must be a string such as "GET /v2/profiles/:profileId" or "*"`);
    if (route !== "*" && !this.routes.has(route)) {
      fail(`route '${route}' is not a Wise route of this sandbox; use "*" or one of: ${[...this.routes].sort().join(", ")}`);
    }
    const fault = parseFault(rawFault);
    let user: string | null = null;
    if (rawUser !== undefined) {
      const names = [...this.options.users()];
      if (typeof rawUser !== "string" || !names.includes(rawUser)) {
        fail(`user must be one of ${names.join(", ")}, got ${JSON.stringify(rawUser)}`);
      }
      user = rawUser;
    }
    const seed = options.seed ?? DEFAULT_FAULT_SEED;
    const id = this.nextId++;
    this.entries.push({
      id,
      route,
      fault,
      times: options.times ?? null,
      probability: options.probability ?? 1,
      user,
      path: options.path ?? null,
      seed,
      matched: 0,
      applied: 0,
      rng: mulberry32(seed),
    });
    return id;
  }

  list(): FaultInfo[] {
    return this.entries.map(({ rng: _rng, ...e }) => ({ ...e, active: e.times === null || e.applied < e.times }));
  }

  remove(id: number): boolean {
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => e.id !== id);
    return this.entries.length !== before;
  }

  clear(): void {
    this.entries = [];
  }

  /** POST /__sandbox/reset: no faults and faultsApplied back to 0. */
  reset(): void {
    this.clear();
    this.total = 0;
  }

  get applied(): number {
    return this.total;
  }

  /**
   * The fault to apply to this request, if any: the first active one whose route, user and
   * path match and whose probability roll succeeds (a failed roll lets later faults try).
   */
  take(routeKey: string, userName: string | undefined, path?: string): Fault | null {
    for (const e of this.entries) {
      if (e.times !== null && e.applied >= e.times) continue;
      if (e.route !== "*" && e.route !== routeKey) continue;
      if (e.user !== null && e.user !== userName) continue;
      if (e.path !== null && e.path !== path) continue;
      e.matched++;
      if (e.probability < 1 && !(e.rng() < e.probability)) continue;
      e.applied++;
      this.total++;
      return e.fault;
    }
    return null;
  }

  /** Runs the fault's part before the handler; true when the request is finished and the handler must not run. */
  async before(fault: Fault, ex: FaultExchange): Promise<boolean> {
    return (await kindOf(fault).before?.(fault, this.context(ex))) ?? false;
  }

  /** Sends (or withholds) the handler's reply as the fault dictates. */
  async after(fault: Fault, reply: Reply, ex: FaultExchange): Promise<void> {
    const after = kindOf(fault).after;
    // Kinds without `after` (latency) send the handler's answer unchanged.
    if (after === undefined) writeReply(ex, reply);
    else await after(fault, reply, this.context(ex));
  }

  /** sandbox.close(): destroys hung sockets and cancels pending latency delays. */
  shutdown(): void {
    for (const socket of this.hung) socket.destroy();
    this.hung.clear();
    for (const cancel of [...this.sleeping]) cancel();
  }

  private context(ex: FaultExchange): FaultContext {
    return {
      ...ex,
      sleep: (ms) => this.sleep(ms),
      hold: () => {
        const socket = ex.req.socket;
        this.hung.add(socket);
        socket.once("close", () => this.hung.delete(socket));
      },
    };
  }

  /** Resolves true after ms, false if shutdown() cancelled it. */
  private sleep(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (completed: boolean) => {
        clearTimeout(timer);
        this.sleeping.delete(cancel);
        resolve(completed);
      };
      const cancel = () => done(false);
      const timer = setTimeout(() => done(true), ms);
      this.sleeping.add(cancel);
    });
  }
}
