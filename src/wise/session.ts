import { setMaxListeners } from "node:events";
import { callerKey } from "./breakers.js";
import type { WiseCall, WiseClient } from "./client.js";

/** One caller's access to Wise: the shared client, that caller's own token, and their deadline. */
export interface WiseSession {
  readonly token: string;
  /** Epoch ms after which no call of this GraphQL request may still run. */
  readonly deadline: number | undefined;
  /** Calls Wise with this caller's token, within this caller's deadline. */
  call<T>(call: Omit<WiseCall<T>, "token" | "caller" | "deadline" | "signal">): Promise<T>;
}

export function createSession(client: WiseClient, token: string, deadline?: number): WiseSession {
  // Hashed at the request's first Wise call, once, rather than on every call of it.
  let caller: string | undefined;
  // One deadline timer for the request rather than one per call (a page makes twenty calls).
  let signal: AbortSignal | undefined;
  const deadlineSignal = (): AbortSignal | undefined => {
    if (deadline === undefined) return undefined;
    if (signal === undefined) {
      signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
      // Every call in flight listens to it; a page's twenty are not a leak.
      setMaxListeners(0, signal);
    }
    return signal;
  };
  return {
    token,
    deadline,
    call: (call) => client.call({ ...call, token, caller: (caller ??= callerKey(token)), deadline, signal: deadlineSignal() }),
  };
}
