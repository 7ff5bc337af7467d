import { Field, ID, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import { WebhookSubscription } from "./webhook-subscription.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of webhookSubscriptionCreate." })
export class WebhookSubscriptionCreatePayload {
  @Field(() => WebhookSubscription, { nullable: true, description: "The new subscription; null when userErrors says why not." })
  webhookSubscription!: WebhookSubscription | null;

  @Field(() => [UserError], {
    description: "Why no subscription was made (an event type not open to this kind of subscription, a schema version it lacks, a URL Wise refuses...); empty on success.",
  })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of webhookSubscriptionDelete." })
export class WebhookSubscriptionDeletePayload {
  @Field(() => ID, { nullable: true, description: "The id of the subscription deleted; null when userErrors says why not." })
  deletedWebhookSubscriptionId!: string | null;

  @Field(() => [UserError], { description: "Why nothing was deleted (no such subscription there); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of webhookSubscriptionTest." })
export class WebhookSubscriptionTestPayload {
  @Field(() => [ID], {
    nullable: true,
    description:
      "The delivery ids of the test events Wise queued: each arrives in the X-Delivery-Id header of a request flagged X-Test-Notification: true. Null when userErrors says why not.",
  })
  deliveryIds!: string[] | null;

  @Field(() => [UserError], { description: "Why no test event was sent (no such application subscription); empty on success." })
  userErrors!: UserError[];
}
