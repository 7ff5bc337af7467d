import { z } from "zod";
import { route } from "../route.js";
import type { WiseSession } from "../session.js";

/**
 * `GET /v1/facetec/public-key`: Wise's FaceTec public key (PEM, answered as plain text), with
 * which a FaceTec server exports a facemap for Wise.
 * @wiseOperation GET /v1/facetec/public-key
 */
export function getFacetecPublicKey(wise: WiseSession): Promise<string> {
  return wise.call({ method: "GET", route: route`/v1/facetec/public-key`, headers: { accept: "text/plain" }, textAnswer: true, decoder: z.string().min(1) });
}
