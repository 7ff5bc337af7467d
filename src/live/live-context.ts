import { apiError, ErrorCode } from "../common/errors.js";
import type { Context } from "../context/context.js";
import type { LiveEventPayload } from "./live-event-payload.js";
import type { WiseEvent } from "./wise-event.js";

/** What a Subscription field asks for: one profile's events of some types. */
export interface LiveStreamRequest {
  /** Wise's profile id; the subscriber's token must be able to read this profile. */
  profileId: number;
  /** The event types, e.g. ["balances#credit", "balances#update"]. */
  eventTypes: readonly string[];
  /** A narrower choice (one transfer), checked on the event's data before anything is resolved. */
  accepts?: (event: WiseEvent) => boolean;
}

/** The subscription transport's side of a subscription's context. */
export interface LiveAccess {
  /** Checks that the connection's token reads the profile, then streams its events. */
  events(request: LiveStreamRequest): Promise<AsyncIterable<LiveEventPayload>>;
}

/** The context of a subscription over graphql-ws: a request context plus the transport's access. */
export type LiveContext = Context & { live?: LiveAccess };

/** The transport behind a subscription's context; a clear error when the operation came over plain HTTP. */
export function liveAccess(context: Context): LiveAccess {
  const live = (context as LiveContext).live;
  if (!live) {
    throw apiError(ErrorCode.BAD_USER_INPUT, "Subscriptions are served over WebSocket (the graphql-ws protocol, graphql-transport-ws) at /graphql, not over HTTP POST.");
  }
  return live;
}
