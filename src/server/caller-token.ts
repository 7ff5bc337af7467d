/**
 * Which Wise token a request acts with. The request's own `Authorization: Bearer ...` always
 * wins; a request without the header uses the configured token (the demo user's, on the
 * embedded sandbox). A header that is present but not a Bearer token means no token at all,
 * rather than silently acting as someone else.
 */
export function callerToken(authorization: string | undefined, fallback: string | null): string | null {
  if (authorization === undefined || authorization.trim() === "") return fallback;
  const match = /^Bearer[ ]+([A-Za-z0-9._~+/=-]{1,4096})\s*$/i.exec(authorization);
  return match ? match[1] : null;
}
