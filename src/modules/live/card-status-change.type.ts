import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";

@ObjectType({
  simpleResolvers: true,
  description: "A card's status changed, or was first set (Wise's cards#card-status-change event); its `card` field is the card as Wise has it now.",
})
export class CardStatusChange {
  @Field(() => DateTimeScalar, { description: "When the change happened at Wise." })
  occurredAt!: Date;

  @Field(() => String, { description: "Wise's delivery id of the webhook that carried the event, the same on every retry of it." })
  deliveryId!: string;

  @Field(() => ID, { description: "The global ID of the card, known without reading it." })
  cardId!: string;

  @Field(() => String, { description: "The status the event says it reached: ACTIVE, INACTIVE, BLOCKED, FROZEN, PARTNER_SUSPENDED, EXPIRED or PURGED." })
  status!: string;

  @Field(() => Boolean, { description: "True when Wise changed it itself; false when the partner's application did." })
  changedByWise!: boolean;

  /** The owner and the card, to read it. */
  profileWiseId!: number;
  cardToken!: string;
}
