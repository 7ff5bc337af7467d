import { z } from "zod";

/** One entry of `GET /v1/currencies`. */
export const wiseCurrency = z.object({
  code: z.string(),
  symbol: z.string().nullish(),
  name: z.string().nullish(),
  countryKeywords: z.array(z.string()).nullish(),
  supportsDecimals: z.boolean().nullish(),
});

export type WiseCurrency = z.infer<typeof wiseCurrency>;
