import { Field, ObjectType } from "type-graphql";
import { UUIDScalar } from "../../common/scalars/index.js";
import { UserError } from "../../common/user-error.js";
import { CardOrder } from "./card-order.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of cardOrderCreate." })
export class CardOrderCreatePayload {
  @Field(() => CardOrder, { nullable: true, description: "The new order (or, for a repeated idempotencyKey, the one made before), as it stands now." })
  cardOrder!: CardOrder | null;

  @Field(() => UUIDScalar, { description: "The idempotency key of this call: repeat with it after OUTCOME_UNKNOWN." })
  idempotencyKey!: string;

  @Field(() => [UserError], { description: "Why no card was ordered, or OUTCOME_UNKNOWN; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of cardOrderCancel." })
export class CardOrderCancelPayload {
  @Field(() => CardOrder, { nullable: true, description: "The cancelled order; null when userErrors says why not." })
  cardOrder!: CardOrder | null;

  @Field(() => [UserError], { description: "Why the order was not cancelled (it is completed, returned or cancelled already); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of cardOrderAddressValidate." })
export class CardOrderAddressValidatePayload {
  @Field({ description: "Whether Wise takes the address for a card order as it is." })
  valid!: boolean;

  @Field(() => [UserError], { description: "What is wrong with the address, each on its input field; empty when valid." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of cardOrderSimulateNextStep." })
export class CardOrderSimulateNextStepPayload {
  @Field(() => CardOrder, { nullable: true, description: "The order after its step; null when userErrors says why it cannot move." })
  cardOrder!: CardOrder | null;

  @Field(() => [UserError], { description: "Why the order cannot move on (its requirements are unmet, it waits for its card's activation, or it is over); empty on success." })
  userErrors!: UserError[];
}
