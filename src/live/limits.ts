/**
 * The limits of the subscription transport (graphql-ws over WebSocket), with their defaults.
 * A refusal closes the connection with a graphql-ws close code and a reason that names the limit.
 */
export interface LiveLimits {
  /** Subscriptions open at once on one connection (`SUBSCRIPTION_MAX_PER_CONNECTION`); one more closes it with 4429. */
  maxSubscriptionsPerConnection: number;
  /** WebSocket connections open at once with one Wise token (`SUBSCRIPTION_MAX_CONNECTIONS_PER_TOKEN`); one more is closed with 4429. */
  maxConnectionsPerToken: number;
  /** Largest message a client may send, in bytes (`SUBSCRIPTION_MAX_MESSAGE_BYTES`); a larger one closes the connection with 1009. */
  maxMessageBytes: number;
  /** How long a new connection may take to send `connection_init`, in ms (`SUBSCRIPTION_INIT_TIMEOUT_MS`); then 4408. */
  connectionInitTimeoutMs: number;
  /** How often the server pings, in ms; a client that has not answered the previous ping by then is cut off (`SUBSCRIPTION_KEEPALIVE_MS`). */
  keepAliveMs: number;
  /** How long a connection may hold no subscription, in ms, before it is closed with 4408 (`SUBSCRIPTION_IDLE_TIMEOUT_MS`). */
  idleTimeoutMs: number;
  /** Subscribe messages one connection may send per `subscribeRateWindowMs` (`SUBSCRIPTION_SUBSCRIBE_RATE`); more close it with 4429. */
  subscribeRate: number;
  /** The window of `subscribeRate`, in ms. */
  subscribeRateWindowMs: number;
  /** How often each connection's token is checked with Wise again, in seconds (`SUBSCRIPTION_REAUTH_SECONDS`); a token Wise refuses closes it with 4401. */
  reauthSeconds: number;
  /** Events waiting to be sent to one subscription; a subscriber that falls further behind is ended with an error. */
  maxQueuedEvents: number;
}

export const defaultLiveLimits: LiveLimits = {
  maxSubscriptionsPerConnection: 50,
  maxConnectionsPerToken: 20,
  maxMessageBytes: 64 * 1024,
  connectionInitTimeoutMs: 5_000,
  keepAliveMs: 15_000,
  idleTimeoutMs: 60_000,
  subscribeRate: 100,
  subscribeRateWindowMs: 10_000,
  reauthSeconds: 300,
  maxQueuedEvents: 256,
};
