import { callerKey } from "./breakers.js";
import type { WiseCall, WiseClient } from "./client.js";

/** One caller's access to Wise: the shared client, that caller's own token, and their deadline. */
export interface WiseSession {
  readonly token: string;
  /** Epoch ms after which no call of this GraphQL request may still run. */
  readonly deadline: number | undefined;
  /** Calls Wise with this caller's token, within this caller's deadline. */
  call<T>(call: Omit<WiseCall<T>, "token" | "caller" | "deadline">): Promise<T>;
}

export function createSession(client: WiseClient, token: string, deadline?: number): WiseSession {
  // Hashed at the request's first Wise call, once, rather than on every call of it.
  let caller: string | undefined;
  return {
    token,
    deadline,
    call: (call) => client.call({ ...call, token, caller: (caller ??= callerKey(token)), deadline }),
  };
}
