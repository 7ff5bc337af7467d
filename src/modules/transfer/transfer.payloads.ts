import { Field, ObjectType } from "type-graphql";
import { SafeIntScalar, UUIDScalar } from "../../common/scalars/index.js";
import { UserError } from "../../common/user-error.js";
import { ScaChallenge } from "../../common/sca/sca-challenge.type.js";
import { Transfer } from "./transfer.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of transferCreate." })
export class TransferCreatePayload {
  @Field(() => Transfer, { nullable: true, description: "The transfer, new or (for a repeated idempotencyKey) the one created before." })
  transfer!: Transfer | null;

  @Field(() => UUIDScalar, { description: "The idempotency key of this call: repeat with it after OUTCOME_UNKNOWN." })
  idempotencyKey!: string;

  @Field(() => [UserError], { description: "Why no transfer was created, or OUTCOME_UNKNOWN; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of transferCancel." })
export class TransferCancelPayload {
  @Field(() => Transfer, { nullable: true, description: "The cancelled transfer." })
  transfer!: Transfer | null;

  @Field(() => [UserError], { description: "Why it was not cancelled (e.g. already sent); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of transferFund." })
export class TransferFundPayload {
  /** The transfer as this call last read it; served by the `transfer` field unless `paidTransferId` is set. */
  known!: Transfer | null;

  /** Set when this call paid: the `transfer` field then reads the paid transfer afresh (TransferFundPayloadResolver). */
  paidTransferId!: number | null;

  @Field(() => SafeIntScalar, {
    nullable: true,
    description: "Wise's id of the balance transaction that paid it, when this call paid it and Wise gave one; null when it was already paid.",
  })
  balanceTransactionId!: number | null;

  @Field(() => ScaChallenge, {
    nullable: true,
    description: "Set with the userError SCA_REQUIRED: the challenge to clear before repeating this mutation with input.scaToken. Nothing was paid.",
  })
  scaChallenge!: ScaChallenge | null;

  @Field(() => [UserError], { description: "Why it was not funded (e.g. INSUFFICIENT_FUNDS, SCA_REQUIRED), or OUTCOME_UNKNOWN; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of transferSimulate." })
export class TransferSimulatePayload {
  @Field(() => Transfer, { nullable: true, description: "The transfer in its new state." })
  transfer!: Transfer | null;

  @Field(() => [UserError], { description: "Why the state could not be reached (e.g. out of order, not funded); empty on success." })
  userErrors!: UserError[];
}
