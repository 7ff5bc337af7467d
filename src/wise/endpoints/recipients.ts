import { route } from "../route.js";
import { wiseRecipient, wiseRecipientPage, wiseRecipientV1, type WiseRecipient, type WiseRecipientPage, type WiseRecipientV1 } from "../schemas/recipient.js";
import type { WiseSession } from "../session.js";

/** Filters, order and paging of `GET /v2/accounts`, in Wise's names. */
export interface WiseRecipientQuery {
  profileId: number;
  /** Comma-separated currency codes. */
  currency?: string;
  /** Comma-separated account types ("iban,sort_code"). */
  type?: string;
  ownedByCustomer?: boolean;
  /** Wise lists active recipients unless told `false`. */
  active?: boolean;
  size: number;
  seekPosition?: number;
  /** "id" or "currency", then "asc" or "desc"; "id,asc" when left out. */
  sort?: string;
}

/**
 * `GET /v2/accounts?profileId=&currency=&type=&ownedByCustomer=&active=&size=&seekPosition=&sort=`: one page of recipients.
 * @wiseOperation GET /v2/accounts
 */
export function listRecipients(wise: WiseSession, query: WiseRecipientQuery): Promise<WiseRecipientPage> {
  return wise.call({
    method: "GET",
    route: route`/v2/accounts`,
    searchParams: {
      profileId: query.profileId,
      currency: query.currency,
      type: query.type,
      ownedByCustomer: query.ownedByCustomer === undefined ? undefined : String(query.ownedByCustomer),
      active: query.active === undefined ? undefined : String(query.active),
      size: query.size,
      seekPosition: query.seekPosition,
      sort: query.sort ?? "id,asc",
    },
    decoder: wiseRecipientPage,
  });
}

/**
 * `GET /v2/accounts/{id}`.
 * @wiseOperation GET /v2/accounts/{accountId}
 */
export function getRecipient(wise: WiseSession, recipientId: number): Promise<WiseRecipient> {
  return wise.call({ method: "GET", route: route`/v2/accounts/${recipientId}`, decoder: wiseRecipient });
}

/** The body of `POST /v1/accounts`; `details` holds the currency-specific keys of the requirements form. */
export interface WiseRecipientRequest {
  profile: number;
  currency: string;
  type: string;
  accountHolderName: string;
  ownedByCustomer?: boolean;
  details: Record<string, unknown>;
}

/**
 * `POST /v1/accounts`: creates a recipient; Wise answers in the v1 shape.
 * @wiseOperation POST /v1/accounts
 */
export function createRecipient(wise: WiseSession, request: WiseRecipientRequest): Promise<WiseRecipientV1> {
  return wise.call({ method: "POST", route: route`/v1/accounts`, json: request, decoder: wiseRecipientV1 });
}

/**
 * `DELETE /v2/accounts/{id}`: deactivates a recipient; answers it with `active: false`.
 * @wiseOperation DELETE /v2/accounts/{accountId}
 */
export function deactivateRecipient(wise: WiseSession, recipientId: number): Promise<WiseRecipient> {
  return wise.call({ method: "DELETE", route: route`/v2/accounts/${recipientId}`, decoder: wiseRecipient });
}

/**
 * `PATCH /v2/accounts/{id}/confirmations?quoteId=`: the sender accepts the outcomes of the
 * recipient's name check; answers the recipient. `quoteId` only when the check ran for a quote.
 * Accepting twice changes nothing, so a lost answer may be sent again.
 * @wiseOperation PATCH /v2/accounts/{accountId}/confirmations
 */
export function acceptRecipientConfirmations(wise: WiseSession, recipientId: number, quoteId?: string): Promise<WiseRecipient> {
  return wise.call({
    method: "PATCH",
    route: route`/v2/accounts/${recipientId}/confirmations`,
    searchParams: { quoteId },
    json: { acceptedOutcomes: true },
    decoder: wiseRecipient,
  });
}
