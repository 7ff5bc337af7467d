/**
 * The close codes a subscription connection ends with, beside graphql-ws' own (4400 bad message,
 * 4408 no `connection_init` in time, 4409 duplicate id, 4429 repeated `connection_init`). Each
 * refusal also carries a reason naming the limit; never the token.
 */
export const LiveCloseCode = {
  /** No token, or Wise no longer accepts it (revoked, expired). */
  Unauthorized: 4401,
  /** The connection held no subscription for the idle timeout. */
  IdleTimeout: 4408,
  /** A limit was reached: connections per token, subscriptions per connection, subscribe messages per window. */
  TooManyRequests: 4429,
  /** A fault of this server. */
  InternalError: 4500,
  /** The server is shutting down; reconnect (to another instance). */
  GoingAway: 1001,
} as const;
