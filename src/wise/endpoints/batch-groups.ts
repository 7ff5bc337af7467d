import { route } from "../route.js";
import { wiseBatchGroup, wiseBatchPayment, wisePaymentInitiation, type WiseBatchGroup, type WiseBatchPayment, type WisePaymentInitiation } from "../schemas/batch-group.js";
import { wiseTransfer, type WiseTransfer } from "../schemas/transfer.js";
import { SCA_APPROVAL_HEADER } from "../sca/headers.js";
import type { WiseSession } from "../session.js";
import type { WiseTransferRequest } from "./transfers.js";

/** The x-2fa-approval header of an SCA-protected call, when the caller cleared a one-time token. */
const scaHeaders = (scaToken: string | undefined): Record<string, string> => (scaToken === undefined ? {} : { [SCA_APPROVAL_HEADER]: scaToken });

/**
 * `POST /v3/profiles/{profileId}/batch-groups`: a NEW, empty group. It carries no idempotency
 * key, so sending it twice makes two groups.
 * @wiseOperation POST /v3/profiles/{profileId}/batch-groups
 */
export function createBatchGroup(wise: WiseSession, profileId: number, request: { sourceCurrency: string; name: string }): Promise<WiseBatchGroup> {
  return wise.call({ method: "POST", route: route`/v3/profiles/${profileId}/batch-groups`, json: request, decoder: wiseBatchGroup });
}

/**
 * `GET /v3/profiles/{profileId}/batch-groups/{batchGroupId}`.
 * @wiseOperation GET /v3/profiles/{profileId}/batch-groups/{batchGroupId}
 */
export function getBatchGroup(wise: WiseSession, profileId: number, batchGroupId: string): Promise<WiseBatchGroup> {
  return wise.call({ method: "GET", route: route`/v3/profiles/${profileId}/batch-groups/${batchGroupId}`, decoder: wiseBatchGroup });
}

/**
 * `PATCH /v3/profiles/{profileId}/batch-groups/{batchGroupId}`: completes or cancels the group.
 * `version` must be the group's current one, so a repeat after the group changed is refused
 * rather than acting twice.
 * @wiseOperation PATCH /v3/profiles/{profileId}/batch-groups/{batchGroupId}
 */
export function updateBatchGroupStatus(wise: WiseSession, profileId: number, batchGroupId: string, status: "COMPLETED" | "CANCELLED", version: number): Promise<WiseBatchGroup> {
  return wise.call({ method: "PATCH", route: route`/v3/profiles/${profileId}/batch-groups/${batchGroupId}`, json: { status, version }, decoder: wiseBatchGroup });
}

/**
 * `POST /v3/profiles/{profileId}/batch-groups/{batchGroupId}/transfers`: a transfer in the group,
 * with the body of `POST /v1/transfers` (the same customerTransactionId never makes a second one).
 * @wiseOperation POST /v3/profiles/{profileId}/batch-groups/{batchGroupId}/transfers
 */
export function createBatchGroupTransfer(wise: WiseSession, profileId: number, batchGroupId: string, request: WiseTransferRequest): Promise<WiseTransfer> {
  return wise.call({ method: "POST", route: route`/v3/profiles/${profileId}/batch-groups/${batchGroupId}/transfers`, json: request, decoder: wiseTransfer });
}

/**
 * `POST /v3/profiles/{profileId}/batch-payments/{batchGroupId}/payments` with `{type: "BALANCE"}`:
 * pays every transfer of a completed group from the balance. No idempotency key: the group's
 * transfers tell whether it was paid. SCA-protected: `scaToken` goes in `x-2fa-approval`.
 * @wiseOperation POST /v3/profiles/{profileId}/batch-payments/{batchGroupId}/payments
 */
export function fundBatchGroup(wise: WiseSession, profileId: number, batchGroupId: string, scaToken?: string): Promise<WiseBatchPayment> {
  return wise.call({
    method: "POST",
    route: route`/v3/profiles/${profileId}/batch-payments/${batchGroupId}/payments`,
    headers: scaHeaders(scaToken),
    json: { type: "BALANCE" },
    decoder: wiseBatchPayment,
  });
}

/** The body of a direct-debit payment initiation. */
export interface WisePaymentInitiationRequest {
  accountId: number;
  reference?: string;
}

/**
 * `POST /v1/profiles/{profileId}/batch-groups/{batchGroupId}/payment-initiations`: pays a completed
 * group by direct debit from a linked bank account. SCA-protected like balance funding.
 * @wiseOperation POST /v1/profiles/{profileId}/batch-groups/{batchGroupId}/payment-initiations
 */
export function createPaymentInitiation(
  wise: WiseSession,
  profileId: number,
  batchGroupId: string,
  request: WisePaymentInitiationRequest,
  scaToken?: string,
): Promise<WisePaymentInitiation> {
  return wise.call({
    method: "POST",
    route: route`/v1/profiles/${profileId}/batch-groups/${batchGroupId}/payment-initiations`,
    headers: scaHeaders(scaToken),
    json: { type: "DIRECT_DEBIT", ...request },
    decoder: wisePaymentInitiation,
  });
}

/**
 * `GET /v1/profiles/{profileId}/batch-groups/{batchGroupId}/payment-initiations/{paymentInitiationId}`.
 * @wiseOperation GET /v1/profiles/{profileId}/batch-groups/{batchGroupId}/payment-initiations/{paymentInitiationId}
 */
export function getPaymentInitiation(wise: WiseSession, profileId: number, batchGroupId: string, paymentInitiationId: number): Promise<WisePaymentInitiation> {
  return wise.call({
    method: "GET",
    route: route`/v1/profiles/${profileId}/batch-groups/${batchGroupId}/payment-initiations/${paymentInitiationId}`,
    decoder: wisePaymentInitiation,
  });
}
