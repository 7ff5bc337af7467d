import { z } from "zod";
import { route } from "../route.js";
import { wisePayment, wiseTransfer, type WisePayment, type WiseTransfer } from "../schemas/transfer.js";
import { SCA_APPROVAL_HEADER } from "../sca/headers.js";
import { JWS_HEADERS, signedAnswer } from "../sca/jws.js";
import type { WiseKeys } from "../sca/wise-keys.js";
import type { WiseSession } from "../session.js";
import { WiseApiError } from "../errors.js";

/** The body of `POST /v1/transfers`. */
export interface WiseTransferRequest {
  targetAccount: number;
  quoteUuid: string;
  /** The caller's idempotency key: the same value never creates a second transfer. */
  customerTransactionId: string;
  details: { reference?: string; transferPurpose?: string; sourceOfFunds?: string };
}

/**
 * `POST /v1/transfers`. Never retried here; see the transfer mutations for the safe retry.
 * @wiseOperation POST /v1/transfers
 */
export function createTransfer(wise: WiseSession, request: WiseTransferRequest): Promise<WiseTransfer> {
  return wise.call({ method: "POST", route: route`/v1/transfers`, json: request, decoder: wiseTransfer });
}

/**
 * `GET /v1/transfers/{transferId}`.
 * @wiseOperation GET /v1/transfers/{transferId}
 */
export function getTransfer(wise: WiseSession, transferId: number): Promise<WiseTransfer> {
  return wise.call({ method: "GET", route: route`/v1/transfers/${transferId}`, decoder: wiseTransfer });
}

/** Filters and paging of `GET /v1/transfers`, in Wise's names. */
export interface WiseTransferQuery {
  profile: number;
  offset: number;
  limit: number;
  /** Comma-separated Wise statuses. */
  status?: string;
  createdDateStart?: string;
  createdDateEnd?: string;
  sourceCurrency?: string;
  targetCurrency?: string;
}

/**
 * `GET /v1/transfers`: a bare array, newest first, paged by offset and limit.
 * @wiseOperation GET /v1/transfers
 */
export function listTransfers(wise: WiseSession, query: WiseTransferQuery): Promise<WiseTransfer[]> {
  return wise.call({ method: "GET", route: route`/v1/transfers`, searchParams: { ...query }, decoder: z.array(wiseTransfer) });
}

/**
 * `PUT /v1/transfers/{transferId}/cancel`.
 * @wiseOperation PUT /v1/transfers/{transferId}/cancel
 */
export function cancelTransfer(wise: WiseSession, transferId: number): Promise<WiseTransfer> {
  return wise.call({ method: "PUT", route: route`/v1/transfers/${transferId}/cancel`, decoder: wiseTransfer });
}

/**
 * `POST /v3/profiles/{profileId}/transfers/{transferId}/payments` with `{type: "BALANCE"}`.
 * SCA-protected: `scaToken`, a cleared one-time token, goes in `x-2fa-approval`. Signed (JWS)
 * when the session has a JWS key; Wise's signed answer is then checked with its key from `keys`.
 * @wiseOperation POST /v3/profiles/{profileId}/transfers/{transferId}/payments
 */
export async function fundTransfer(wise: WiseSession, keys: WiseKeys, profileId: number, transferId: number, scaToken?: string): Promise<WisePayment> {
  const path = route`/v3/profiles/${profileId}/transfers/${transferId}/payments`;
  const sca: Record<string, string> = scaToken === undefined ? {} : { [SCA_APPROVAL_HEADER]: scaToken };
  const body = { type: "BALANCE" };
  const signer = wise.jwsSigner;
  if (signer === undefined) return wise.call({ method: "POST", route: path, headers: sca, json: body, decoder: wisePayment });
  // With a JWS key, the body goes signed (its header names the path) and Wise's answer comes signed.
  // Wise's key first: a payment whose answer could not be checked is not sent.
  const wiseKey = await keys.signingKey();
  const rawBody = await signer.sign(path.path, body);
  const text = await wise.call({ method: "POST", route: path, headers: { ...JWS_HEADERS, ...sca }, rawBody, textAnswer: true, decoder: z.string() });
  return signedAnswer(wiseKey, text, wisePayment, `POST ${path.template}`);
}

/** The states Wise's sandbox can move a transfer to, in their order. */
export type WiseSimulatedStatus = "processing" | "funds_converted" | "outgoing_payment_sent" | "bounced_back" | "funds_refunded";

/**
 * `GET /v1/simulation/transfers/{id}/{status}`: Wise sandbox only. Wise answers HTTP 200 with an
 * `errors` array (`wrong_status`) when the step is out of order, so that body is an error too.
 * @wiseOperation GET /v1/simulation/transfers/{transferId}/{status}
 */
export async function simulateTransfer(wise: WiseSession, transferId: number, status: WiseSimulatedStatus): Promise<WiseTransfer> {
  const answer = await wise.call({
    method: "GET",
    route: route`/v1/simulation/transfers/${transferId}/${status}`,

    decoder: z.union([wiseTransfer, z.object({ errors: z.array(z.object({ code: z.string().nullish(), message: z.string().nullish() })) })]),
  });
  if ("errors" in answer) {
    const details = answer.errors.map((e) => ({ code: e.code ?? null, message: e.message ?? null, path: null, arguments: null }));
    throw new WiseApiError("HTTP", 409, details, null, "GET /v1/simulation/transfers/{}/{}", "simulation refused");
  }
  return answer;
}
