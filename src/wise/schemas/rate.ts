import { z } from "zod";
import { wiseDecimal } from "./common.js";

/** One entry of `GET /v1/rates`: the mid-market rate of a pair at a time (`+0000` offsets). */
export const wiseRate = z.object({
  rate: wiseDecimal,
  source: z.string(),
  target: z.string(),
  time: z.string(),
});

export type WiseRate = z.infer<typeof wiseRate>;
