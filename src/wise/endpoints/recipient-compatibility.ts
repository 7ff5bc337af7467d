import { route } from "../route.js";
import { wiseRecipientCompatibility, type WiseRecipientCompatibility } from "../schemas/recipient-compatibility.js";
import type { WiseSession } from "../session.js";

/**
 * `POST /v2/accounts/{accountId}/quotes/{quoteId}/compatibility`: checks that a recipient can
 * receive the transfer a quote prices. A read despite the POST: it changes nothing, so a lost
 * answer may be asked again. Wise answers an incompatible pair with a 422 listing the problems.
 * @wiseOperation POST /v2/accounts/{accountId}/quotes/{quoteId}/compatibility
 */
export function checkRecipientCompatibility(wise: WiseSession, accountId: number, quoteId: string): Promise<WiseRecipientCompatibility> {
  return wise.call({ method: "POST", route: route`/v2/accounts/${accountId}/quotes/${quoteId}/compatibility`, decoder: wiseRecipientCompatibility });
}
