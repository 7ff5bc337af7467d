import { z } from "zod";
import { route } from "../route.js";
import {
  wiseDispute,
  wiseDisputeFileIds,
  wiseDisputePage,
  wiseDisputeReason,
  wiseDynamicFlowStep,
  type WiseDispute,
  type WiseDisputePage,
  type WiseDisputeReason,
  type WiseDynamicFlowStep,
} from "../schemas/dispute.js";
import type { WiseSession } from "../session.js";
import type { WiseFile } from "./verification.js";

/** Wise's largest page of disputes. */
export const DISPUTE_PAGE_SIZE = 100;

export type WiseDisputeScheme = "VISA" | "MASTERCARD";

/**
 * `GET /v3/spend/profiles/{profileId}/dispute-form/reasons`: the reasons a dispute can give.
 * @wiseOperation GET /v3/spend/profiles/{profileId}/dispute-form/reasons
 */
export function getDisputeReasons(wise: WiseSession, profileId: number): Promise<WiseDisputeReason[]> {
  return wise.call({ method: "GET", route: route`/v3/spend/profiles/${profileId}/dispute-form/reasons`, decoder: z.array(wiseDisputeReason) });
}

/**
 * `POST /v3/spend/profiles/{profileId}/dispute-form/flows/step/{scheme}/{reason}`: the Dynamic Flow
 * step of a reason for one or more transactions (ids comma-separated). It changes nothing.
 * @wiseOperation POST /v3/spend/profiles/{profileId}/dispute-form/flows/step/{scheme}/{reason}
 */
export function getDisputeFlowStep(
  wise: WiseSession,
  profileId: number,
  scheme: WiseDisputeScheme,
  reason: string,
  transactionIds: readonly number[],
  email: string | null,
): Promise<WiseDynamicFlowStep> {
  return wise.call({
    method: "POST",
    route: route`/v3/spend/profiles/${profileId}/dispute-form/flows/step/${scheme}/${reason}`,
    searchParams: { transactionId: transactionIds.join(",") },
    json: email === null ? {} : { email },
    decoder: wiseDynamicFlowStep,
  });
}

/** What a dispute submission carries; the form's answers and files vary per reason. */
export interface WiseDisputeSubmission {
  transaction: { transactionId: string; email?: string };
  form: Record<string, unknown>;
  disclaimer: { allAnswered: boolean; filesUploaded: boolean };
  files: Record<string, string>;
}

/**
 * `POST /v3/spend/profiles/{profileId}/dispute-form/flows/{scheme}/{reason}`: submits a dispute
 * (one per transaction named) and answers the flow's final step. It carries no idempotency key;
 * a transaction with an active dispute takes no other, so a repeat is refused rather than doubled.
 * @wiseOperation POST /v3/spend/profiles/{profileId}/dispute-form/flows/{scheme}/{reason}
 */
export function submitDispute(wise: WiseSession, profileId: number, scheme: WiseDisputeScheme, reason: string, submission: WiseDisputeSubmission): Promise<WiseDynamicFlowStep> {
  return wise.call({
    method: "POST",
    route: route`/v3/spend/profiles/${profileId}/dispute-form/flows/${scheme}/${reason}`,
    json: submission,
    decoder: wiseDynamicFlowStep,
  });
}

/**
 * `POST /v4/spend/profiles/{profileId}/dispute-form/file`: uploads one evidence file (multipart
 * part `receipt`) and answers its id, usable by a submission for two hours.
 * @wiseOperation POST /v4/spend/profiles/{profileId}/dispute-form/file
 */
export async function uploadDisputeFile(wise: WiseSession, profileId: number, file: WiseFile): Promise<string> {
  const form = new FormData();
  form.append("receipt", new Blob([file.bytes], { type: file.type }), file.name);
  const answer = await wise.call({ method: "POST", route: route`/v4/spend/profiles/${profileId}/dispute-form/file`, form, decoder: wiseDisputeFileIds });
  const id = answer.receipt ?? Object.values(answer)[0];
  if (id === undefined) throw new Error("Wise answered the dispute file upload without a file id");
  return id;
}

/** Filters of a profile's dispute list. */
export interface DisputeListFilter {
  status?: "ACTIVE" | "CLOSED";
  transactionId?: number;
}

/**
 * `GET /v3/spend/profiles/{profileId}/disputes`: one page (from 1) of the profile's disputes, 100 a page.
 * @wiseOperation GET /v3/spend/profiles/{profileId}/disputes
 */
export function listDisputes(wise: WiseSession, profileId: number, filter: DisputeListFilter, pageNumber: number): Promise<WiseDisputePage> {
  return wise.call({
    method: "GET",
    route: route`/v3/spend/profiles/${profileId}/disputes`,
    searchParams: { status: filter.status, transactionId: filter.transactionId, pageSize: DISPUTE_PAGE_SIZE, pageNumber },
    decoder: wiseDisputePage,
  });
}

/**
 * `GET /v3/spend/profiles/{profileId}/disputes/{disputeId}`: one dispute.
 * @wiseOperation GET /v3/spend/profiles/{profileId}/disputes/{disputeId}
 */
export function getDispute(wise: WiseSession, profileId: number, disputeId: string): Promise<WiseDispute> {
  return wise.call({ method: "GET", route: route`/v3/spend/profiles/${profileId}/disputes/${disputeId}`, decoder: wiseDispute });
}

/**
 * `PUT /v3/spend/profiles/{profileId}/disputes/{disputeId}/status`: withdraws a dispute (status CLOSED).
 * @wiseOperation PUT /v3/spend/profiles/{profileId}/disputes/{disputeId}/status
 */
export function withdrawDispute(wise: WiseSession, profileId: number, disputeId: string): Promise<WiseDispute> {
  return wise.call({ method: "PUT", route: route`/v3/spend/profiles/${profileId}/disputes/${disputeId}/status`, json: { status: "CLOSED" }, decoder: wiseDispute });
}
