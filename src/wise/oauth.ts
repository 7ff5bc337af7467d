import got, { HTTPError, RequestError, type Got, type Method } from "got";
import type { z } from "zod";
import { parseRetryAfter, readWiseErrorBody, WiseApiError } from "./errors.js";
import { decodeAnswer, parseErrorBody } from "./answer.js";
import type { WiseRoute } from "./route.js";

/** The partner's API client: the credentials of `POST /oauth/token`'s Basic auth. */
export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

/** A call to Wise's token endpoint: a form body, answered with JSON. */
export interface OAuthCall<T> {
  method: Method;
  route: WiseRoute;
  form: Record<string, string>;
  decoder: z.ZodType<T>;
}

/** The largest token answer accepted; a token answer is a few hundred bytes. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * Wise's token endpoint, apart from the per-caller WiseClient: it authenticates with the partner's
 * client id and secret (Basic auth) instead of a caller's bearer token, and sends a form, not
 * JSON. Never retried (each grant is single use, and a code or refresh token must not be sent
 * twice), never redirected (the secret must not travel elsewhere). Its errors are WiseApiErrors
 * whose message names the route only: got's own errors carry the request headers, secret
 * included, and are never passed on.
 */
export class WiseOAuth {
  private readonly http: Got;
  readonly clientId: string;

  constructor(baseUrl: string, credentials: ClientCredentials, timeoutMs = { connect: 2_000, response: 10_000, request: 15_000 }) {
    this.clientId = credentials.clientId;
    const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString("base64");
    this.http = got.extend({
      prefixUrl: baseUrl,
      timeout: timeoutMs,
      followRedirect: false,
      retry: { limit: 0 },
      responseType: "text",
      headers: { authorization: `Basic ${basic}`, accept: "application/json" },
    });
  }

  async call<T>(call: OAuthCall<T>): Promise<T> {
    const operation = `${call.method} ${call.route.template}`;
    let text: string;
    let status: number;
    try {
      const request = this.http(call.route.path.replace(/^\//, ""), { method: call.method, form: call.form });
      request.on("downloadProgress", (progress) => {
        if (progress.transferred > MAX_RESPONSE_BYTES) request.cancel();
      });
      const response = await request;
      text = response.body;
      status = response.statusCode;
    } catch (error) {
      throw toOAuthError(error, operation);
    }
    return decodeAnswer(text, status, call.decoder, operation);
  }
}

function toOAuthError(error: unknown, operation: string): WiseApiError {
  if (error instanceof HTTPError) {
    const { statusCode, body, headers } = error.response;
    const parsed = parseErrorBody(body);
    // readWiseErrorBody drops OAuth's error_description, which may echo a code or token.
    return new WiseApiError("HTTP", statusCode, readWiseErrorBody(parsed), parseRetryAfter(headers["retry-after"]), operation, `${operation}: Wise answered ${statusCode}`);
  }
  if (error instanceof RequestError) return new WiseApiError("NETWORK", null, [], null, operation, `${operation}: ${error.code ?? "request failed"}`, error.code ?? null);
  return new WiseApiError("NETWORK", null, [], null, operation, `${operation}: request failed`);
}
