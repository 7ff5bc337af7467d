import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import { CardTransaction } from "./card-transaction.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of a simulated card authorisation: the transaction it made, approved or declined." })
export class CardSimulateAuthorisationPayload {
  @Field(() => CardTransaction, { nullable: true, description: "The transaction: IN_PROGRESS with the money held, or DECLINED; null when userErrors says why there is none." })
  transaction!: CardTransaction | null;

  @Field(() => String, { nullable: true, description: "Wise's decline reason (INSUFFICIENT_FUNDS, CARD_FROZEN...); null when approved." })
  declineReason!: string | null;

  @Field(() => [UserError], { description: "Why no authorisation was made (or it could not be found); empty otherwise." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of a simulated clearing or reversal." })
export class CardSimulateSettlementPayload {
  @Field(() => CardTransaction, {
    nullable: true,
    description: "The transaction after it: COMPLETED, CANCELLED, or IN_PROGRESS after a partial reversal; null when userErrors says why nothing happened.",
  })
  transaction!: CardTransaction | null;

  @Field(() => [UserError], { description: "Why nothing happened; empty on success." })
  userErrors!: UserError[];
}
