import { route } from "../route.js";
import { wiseEvidenceUploadResult, wiseNoContent, wiseRequiredEvidences, type WiseEvidenceUploadResult } from "../schemas/verification.js";
import type { WiseSession } from "../session.js";

/** The answers of `upload-evidences`; a personal and a business profile take different fields. */
export interface WiseEvidences {
  accountPurpose?: string;
  accountPurposeExplanation?: string;
  intendedCountries?: string[];
  yearlyAnticipatedVolume?: string;
  mainSourceOfIncome?: string;
  annualIncome?: string;
  incomeExplanation?: string;
  businessUseCase?: string[];
  mainSourceOfFunding?: string;
  monthlyAnticipatedVolume?: string;
}

/** A file to send to Wise: its bytes, already checked against the upload limits. */
export interface WiseFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

/**
 * `GET /v3/profiles/{profileId}/verification-status/required-evidences`: what Wise still asks for.
 * @wiseOperation GET /v3/profiles/{profileId}/verification-status/required-evidences
 */
export async function getRequiredEvidences(wise: WiseSession, profileId: number): Promise<string[]> {
  const answer = await wise.call({ method: "GET", route: route`/v3/profiles/${profileId}/verification-status/required-evidences`, decoder: wiseRequiredEvidences });
  return answer.required_evidences;
}

/**
 * `POST /v5/profiles/{profileId}/additional-verification/upload-evidences`: answers evidences; an
 * answer given again replaces the earlier one, so a repeat does no harm.
 * @wiseOperation POST /v5/profiles/{profileId}/additional-verification/upload-evidences
 */
export function uploadEvidences(wise: WiseSession, profileId: number, evidences: WiseEvidences): Promise<WiseEvidenceUploadResult> {
  return wise.call({ method: "POST", route: route`/v5/profiles/${profileId}/additional-verification/upload-evidences`, json: evidences, decoder: wiseEvidenceUploadResult });
}

/**
 * `POST /v3/profiles/{profileId}/verification-status/upload-document`: one document (one or more
 * files) of one type, as multipart/form-data; Wise answers 204.
 * @wiseOperation POST /v3/profiles/{profileId}/verification-status/upload-document
 */
export async function uploadDocument(wise: WiseSession, profileId: number, documentType: string, files: readonly WiseFile[]): Promise<void> {
  const form = new FormData();
  for (const file of files) form.append("files", new Blob([file.bytes], { type: file.type }), file.name);
  form.append("documentType", documentType);
  await wise.call({ method: "POST", route: route`/v3/profiles/${profileId}/verification-status/upload-document`, form, decoder: wiseNoContent });
}
