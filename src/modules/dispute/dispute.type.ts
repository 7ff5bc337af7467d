import { Directive, Field, ObjectType } from "type-graphql";
import { Connection } from "../../common/connection.js";
import { Node } from "../../common/node/node.interface.js";
import { DateTimeScalar, JSONObjectScalar, SafeIntScalar } from "../../common/scalars/index.js";
import { DisputeFlowFieldType, DisputeFlowStepKind, DisputeStatus, DisputeSubStatus } from "./dispute.enums.js";

@Directive('@key(fields: "id")')
@Directive("@cacheControl(scope: PRIVATE)")
@ObjectType({ simpleResolvers: true, implements: Node, description: "A dispute of a card transaction: a customer asking Wise to get money back from the merchant." })
export class Dispute extends Node {
  @Field({ description: "Wise's id of the dispute (a UUID)." })
  wiseId!: string;

  @Field(() => SafeIntScalar, { description: "Wise's id of the disputed card transaction." })
  transactionWiseId!: number;

  @Field({ description: "The reason it was submitted with, as Wise names it (WRONG_AMOUNT, NEVER_ARRIVED, CARD_POSSESSION...)." })
  reason!: string;

  @Field(() => DisputeStatus, { description: "Whether the dispute is still open." })
  status!: DisputeStatus;

  @Field(() => DisputeSubStatus, { description: "Where the dispute stands in detail." })
  subStatus!: DisputeSubStatus;

  @Field(() => String, { nullable: true, description: "Wise's words for the sub-status, to show the customer." })
  statusMessage!: string | null;

  @Field(() => DateTimeScalar, { description: "When the dispute was submitted." })
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: "Who submitted it: Wise's id of the user." })
  createdBy!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the dispute last changed." })
  lastUpdatedAt!: Date | null;

  @Field({ description: "Whether disputeWithdraw can withdraw it now." })
  canWithdraw!: boolean;

  /** The profile's Wise id (disputes are read through it). */
  profileWiseId!: number;
}

@ObjectType({ simpleResolvers: true, description: "A page of a profile's card transaction disputes, oldest first." })
export class DisputeConnection extends Connection(Dispute, "dispute") {}

@ObjectType({ simpleResolvers: true, description: "A reason a dispute can give. A reason with subOptions is submitted as one of them." })
export class DisputeReason {
  @Field({ description: "The reason's code, as Wise names it (ATM_DISPENSED_NO_FUNDS, WRONG_AMOUNT, UNAUTHORIZED...): pass it to disputeFlowStep." })
  code!: string;

  @Field(() => String, { nullable: true, description: "What the reason means, in the customer's words." })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "A hint on when to choose it." })
  tooltip!: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether it reports fraud." })
  isFraud!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Whether one dispute with it may name several transactions." })
  supportsMultipleTransactions!: boolean | null;

  @Field(() => [DisputeReason], { description: "More precise reasons to choose from instead of this one; empty when there are none." })
  subOptions!: DisputeReason[];
}

@ObjectType({ simpleResolvers: true, description: "One choice of a DECISION step: a more precise reason." })
export class DisputeFlowOption {
  @Field({ description: "The choice, in the customer's words." })
  title!: string;

  @Field(() => String, { nullable: true, description: "A hint on when to choose it." })
  description!: string | null;

  @Field(() => String, { nullable: true, description: "The reason code it leads to: ask disputeFlowStep for it next. Null when Wise's step does not say." })
  reason!: string | null;

  @Field({ description: "Whether the choice is unavailable." })
  disabled!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "One question of a FORM step." })
export class DisputeFlowField {
  @Field({ description: "The answer's key: in disputeSubmit's `answers` for questions, in its `files` for FILE fields." })
  key!: string;

  @Field(() => String, { nullable: true, description: "The question, in the customer's words." })
  title!: string | null;

  @Field(() => DisputeFlowFieldType, { description: "The kind of answer it takes." })
  type!: DisputeFlowFieldType;

  @Field({ description: "Whether Wise refuses the submission without it." })
  required!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "A step of Wise's dispute flow: a choice of a more precise reason, the reason's form, or the end. Read as typed fields, and whole as `json` for Wise's Dynamic Flow framework.",
})
export class DisputeFlowStep {
  @Field(() => String, { nullable: true, description: "The step's key: the reason code, or `final` after a submission." })
  key!: string | null;

  @Field(() => DisputeFlowStepKind, { description: "What the step asks." })
  kind!: DisputeFlowStepKind;

  @Field(() => String, { nullable: true, description: "The step's title." })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "The step's message (markdown), on the FINAL step." })
  message!: string | null;

  @Field(() => [DisputeFlowOption], { description: "The choices of a DECISION step; empty otherwise." })
  options!: DisputeFlowOption[];

  @Field(() => [DisputeFlowField], { description: "The questions and evidence files of a FORM step; empty otherwise." })
  fields!: DisputeFlowField[];

  @Field(() => String, { nullable: true, description: "The reason code disputeSubmit takes for a FORM step; null otherwise." })
  submitReason!: string | null;

  @Field(() => JSONObjectScalar, { description: "The step exactly as Wise answered it (Dynamic Flow JSON)." })
  json!: Record<string, unknown>;
}
