import { unwrapResolverError } from "@apollo/server/errors";
import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from "graphql";
import { fromWiseError, isWiseError } from "../common/errors.js";
import type { LiveConnection } from "./live-connection.js";
import type { LiveEventPayload } from "./live-event-payload.js";

/** The Wise failure behind a result's errors that ends the subscription: 401 (the token) or 403 (the profile), if any. */
function refusal(result: ExecutionResult) {
  for (const error of result.errors ?? []) {
    const original = unwrapResolverError(error);
    if (isWiseError(original) && (original.status === 401 || original.status === 403)) return original;
  }
  return null;
}

/**
 * The executions of one event for one token, by operation: subscribers of the same token that sent
 * the same document with the same variables (a user's tabs, a dashboard's widgets) get one
 * execution's result, not one each. Held only as long as the event's payload.
 */
const executions = new WeakMap<LiveEventPayload, Map<string, Promise<ExecutionResult>>>();

/** What makes two subscriptions' executions of one event the same: their text, operation and variables. */
function executionKey(args: ExecutionArgs): string | null {
  const source = args.document.loc?.source.body;
  return source === undefined ? null : `${source}\u0000${args.operationName ?? ""}\u0000${JSON.stringify(args.variableValues ?? {})}`;
}

export function executeShared(args: ExecutionArgs, payload: LiveEventPayload): Promise<ExecutionResult> {
  const run = () => Promise.resolve(execute({ ...args, rootValue: payload, contextValue: payload.context }));
  const key = executionKey(args);
  if (key === null) return run();
  let byOperation = executions.get(payload);
  if (!byOperation) executions.set(payload, (byOperation = new Map()));
  let result = byOperation.get(key);
  if (!result) byOperation.set(key, (result = run()));
  return result;
}

/**
 * graphql-js' `subscribe`, with one difference: each event's fields resolve with the context the
 * event brought (`LiveEventPayload.context`: the subscriber's token, fresh loaders shared by the
 * subscribers of that token), not the context of the subscribe step, so that a transfer read for
 * one event is never served stale for the next. The document was parsed and validated once, on
 * subscribe; an event only executes it.
 *
 * An event whose node Wise refuses to the token ends the connection (401, 4401) or the
 * subscription with its FORBIDDEN error (403).
 */
export async function subscribeWithEventContexts(args: ExecutionArgs, connection: LiveConnection): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) {
    for (const error of source.errors ?? []) connection.refusedToken(unwrapResolverError(error));
    return source;
  }
  const events = source[Symbol.asyncIterator]() as AsyncIterator<LiveEventPayload>;
  const stop = async (): Promise<IteratorResult<ExecutionResult>> => {
    await events.return?.();
    return { value: undefined, done: true };
  };
  // An iterator object rather than an async generator: its `return` ends a stream that is waiting
  // for an event at once (a generator's would wait for the next event first).
  const results: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const next = await events.next();
      if (next.done) return { value: undefined, done: true };
      const payload = next.value;
      const result = await executeShared(args, payload);
      const refused = refusal(result);
      if (refused) {
        await events.return?.();
        if (!connection.refusedToken(refused)) throw fromWiseError(refused);
        return { value: undefined, done: true };
      }
      return { value: result, done: false };
    },
    return: stop,
    async throw(error: unknown) {
      await stop();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return results;
}
