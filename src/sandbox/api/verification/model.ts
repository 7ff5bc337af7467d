// What additional customer verification holds for one profile: the evidences still required, the
// answers given through upload-evidences, and the documents received through upload-document.

/** A file as the sandbox keeps it: what arrived, never its bytes. */
export interface ReceivedFile {
  name: string;
  type: string;
  size: number;
}

export interface ReceivedDocument {
  documentType: string;
  files: ReceivedFile[];
  receivedMs: number;
}

export interface VerificationRecord {
  profileId: number;
  /** Evidence keys Wise still asks for (ACCOUNT_PURPOSE, ID_PROOF...), in Wise's order. */
  required: string[];
  /** Answers by request field (accountPurpose, intendedCountries...), the latest one kept. */
  answers: Record<string, unknown>;
  /** Documents by document type; a type stays here (waiting for review) once received. */
  documents: Map<string, ReceivedDocument>;
}
