import { Field, ID, InputType } from "type-graphql";
import type { FileUpload } from "graphql-upload/processRequest.mjs";
import { JSONObjectScalar } from "../../common/scalars/index.js";
import { UploadScalar } from "../../common/upload.js";
import { DisputeScheme } from "./dispute.enums.js";

@InputType({ description: "Which step of the dispute flow to read: a reason for one or more card transactions." })
export class DisputeFlowStepInput {
  @Field(() => [ID], { description: "The disputed CardTransactions, all of one profile; several only for a reason with supportsMultipleTransactions." })
  transactionIds!: string[];

  @Field(() => DisputeScheme, { description: "The network of the transactions' card." })
  scheme!: DisputeScheme;

  @Field({ description: "The reason code: one of disputeReasons, or a DECISION step's option `reason`." })
  reason!: string;

  @Field(() => String, { nullable: true, description: "Where Wise writes about the dispute (e.g. your support team's address)." })
  email?: string | null;
}

@InputType({ description: "An evidence file named in a submission." })
export class DisputeFileInput {
  @Field({ description: "The form's FILE field key (DisputeFlowField.key), e.g. `receipt`." })
  key!: string;

  @Field({ description: "The fileId disputeEvidenceUpload answered (usable for two hours, by one submission)." })
  fileId!: string;
}

@InputType({ description: "A dispute of one or more card transactions, with the answers of its reason's form." })
export class DisputeSubmitInput {
  @Field(() => [ID], { description: "The disputed CardTransactions, all of one profile; several only for a reason with supportsMultipleTransactions (one dispute each)." })
  transactionIds!: string[];

  @Field(() => DisputeScheme, { description: "The network of the transactions' card." })
  scheme!: DisputeScheme;

  @Field({ description: "The reason code: a FORM step's submitReason." })
  reason!: string;

  @Field(() => String, { nullable: true, description: "Where Wise writes about the dispute (e.g. your support team's address)." })
  email?: string | null;

  @Field(() => JSONObjectScalar, {
    description: 'The answers to the form\'s questions by key, e.g. `{"details": "...", "charged": {"value": "50.00", "currency": "GBP"}}`; amounts as decimal strings.',
  })
  answers!: Record<string, unknown>;

  @Field(() => [DisputeFileInput], { defaultValue: [], description: "The evidence files, by the form's FILE field keys." })
  files!: DisputeFileInput[];

  @Field({ description: "The customer confirms every question was answered; Wise refuses the dispute otherwise." })
  allAnswered!: boolean;

  @Field({ description: "The customer confirms every relevant file was attached; Wise refuses the dispute otherwise." })
  filesUploaded!: boolean;
}

@InputType({ description: "An evidence file for a dispute, sent as a GraphQL multipart request." })
export class DisputeEvidenceUploadInput {
  @Field(() => ID, { description: "The PersonalProfile or BusinessProfile the dispute is for." })
  profileId!: string;

  @Field(() => UploadScalar, { description: "The file: JPEG, PNG or PDF." })
  file!: Promise<FileUpload>;
}

@InputType({ description: "A dispute to withdraw." })
export class DisputeWithdrawInput {
  @Field(() => ID, { description: "The Dispute; it must have canWithdraw." })
  disputeId!: string;
}
