import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { makeServer, type Server } from "graphql-ws";
import { formatError } from "../server/format-error.js";
import { LiveCloseCode } from "./close-codes.js";
import { connectionToken } from "./connection-token.js";
import type { ConnectionsPerToken } from "./connections-per-token.js";
import { subscribeWithEventContexts } from "./event-execution.js";
import type { LiveConnection } from "./live-connection.js";
import type { LiveLimits } from "./limits.js";
import { tokenKey } from "./token-key.js";
import { prepareSubscription, type OperationRules } from "./subscribe-operation.js";

export interface GraphqlWsOptions {
  rules: OperationRules;
  limits: LiveLimits;
  /** The token a connection without one acts with (the server's anonymous default), or null. */
  defaultToken: string | null;
  connectionsPerToken: ConnectionsPerToken;
}

/** Every error leaves through the same formatting as over HTTP: Wise failures get our codes and messages, faults are logged. */
function formatted(errors: readonly GraphQLError[]): GraphQLFormattedError[] {
  return errors.map((error) => formatError(error.toJSON(), error));
}

const NO_TOKEN_REASON = 'No Wise token: send connectionParams { authorization: "Bearer <token>" }.';

/**
 * The graphql-ws protocol server (graphql-transport-ws) for subscriptions: the token from
 * `connection_init`, checked with Wise; each subscribe message counted against the connection's
 * limits, then parsed and validated once with the HTTP endpoint's rules; events executed with the
 * subscriber's token (subscribeWithEventContexts).
 */
export function graphqlWsServer(options: GraphqlWsOptions): Server<LiveConnection> {
  const { limits } = options;
  // The connection each subscription's context belongs to, for the execution of its events.
  const connections = new WeakMap<object, LiveConnection>();
  return makeServer<Record<string, unknown> | undefined, LiveConnection>({
    connectionInitWaitTimeout: limits.connectionInitTimeoutMs,
    async onConnect(ctx) {
      const connection = ctx.extra;
      const token = connectionToken(ctx.connectionParams, options.defaultToken);
      if (!token) {
        connection.close(LiveCloseCode.Unauthorized, NO_TOKEN_REASON);
        return false;
      }
      // Counted before Wise is asked, so that a flood of connections with one token costs Wise nothing.
      const key = tokenKey(token);
      if (!options.connectionsPerToken.acquire(key)) {
        connection.close(
          LiveCloseCode.TooManyRequests,
          `Too many connections with this token: at most ${limits.maxConnectionsPerToken}. Share one connection among subscriptions.`,
        );
        return false;
      }
      connection.countedAs = key;
      if (!(await connection.authenticate(token))) return false;
      return true;
    },
    onSubscribe(ctx, _id, payload) {
      const connection = ctx.extra;
      if (!connection.takeSubscribeMessage()) {
        connection.close(LiveCloseCode.TooManyRequests, `Too many subscribe messages: at most ${limits.subscribeRate} per ${limits.subscribeRateWindowMs / 1000} s.`);
        return [new GraphQLError("Too many subscribe messages.", { extensions: { code: "RATE_LIMITED" } })];
      }
      // graphql-ws has already counted this one.
      if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerConnection) {
        connection.close(LiveCloseCode.TooManyRequests, `Too many subscriptions on one connection: at most ${limits.maxSubscriptionsPerConnection}.`);
        return [new GraphQLError("Too many subscriptions on one connection.", { extensions: { code: "RATE_LIMITED" } })];
      }
      const prepared = prepareSubscription(options.rules, payload);
      if (Array.isArray(prepared)) return prepared;
      const contextValue = connection.subscribeContext();
      connections.set(contextValue, connection);
      return { schema: options.rules.schema, ...prepared, contextValue };
    },
    subscribe: (args) => subscribeWithEventContexts(args, connections.get(args.contextValue as object)!),
    onNext: (_ctx, _id, _payload, _args, result) => ({ ...result, errors: result.errors ? formatted(result.errors) : undefined }),
    onError: (_ctx, _id, _payload, errors) => formatted(errors),
  });
}
