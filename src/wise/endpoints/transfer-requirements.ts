import { z } from "zod";
import { route } from "../route.js";
import { wiseRequirement, type WiseRequirement } from "../schemas/requirements.js";
import type { WiseSession } from "../session.js";

/** The body of `POST /v1/transfer-requirements`: a transfer's quote and recipient, and the answers so far. */
export interface WiseTransferRequirementsRequest {
  targetAccount: number;
  quoteUuid: string;
  details: Record<string, unknown>;
}

/**
 * `POST /v1/transfer-requirements`: the form of the details a transfer of this quote to this
 * recipient needs (reference, purpose, source of funds), for the answers given so far. It changes
 * nothing at Wise, so a lost answer may be asked again.
 * @wiseOperation POST /v1/transfer-requirements
 */
export function getTransferRequirements(wise: WiseSession, request: WiseTransferRequirementsRequest): Promise<WiseRequirement[]> {
  return wise.call({ method: "POST", route: route`/v1/transfer-requirements`, json: request, decoder: z.array(wiseRequirement) });
}
