import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";

@ObjectType({
  simpleResolvers: true,
  description: "A card order changed status (Wise's cards#card-order-status-change event); its `cardOrder` field is the order as Wise has it now.",
})
export class CardOrderStatusChange {
  @Field(() => DateTimeScalar, { description: "When the change happened at Wise." })
  occurredAt!: Date;

  @Field(() => String, { description: "Wise's delivery id of the webhook that carried the event, the same on every retry of it." })
  deliveryId!: string;

  @Field(() => ID, { description: "The global ID of the card order, known without reading it." })
  cardOrderId!: string;

  @Field(() => ID, { nullable: true, description: "The global ID of the card the order made; null until it made one." })
  cardId!: string | null;

  @Field(() => String, {
    description: "The status the event says it reached: PLACED, REQUIREMENTS_FULFILLED, CARD_DETAILS_CREATED, PRODUCED, COMPLETED, CANCELLED or RETURNED.",
  })
  status!: string;

  @Field(() => String, { nullable: true, description: "Who delivers the physical card (e.g. DHL); null for virtual cards and until dispatched." })
  deliveryVendor!: string | null;

  /** The owner and Wise's id of the order, to read it. */
  profileWiseId!: number;
  orderWiseId!: number;
}
