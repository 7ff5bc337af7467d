import { z } from "zod";
import { wiseId } from "./common.js";

/** A whole number of seconds, sent by Wise as a JSON number. */
const seconds = wiseId;

/**
 * `POST /oauth/token`'s answer. A client-credentials token has no refresh token; the user grants
 * (`registration_code`, `authorization_code`, `refresh_token`) add it with its expiry.
 */
export const wiseTokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  expires_in: seconds,
  expires_at: z.string().nullish(),
  refresh_token: z.string().min(1).nullish(),
  refresh_token_expires_in: seconds.nullish(),
  refresh_token_expires_at: z.string().nullish(),
  scope: z.string().nullish(),
  created_at: z.string().nullish(),
});

export type WiseTokenResponse = z.infer<typeof wiseTokenResponse>;
