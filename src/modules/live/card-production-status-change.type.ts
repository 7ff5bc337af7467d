import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";

@ObjectType({
  simpleResolvers: true,
  description: "The production of a card collected at a kiosk moved on (Wise's cards#card-production-status-change event); its `card` field is the card as Wise has it now.",
})
export class CardProductionStatusChange {
  @Field(() => DateTimeScalar, { description: "When the change happened at Wise." })
  occurredAt!: Date;

  @Field(() => String, { description: "Wise's delivery id of the webhook that carried the event, the same on every retry of it." })
  deliveryId!: string;

  @Field(() => ID, { description: "The global ID of the card, known without reading it." })
  cardId!: string;

  @Field(() => String, { description: "The production status: READY, IN_PROGRESS, PRODUCED or PRODUCTION_ERROR." })
  status!: string;

  @Field(() => String, { nullable: true, description: "The kiosk machine producing the card; null when none is." })
  kioskId!: string | null;

  @Field(() => String, { nullable: true, description: "Why production failed (Wise's production error code); null unless it did." })
  errorCode!: string | null;

  @Field(() => String, { nullable: true, description: "Wise's description of the status or of the error." })
  description!: string | null;

  /** The owner and the card, to read it. */
  profileWiseId!: number;
  cardToken!: string;
}
