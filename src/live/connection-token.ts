import { callerToken } from "../server/caller-token.js";

/**
 * The Wise token of a graphql-ws connection: its `connection_init` payload's `authorization`
 * (any case, as Apollo Client's GraphQLWsLink sends `connectionParams`), read by the same rules
 * as the HTTP `Authorization` header, the anonymous default token included.
 */
export function connectionToken(connectionParams: Readonly<Record<string, unknown>> | undefined, anonymousToken: string | null): string | null {
  let authorization: unknown;
  for (const [key, value] of Object.entries(connectionParams ?? {})) {
    if (key.toLowerCase() === "authorization") authorization = value;
  }
  if (authorization !== undefined && typeof authorization !== "string") return null;
  return callerToken(authorization, anonymousToken);
}
