// POST /oauth/token: Basic auth with the API client's id and secret, an
// x-www-form-urlencoded body, and one of four grants. `client_credentials` gives a token for
// the partner endpoints; `registration_code`, `authorization_code` and `refresh_token` give a
// user's access token and refresh token. Errors are Spring Security OAuth's bodies
// ({error, error_description}): 401 for bad client credentials and for a registration code that
// does not match (as Wise documents), 400 for a missing or unknown grant and for a bad code or
// refresh token (RFC 6749 section 5.2).

import { HttpError, json, readBody } from "../../http.js";
import type { OpenRouteDef } from "../../route.js";
import type { Store } from "../../store.js";
import type { AccessTokenRecord, OAuthClient, UserTokens } from "./tokens.js";

const oauthError = (status: number, error: string, description: string, headers: Record<string, string> = {}) =>
  new HttpError(status, { error, error_description: description }, headers);

/** The API client named by `Authorization: Basic base64(id:secret)`; Wise's 401 otherwise. */
function basicClient(store: Store, header: string | undefined): OAuthClient {
  const m = /^\s*basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? "");
  if (m === null) {
    throw oauthError(401, "unauthorized", "Full authentication is required to access this resource", { "www-authenticate": 'Basic realm="oauth2/client"' });
  }
  const decoded = Buffer.from(m[1]!, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const client = colon < 0 ? undefined : store.oauth.client(decoded.slice(0, colon), decoded.slice(colon + 1));
  if (client === undefined) throw oauthError(401, "invalid_client", "Bad client credentials", { "www-authenticate": 'Basic realm="oauth2/client"' });
  return client;
}

const iso = (ms: number) => new Date(ms).toISOString();
const secondsLeft = (untilMs: number, nowMs: number) => Math.max(0, Math.floor((untilMs - nowMs) / 1000) - 1);

function clientTokenView(access: AccessTokenRecord, nowMs: number) {
  return { access_token: access.token, token_type: "bearer", expires_in: secondsLeft(access.expiresMs, nowMs), expires_at: iso(access.expiresMs), scope: "transfers" };
}

function userTokensView({ access, refresh }: UserTokens, nowMs: number) {
  return {
    access_token: access.token,
    token_type: "bearer",
    refresh_token: refresh.token,
    expires_in: secondsLeft(access.expiresMs, nowMs),
    expires_at: iso(access.expiresMs),
    refresh_token_expires_in: secondsLeft(refresh.expiresMs, nowMs),
    refresh_token_expires_at: iso(refresh.expiresMs),
    scope: "transfers",
    created_at: iso(access.createdMs),
  };
}

/** A required form field; Spring's 400 invalid_request when it is absent or blank. */
function required(form: URLSearchParams, name: string): string {
  const value = form.get(name)?.trim() ?? "";
  if (value === "") throw oauthError(400, "invalid_request", `Missing ${name}`);
  return value;
}

/** `client_id` in the body, when sent, must be the authenticated client. */
function sameClient(form: URLSearchParams, client: OAuthClient): void {
  const named = form.get("client_id");
  if (named !== null && named !== client.id) throw oauthError(401, "invalid_client", "Given client ID does not match authenticated client");
}

export const oauthRoutes: OpenRouteDef[] = [
  {
    method: "POST",
    path: "/oauth/token",
    auth: "none",
    handler: async (ctx) => {
      const client = basicClient(ctx.store, ctx.req.headers.authorization);
      const media = ctx.req.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
      // Spring reads parameters from a form body only; anything else carries no grant.
      const form = new URLSearchParams(media === "application/x-www-form-urlencoded" ? await readBody(ctx.req) : "");
      for (const [name, value] of ctx.query) if (!form.has(name)) form.set(name, value);
      const grant = form.get("grant_type")?.trim() ?? "";
      const now = ctx.now();
      const { oauth, users } = ctx.store;
      switch (grant) {
        case "":
          throw oauthError(400, "invalid_request", "Missing grant type");
        case "client_credentials":
          return json(clientTokenView(oauth.issueClientToken(client, now), now));
        case "registration_code": {
          sameClient(form, client);
          const email = required(form, "email").toLowerCase();
          const code = required(form, "registration_code");
          const user = [...users.values()].find((u) => u.email.toLowerCase() === email);
          if (user?.registration === undefined || user.registration.clientId !== client.id || user.registration.code !== code) {
            throw oauthError(401, "invalid_grant", "Invalid user credentials.");
          }
          return json(userTokensView(oauth.issueUserTokens(client, user.id, now), now));
        }
        case "authorization_code": {
          sameClient(form, client);
          const code = required(form, "code");
          const redirectUri = required(form, "redirect_uri");
          const userId = oauth.redeemCode(client, code, redirectUri, now);
          if (userId === undefined) throw oauthError(400, "invalid_grant", `Invalid authorization code: ${code}`);
          return json(userTokensView(oauth.issueUserTokens(client, userId, now), now));
        }
        case "refresh_token": {
          const refreshToken = required(form, "refresh_token");
          const tokens = oauth.renew(client, refreshToken, now);
          if (tokens === undefined) throw oauthError(400, "invalid_grant", `Invalid refresh token: ${refreshToken}`);
          return json(userTokensView(tokens, now));
        }
        default:
          throw oauthError(400, "unsupported_grant_type", `Unsupported grant type: ${grant.slice(0, 100)}`);
      }
    },
  },
];
