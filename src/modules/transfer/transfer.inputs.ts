import { Field, ID, InputType } from "type-graphql";
import { UUIDScalar } from "../../common/scalars/index.js";
import { TransferSimulationStatus } from "./transfer-status.enum.js";

@InputType({ description: "A transfer to create from a quote and a recipient." })
export class TransferCreateInput {
  @Field(() => ID, { description: "The global ID of the quote that prices the transfer; a quote backs only one transfer." })
  quoteId!: string;

  @Field(() => ID, { description: "The global ID of the recipient." })
  recipientId!: string;

  @Field(() => UUIDScalar, {
    description: "A UUID the client makes once per intent to send, and reuses on every retry: the same key never creates a second transfer. Sent to Wise as customerTransactionId.",
  })
  idempotencyKey!: string;

  @Field(() => String, { nullable: true, description: "The reference the recipient sees (Wise limits its length per currency)." })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: "The purpose of the transfer, where Wise's transfer requirements ask for one." })
  transferPurpose?: string | null;

  @Field(() => String, { nullable: true, description: "Where the money comes from, where Wise's transfer requirements ask for it." })
  sourceOfFunds?: string | null;
}

@InputType({ description: "The transfer to cancel." })
export class TransferCancelInput {
  @Field(() => ID, { description: "The transfer's global ID." })
  transferId!: string;
}

@InputType({ description: "The transfer to fund from the profile's balance." })
export class TransferFundInput {
  @Field(() => ID, { description: "The transfer's global ID." })
  transferId!: string;

  @Field(() => String, {
    nullable: true,
    description: "A one-time token cleared after an SCA_REQUIRED answer (scaChallenge.oneTimeToken): repeat the call with it. Sent to Wise as x-2fa-approval.",
  })
  scaToken?: string | null;
}

@InputType({ description: "A simulated state change of a transfer (Wise sandbox only)." })
export class TransferSimulateInput {
  @Field(() => ID, { description: "The transfer's global ID; it must be funded first." })
  transferId!: string;

  @Field(() => TransferSimulationStatus, { description: "The next state; states must be taken in order." })
  status!: TransferSimulationStatus;
}
