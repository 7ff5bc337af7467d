import { z } from "zod";
import { jsonNumber } from "../json.js";
import { route } from "../route.js";
import { SCA_APPROVAL_HEADER } from "../sca/headers.js";
import { wiseThreeDsChallenge, type WiseThreeDsChallenge } from "../schemas/card-secure.js";
import type { WiseSession } from "../session.js";

/**
 * `POST /v3/spend/profiles/{profileId}/3dsecure/challenge-result`: the cardholder's answer to a
 * 3D Secure push challenge. Only the first answer counts; a repeat succeeds and changes nothing;
 * after the challenge expired Wise answers 400. SCA-protected: `scaToken` goes in `x-2fa-approval`.
 * @wiseOperation POST /v3/spend/profiles/{profileId}/3dsecure/challenge-result
 */
export async function postThreeDsChallengeResult(
  wise: WiseSession,
  profileId: number,
  request: { transactionReference: string; challengeStatus: "APPROVED" | "REJECTED" },
  scaToken?: string,
): Promise<void> {
  await wise.call({
    method: "POST",
    route: route`/v3/spend/profiles/${profileId}/3dsecure/challenge-result`,
    json: request,
    headers: scaToken === undefined ? undefined : { [SCA_APPROVAL_HEADER]: scaToken },
    decoder: z.unknown(),
  });
}

export interface WiseThreeDsChallengeRequest {
  amount: string;
  currency: string;
  merchantName: string;
  merchantCountry?: string;
  merchantCategory?: string;
  merchantUrl?: string;
  channel?: "browser" | "app";
  expiresAfterSeconds?: number;
}

/**
 * `POST /v1/simulation/spend/profiles/{profileId}/cards/{cardToken}/3ds-challenge`: the embedded
 * sandbox only (not a Wise route): a merchant's 3D Secure request raises a push challenge on the
 * card, and `cards#3ds-challenge` is sent.
 * @wiseOperation POST /v1/simulation/spend/profiles/{profileId}/cards/{cardToken}/3ds-challenge
 */
export function simulateThreeDsChallenge(wise: WiseSession, profileId: number, cardToken: string, request: WiseThreeDsChallengeRequest): Promise<WiseThreeDsChallenge> {
  return wise.call({
    method: "POST",
    route: route`/v1/simulation/spend/profiles/${profileId}/cards/${cardToken}/3ds-challenge`,
    json: { ...request, amount: jsonNumber(request.amount) },
    decoder: wiseThreeDsChallenge,
  });
}
