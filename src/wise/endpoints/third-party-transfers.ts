import { route } from "../route.js";
import { wiseThirdPartyTransfer, type WiseThirdPartyTransfer } from "../schemas/third-party-transfer.js";
import type { WiseSession } from "../session.js";

/** The originator block of a third-party transfer request, in Wise's names. */
export interface WiseOriginatorRequest {
  legalEntityType: "PRIVATE" | "BUSINESS";
  reference: string;
  name: { givenName?: string; middleNames?: string[]; familyName?: string; patronymicName?: string; fullName?: string };
  dateOfBirth?: string;
  nationality?: string;
  businessRegistrationCode?: string;
  businessRegistrationDate?: string;
  address: { firstLine: string; city: string; stateCode?: string; countryCode: string; postCode?: string };
  accountDetails?: string;
}

/** The body of `POST /v2/profiles/{profileId}/third-party-transfers`. */
export interface WiseThirdPartyTransferRequest {
  targetAccount: number;
  /** The quote's UUID. */
  quote: string;
  /** The transfer's id in the partner's system: Wise makes one transfer per value. */
  originalTransferId: string;
  details: { reference?: string };
  originator: WiseOriginatorRequest;
}

/**
 * `POST /v2/profiles/{profileId}/third-party-transfers`: a transfer sent for the partner's
 * customer. Idempotent on `originalTransferId`, so a lost answer may be sent again with it.
 * @wiseOperation POST /v2/profiles/{profileId}/third-party-transfers
 */
export function createThirdPartyTransfer(wise: WiseSession, profileId: number, request: WiseThirdPartyTransferRequest): Promise<WiseThirdPartyTransfer> {
  return wise.call({ method: "POST", route: route`/v2/profiles/${profileId}/third-party-transfers`, json: request, decoder: wiseThirdPartyTransfer });
}

/**
 * `GET /v2/profiles/{profileId}/third-party-transfers/{transferId}`: the transfer with its
 * originator; 404 for a transfer that was not made as a third-party transfer.
 * @wiseOperation GET /v2/profiles/{profileId}/third-party-transfers/{transferId}
 */
export function getThirdPartyTransfer(wise: WiseSession, profileId: number, transferId: number): Promise<WiseThirdPartyTransfer> {
  return wise.call({ method: "GET", route: route`/v2/profiles/${profileId}/third-party-transfers/${transferId}`, decoder: wiseThirdPartyTransfer });
}
