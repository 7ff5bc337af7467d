import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";
import { WebhookEventType } from "./webhook-event-type.enum.js";
import { WebhookSubscriptionCreator, WebhookSubscriptionScope } from "./webhook-subscription.enums.js";

@ObjectType({ simpleResolvers: true, description: "A webhook subscription at Wise: the events of one type it receives, and the URL Wise posts them to." })
export class WebhookSubscription {
  @Field(() => ID, { description: "Wise's id of the subscription (a UUID); the id to delete or test it with." })
  id!: string;

  @Field({ description: "The name given at creation, to tell subscriptions apart." })
  name!: string;

  @Field(() => WebhookEventType, { nullable: true, description: "The event type it receives; null for a type this API does not know yet (triggerOn names it)." })
  eventType!: WebhookEventType | null;

  @Field({ description: "Wise's name of the event type, e.g. `transfers#state-change`." })
  triggerOn!: string;

  @Field({ description: "The URL Wise posts each event to." })
  deliveryUrl!: string;

  @Field({ description: "The schema version the events are sent in (Wise's `delivery.version`), e.g. `2.0.0`." })
  schemaVersion!: string;

  @Field(() => WebhookSubscriptionScope, { description: "Whose events it receives: the application's or one profile's." })
  scope!: WebhookSubscriptionScope;

  @Field({ description: "The application's client key, or the profile's Wise id, as Wise gives it." })
  scopeId!: string;

  @Field(() => WebhookSubscriptionCreator, { nullable: true, description: "Who made it; null when Wise does not say." })
  createdByType!: WebhookSubscriptionCreator | null;

  @Field(() => String, { nullable: true, description: "The client id of the application, or the Wise id of the user, that made it; null when Wise does not say." })
  createdById!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was made; null when Wise does not say (its lists may leave it out)." })
  createdAt!: Date | null;
}
