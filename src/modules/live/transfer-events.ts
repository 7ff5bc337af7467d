import type { Context } from "../../context/context.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import type { LiveEventPayload } from "../../live/live-event-payload.js";
import type { WiseEvent } from "../../live/wise-event.js";
import { profileEvents } from "./live-events.js";

/** The arguments of a transfer family's Subscription field. */
export interface TransferEventArgs {
  profileId: string;
  transferId?: string | null;
}

/**
 * The `subscribe` step of a transfer family's field: the profile's events of this type, narrowed
 * to one transfer when `transferId` (a global ID) is given, by the transfer id the event names.
 */
export function transferEvents(
  context: Context,
  args: TransferEventArgs,
  eventType: string,
  transferIdOf: (event: WiseEvent) => number | null,
): Promise<AsyncIterable<LiveEventPayload>> {
  const wanted = args.transferId ? Number(parseGlobalIdOf(args.transferId, ["Transfer"], "transferId").key) : null;
  return profileEvents(context, args.profileId, [eventType], wanted === null ? undefined : (event) => transferIdOf(event) === wanted);
}
