import { Field, Int, ObjectType } from "type-graphql";
import { UserError } from "../../common/user-error.js";
import { EvidenceSubmissionStatus, VerificationDocumentType, VerificationEvidence } from "./verification.enums.js";

@ObjectType({ simpleResolvers: true, description: "Where a profile stands in Wise's additional customer verification." })
export class ProfileVerificationStatus {
  @Field(() => [VerificationEvidence], { description: "The evidences Wise still asks for; empty when it asks for none." })
  requiredEvidences!: VerificationEvidence[];

  @Field(() => [String], { description: "The same evidences as Wise names them, including any this API does not know yet." })
  requiredEvidenceKeys!: string[];

  @Field({ description: "True when Wise asks for no further evidence." })
  complete!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "Wise's result for one submitted evidence field." })
export class EvidenceSubmissionResult {
  @Field({ description: "The field submitted, as Wise names it (`accountPurpose`, `intendedCountries`...)." })
  field!: string;

  @Field(() => EvidenceSubmissionStatus, { description: "Whether Wise took it." })
  result!: EvidenceSubmissionStatus;

  @Field(() => String, { nullable: true, description: "Wise's explanation of the result." })
  message!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of verificationEvidencesSubmit." })
export class VerificationEvidencesSubmitPayload {
  @Field(() => EvidenceSubmissionStatus, { nullable: true, description: "How the submission went overall; null when userErrors says why nothing was sent." })
  overallStatus!: EvidenceSubmissionStatus | null;

  @Field(() => [EvidenceSubmissionResult], { description: "One result per submitted field; empty when nothing was taken." })
  results!: EvidenceSubmissionResult[];

  /** The profile's Wise id, for the `profile` field; unset when nothing was taken. */
  profileWiseId?: number;

  @Field(() => [UserError], { description: "Why the evidences were not taken; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "A file sent to Wise, as it was sent." })
export class UploadedFile {
  @Field({ description: "The file's name." })
  filename!: string;

  @Field({ description: "The file's MIME type." })
  contentType!: string;

  @Field(() => Int, { description: "The file's size in bytes." })
  size!: number;
}

@ObjectType({ simpleResolvers: true, description: "The result of verificationDocumentUpload." })
export class VerificationDocumentUploadPayload {
  @Field(() => VerificationDocumentType, { nullable: true, description: "The kind of document Wise received; null when userErrors says why not." })
  documentType!: VerificationDocumentType | null;

  @Field(() => [UploadedFile], { description: "The files Wise received; empty when none was sent." })
  files!: UploadedFile[];

  /** The profile's Wise id, for the `profile` field; unset when nothing was sent. */
  profileWiseId?: number;

  @Field(() => [UserError], { description: "Why the document was not sent or not taken; empty on success." })
  userErrors!: UserError[];
}
