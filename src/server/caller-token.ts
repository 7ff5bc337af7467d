/**
 * A request that presents no token: no `Authorization` header, an empty or blank one (Apollo
 * Client's auth link sends `""` when logged out), or `Bearer` with nothing after it.
 */
export function isAnonymous(authorization: string | undefined): boolean {
  return authorization === undefined || /^\s*(Bearer\s*)?$/i.test(authorization);
}

/**
 * Which Wise token a request acts with. The request's own `Authorization: Bearer ...` always
 * wins; an anonymous request acts with `anonymousToken`, which is null (so UNAUTHENTICATED)
 * unless the operator allowed it. A header that is present but not a Bearer token means no token
 * at all, rather than silently acting as someone else. A token anywhere else (a query string, a
 * cookie) is never read.
 */
export function callerToken(authorization: string | undefined, anonymousToken: string | null): string | null {
  if (isAnonymous(authorization)) return anonymousToken;
  const match = /^Bearer[ ]+([A-Za-z0-9._~+/=-]{1,4096})\s*$/i.exec(authorization!);
  return match ? match[1] : null;
}
