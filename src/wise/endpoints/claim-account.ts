import { route } from "../route.js";
import { wiseClaimAccountCode } from "../schemas/user.js";
import type { WiseSession } from "../session.js";

/**
 * `POST /v1/user/claim-account` (the user's token): a short-lived code with which the user,
 * redirected to Wise, takes over the account the partner created for them.
 * @wiseOperation POST /v1/user/claim-account
 */
export async function createClaimAccountCode(wise: WiseSession, registrationCode: string): Promise<string> {
  return (await wise.call({ method: "POST", route: route`/v1/user/claim-account`, json: { registrationCode }, decoder: wiseClaimAccountCode })).claimAccountCode;
}
