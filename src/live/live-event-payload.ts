import type { Context } from "../context/context.js";
import type { WiseEvent } from "./wise-event.js";

/**
 * What one subscription receives for one event: the event, and the context its fields resolve
 * with. The context carries the subscriber's token and fresh loaders, and is shared by every
 * subscriber of the same token for this event, so that a node they all ask for is one Wise call.
 */
export interface LiveEventPayload {
  event: WiseEvent;
  context: Context;
}
