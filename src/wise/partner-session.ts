import type { ClientCredentialsToken } from "./client-token.js";
import type { WiseCall, WiseClient } from "./client.js";
import { WiseApiError } from "./errors.js";

/** The circuit-breaker key of the server's own calls as the partner (a name, not a token hash). */
const PARTNER_CALLER = "partner";

/** Calls to the endpoints Wise reserves for the partner, made with the server's client-credentials token. */
export interface PartnerSession {
  call<T>(call: Omit<WiseCall<T>, "token" | "caller" | "deadline">): Promise<T>;
}

/**
 * The partner's access to Wise for one GraphQL request, within its deadline. A call Wise answers
 * 401 had its token refused before anything was done (the token expired early or was revoked),
 * so it is sent once more with a fresh token; any other answer is final.
 */
export function createPartnerSession(client: WiseClient, clientToken: ClientCredentialsToken, deadline?: number): PartnerSession {
  return {
    async call(call) {
      for (let attempt = 1; ; attempt++) {
        const token = await clientToken.token();
        try {
          return await client.call({ ...call, token, caller: PARTNER_CALLER, deadline });
        } catch (error) {
          if (attempt > 1 || !(error instanceof WiseApiError && error.status === 401)) throw error;
          clientToken.discard(token);
        }
      }
    },
  };
}
