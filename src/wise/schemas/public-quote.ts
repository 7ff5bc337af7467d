import { z } from "zod";
import { wiseQuote } from "./quote.js";

/** `POST /v3/quotes`: a quote like any other, except that Wise's docs say it may come without an id. */
export const wisePublicQuote = wiseQuote.extend({ id: z.string().nullish() });

export type WisePublicQuote = z.infer<typeof wisePublicQuote>;
