import { Field, ID, InputType } from "type-graphql";
import { UUIDScalar } from "../../common/scalars/index.js";
import { WebhookEventType } from "./webhook-event-type.enum.js";

@InputType({ description: "A new webhook subscription: the events of one type, posted to one URL." })
export class WebhookSubscriptionCreateInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "The global ID of the profile whose events to receive, with the caller's token. Without it, an application subscription to the events of every profile the partner reaches: partner backend only (x-partner-secret), with the server's client credentials.",
  })
  profileId?: string | null;

  @Field({ description: "A name to tell the subscription apart; 1 to 255 characters." })
  name!: string;

  @Field(() => WebhookEventType, { description: "The event type to receive." })
  eventType!: WebhookEventType;

  @Field({
    description:
      "The absolute URL Wise posts the events to, at most 2048 characters. Wise wants HTTPS; the embedded sandbox also takes http:// to 127.0.0.1, localhost or [::1], for a receiver on the same machine.",
  })
  deliveryUrl!: string;

  @Field(() => String, { nullable: true, description: "The schema version to receive the events in, e.g. `2.0.0`; by default the newest the event type has." })
  schemaVersion?: string | null;
}

@InputType({ description: "The webhook subscription to delete." })
export class WebhookSubscriptionDeleteInput {
  @Field(() => UUIDScalar, { description: "Wise's id of the subscription (WebhookSubscription.id)." })
  id!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The global ID of the profile the subscription belongs to, for a profile subscription; without it, an application subscription (partner backend only).",
  })
  profileId?: string | null;
}

@InputType({ description: "The application webhook subscription to send a test event to (Wise tests application subscriptions only)." })
export class WebhookSubscriptionTestInput {
  @Field(() => UUIDScalar, { description: "Wise's id of the application subscription (WebhookSubscription.id)." })
  id!: string;
}
