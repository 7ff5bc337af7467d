import { setMaxListeners } from "node:events";
import { callerKey } from "./breakers.js";
import type { WiseCall, WiseClient } from "./client.js";
import { getOneTimeTokenStatus } from "./endpoints/sca.js";
import { WiseApiError } from "./errors.js";
import { SCA_APPROVAL_HEADER, SCA_SIGNATURE_HEADER } from "./sca/headers.js";
import type { JwsSigner } from "./sca/jws.js";

/** One caller's access to Wise: the shared client, that caller's own token, and their deadline. */
export interface WiseSession {
  readonly token: string;
  /** Epoch ms after which no call of this GraphQL request may still run. */
  readonly deadline: number | undefined;
  /** Signs request bodies as JWS, for the calls that take it (funding), when the client has a key. */
  readonly jwsSigner?: JwsSigner;
  /**
   * Calls Wise with this caller's token, within this caller's deadline. When Wise asks for strong
   * customer authentication, the call either clears it itself (with the client's SCA signer) or
   * throws an SCA_REQUIRED error carrying the one-time token and its challenges.
   */
  call<T>(call: Omit<WiseCall<T>, "token" | "caller" | "deadline" | "signal">): Promise<T>;
}

/**
 * `home` is the client of Wise's API host, when `client` talks to another one (the card data
 * host): an SCA refusal's challenges are read there.
 */
export function createSession(client: WiseClient, token: string, deadline?: number, home?: WiseClient): WiseSession {
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
  const send = <T>(call: Omit<WiseCall<T>, "token" | "caller" | "deadline" | "signal">) =>
    client.call({ ...call, token, caller: (caller ??= callerKey(token)), deadline, signal: deadlineSignal() });
  const session: WiseSession = {
    token,
    deadline,
    jwsSigner: client.options.jwsSigner,
    call: async (call) => {
      try {
        return await send(call);
      } catch (error) {
        if (!(error instanceof WiseApiError) || error.kind !== "SCA_REQUIRED" || error.oneTimeToken === null) throw error;
        const sign = client.options.scaSigner;
        if (sign && call.headers?.[SCA_APPROVAL_HEADER] === undefined) {
          // Wise refused before acting, so the same call once more, with the token signed, is still
          // the first that can act. A refusal of the signed call is thrown as any other.
          const signed = { [SCA_APPROVAL_HEADER]: error.oneTimeToken, [SCA_SIGNATURE_HEADER]: sign(error.oneTimeToken) };
          try {
            return await send({ ...call, headers: { ...call.headers, ...signed } });
          } catch (retryError) {
            if (!(retryError instanceof WiseApiError) || retryError.kind !== "SCA_REQUIRED") throw retryError;
            throw await withChallenge(plain, retryError);
          }
        }
        throw await withChallenge(plain, error);
      }
    },
  };
  // The token's status is read without this SCA handling, so a refused status read cannot recurse.
  const sendHome = <T>(call: Omit<WiseCall<T>, "token" | "caller" | "deadline" | "signal">) =>
    home!.call({ ...call, token, caller: (caller ??= callerKey(token)), deadline, signal: deadlineSignal() });
  const plain: WiseSession = { token, deadline, call: home === undefined ? send : sendHome };
  return session;
}

/** Adds the one-time token's challenges to an SCA refusal, so the caller can clear them; left without when they cannot be read. */
async function withChallenge(plain: WiseSession, error: WiseApiError): Promise<WiseApiError> {
  if (error.oneTimeToken === null) return error;
  error.challenge = await getOneTimeTokenStatus(plain, error.oneTimeToken).catch(() => null);
  return error;
}
