import { Field, Int, ObjectType } from "type-graphql";
import { ScaChallenge } from "../../common/sca/sca-challenge.type.js";
import { UUIDScalar } from "../../common/scalars/index.js";
import { UserError } from "../../common/user-error.js";
import { Transfer } from "../transfer/transfer.type.js";
import { BatchGroup, BatchGroupPaymentInitiation } from "./batch-group.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of batchGroupCreate." })
export class BatchGroupCreatePayload {
  @Field(() => BatchGroup, { nullable: true, description: "The new, empty group." })
  batchGroup!: BatchGroup | null;

  @Field(() => [UserError], { description: "Why no group was created; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of batchGroupTransferCreate." })
export class BatchGroupTransferCreatePayload {
  @Field(() => Transfer, { nullable: true, description: "The transfer added, or (for a repeated idempotencyKey) the one added before." })
  transfer!: Transfer | null;

  @Field(() => BatchGroup, { nullable: true, description: "The group as it is after this call; null when it could not be read." })
  batchGroup!: BatchGroup | null;

  @Field(() => UUIDScalar, { description: "The idempotency key of this call: repeat with it after OUTCOME_UNKNOWN." })
  idempotencyKey!: string;

  @Field(() => [UserError], { description: "Why no transfer was added, or OUTCOME_UNKNOWN; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of batchGroupComplete or batchGroupCancel." })
export class BatchGroupStatusPayload {
  @Field(() => BatchGroup, { nullable: true, description: "The group in its new status (or as it already was, for a repeat)." })
  batchGroup!: BatchGroup | null;

  @Field(() => [UserError], { description: "Why the status did not change, or OUTCOME_UNKNOWN; empty on success and on a repeat." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of batchGroupFund." })
export class BatchGroupFundPayload {
  @Field(() => BatchGroup, { nullable: true, description: "The group, paid (by this call or an earlier one) or as it stands when userErrors says why not." })
  batchGroup!: BatchGroup | null;

  @Field(() => ScaChallenge, {
    nullable: true,
    description: "Set with the userError SCA_REQUIRED: the challenge to clear before repeating this mutation with input.scaToken. Nothing was paid.",
  })
  scaChallenge!: ScaChallenge | null;

  @Field(() => [UserError], {
    description: "Why it was not paid (e.g. INSUFFICIENT_FUNDS, NOT_ALLOWED, SCA_REQUIRED), or OUTCOME_UNKNOWN; empty on success and when it was already paid.",
  })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of batchGroupPaymentInitiationCreate." })
export class BatchGroupPaymentInitiationCreatePayload {
  @Field(() => BatchGroupPaymentInitiation, { nullable: true, description: "The direct debit initiated; keep its wiseId to follow it (BatchGroup.paymentInitiation)." })
  paymentInitiation!: BatchGroupPaymentInitiation | null;

  @Field(() => ScaChallenge, {
    nullable: true,
    description: "Set with the userError SCA_REQUIRED: the challenge to clear before repeating this mutation with input.scaToken. Nothing was initiated.",
  })
  scaChallenge!: ScaChallenge | null;

  @Field(() => [UserError], { description: "Why no debit was initiated (e.g. NOT_ALLOWED for a group already paid), or OUTCOME_UNKNOWN; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of bulkSettlementCreate." })
export class BulkSettlementCreatePayload {
  @Field(() => Boolean, { description: "Whether Wise took the journal." })
  accepted!: boolean;

  @Field(() => Int, { description: "How many transfers the journal settled (0 when it was not taken)." })
  transferCount!: number;

  @Field(() => [UserError], { description: "Why the journal was not taken (nothing of it was), or OUTCOME_UNKNOWN; empty on success." })
  userErrors!: UserError[];
}
