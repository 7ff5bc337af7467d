import { Field, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import { Dispute, DisputeFlowStep } from "./dispute.type.js";

@ObjectType({ simpleResolvers: true, description: "The result of disputeSubmit." })
export class DisputeSubmitPayload {
  @Field(() => DisputeFlowStep, { nullable: true, description: "The flow's final step (what to tell the customer); null when userErrors says why nothing was submitted." })
  finalStep!: DisputeFlowStep | null;

  @Field(() => [UserError], { description: "Why no dispute was made; empty on success." })
  userErrors!: UserError[];

  /** What was submitted, to read the new disputes back; unset when nothing was. */
  submitted?: { profileId: number; transactionIds: number[] };
}

@ObjectType({ simpleResolvers: true, description: "The result of disputeEvidenceUpload." })
export class DisputeEvidenceUploadPayload {
  @Field(() => String, { nullable: true, description: "The file's id, for disputeSubmit's `files` within two hours; null when userErrors says why not." })
  fileId!: string | null;

  @Field(() => [UserError], { description: "Why the file was not taken; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of disputeWithdraw." })
export class DisputeWithdrawPayload {
  @Field(() => Dispute, { nullable: true, description: "The withdrawn dispute (CLOSED, WITHDRAWN); null when userErrors says why not." })
  dispute!: Dispute | null;

  @Field(() => [UserError], { description: "Why the dispute was not withdrawn; empty on success." })
  userErrors!: UserError[];
}
