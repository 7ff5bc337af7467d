/**
 * Limits of the HTTP server itself, below GraphQL: without them idle or header-less sockets pile
 * up until the process runs out of file descriptors and serves nobody.
 */
export interface HttpLimits {
  /** Open connections at once (`HTTP_MAX_CONNECTIONS`); sockets beyond it are closed at once. */
  maxConnections: number;
  /**
   * Time a connection has to send complete request headers (`HTTP_HEADERS_TIMEOUT_MS`); a socket
   * that sends nothing, or its headers too slowly, is answered 408 and closed.
   */
  headersTimeoutMs: number;
  /** Time an idle keep-alive connection is kept after a response (`HTTP_KEEP_ALIVE_TIMEOUT_MS`). */
  keepAliveTimeoutMs: number;
}

export const defaultHttpLimits: HttpLimits = {
  maxConnections: 1024,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
};

/**
 * How often Node looks for connections past their headers or request timeout. Node's default
 * (30 s) would let a silent socket live up to 30 s past `headersTimeoutMs`.
 */
export function connectionsCheckingIntervalMs(limits: HttpLimits): number {
  return Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4)));
}
