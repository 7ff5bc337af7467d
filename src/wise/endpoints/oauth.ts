import { route } from "../route.js";
import type { WiseOAuth } from "../oauth.js";
import { wiseTokenResponse, type WiseTokenResponse } from "../schemas/token.js";

/** One grant of `POST /oauth/token`, with the fields Wise requires for it. */
export type TokenGrant =
  | { grant_type: "client_credentials" }
  | { grant_type: "authorization_code"; code: string; redirect_uri: string }
  | { grant_type: "registration_code"; email: string; registration_code: string }
  | { grant_type: "refresh_token"; refresh_token: string };

/**
 * `POST /oauth/token` with the API client's credentials: a client-credentials token for the
 * partner endpoints, or a user's access and refresh tokens from an authorization code, a
 * registration code or a refresh token. Sent once, never retried: a code is single use.
 * @wiseOperation POST /oauth/token
 */
export function requestToken(oauth: WiseOAuth, grant: TokenGrant): Promise<WiseTokenResponse> {
  // Wise's user grants name the client in the body as well as in Basic auth.
  const form: Record<string, string> = grant.grant_type === "client_credentials" || grant.grant_type === "refresh_token" ? { ...grant } : { ...grant, client_id: oauth.clientId };
  return oauth.call({ method: "POST", route: route`/oauth/token`, form, decoder: wiseTokenResponse });
}
