import { z } from "zod";
import { route } from "../route.js";
import { wiseCurrency, type WiseCurrency } from "../schemas/currency.js";
import type { WiseSession } from "../session.js";

/**
 * `GET /v1/currencies`: every currency Wise supports.
 * @wiseOperation GET /v1/currencies
 */
export function listCurrencies(wise: WiseSession): Promise<WiseCurrency[]> {
  return wise.call({ method: "GET", route: route`/v1/currencies`, decoder: z.array(wiseCurrency) });
}
