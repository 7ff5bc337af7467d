import { Field, InterfaceType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";

/** The fields every live event carries, whatever its family. */
@InterfaceType("LiveEvent", { description: "One change Wise told this API about (a webhook event), as a Subscription field delivers it." })
export abstract class LiveEventFields {
  @Field(() => DateTimeScalar, { description: "When the change happened at Wise." })
  occurredAt!: Date;

  @Field(() => String, { description: "Wise's delivery id of the webhook that carried the event, the same on every retry of it." })
  deliveryId!: string;
}
