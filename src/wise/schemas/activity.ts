import { z } from "zod";

/** One activity of `GET /v1/profiles/{pid}/activities`; ids are strings here, unlike elsewhere. */
export const wiseActivity = z.object({
  id: z.string(),
  type: z.string(),
  resource: z.object({ type: z.string(), id: z.string() }).nullish(),
  title: z.string().nullish(),
  description: z.string().nullish(),
  primaryAmount: z.string().nullish(),
  secondaryAmount: z.string().nullish(),
  status: z.string(),
  createdOn: z.string(),
  updatedOn: z.string().nullish(),
});

/** A page of activities: `cursor` is null on the last page. */
export const wiseActivityPage = z.object({
  cursor: z.string().nullish(),
  activities: z.array(wiseActivity),
});

export type WiseActivity = z.infer<typeof wiseActivity>;
export type WiseActivityPage = z.infer<typeof wiseActivityPage>;
