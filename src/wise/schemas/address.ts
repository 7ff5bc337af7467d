import { z } from "zod";
import { wiseId } from "./common.js";

/** `GET /v1/addresses/{id}`: an address with its owner profile. */
export const wiseAddress = z.object({
  id: wiseId,
  profile: wiseId,
  details: z.object({
    country: z.string().nullish(),
    state: z.string().nullish(),
    city: z.string().nullish(),
    postCode: z.string().nullish(),
    firstLine: z.string().nullish(),
    occupations: z.array(z.object({ code: z.string(), format: z.string().nullish() })).nullish(),
  }),
});

export type WiseAddress = z.infer<typeof wiseAddress>;
