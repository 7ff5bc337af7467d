import DataLoader from "dataloader";
import { getDispute, getDisputeFlowStep, getDisputeReasons, listDisputes, type DisputeListFilter, type WiseDisputeScheme } from "../wise/endpoints/disputes.js";
import type { WiseDispute, WiseDisputePage, WiseDisputeReason, WiseDynamicFlowStep } from "../wise/schemas/dispute.js";
import type { WiseSession } from "../wise/session.js";

export interface DisputeKey {
  profileId: number;
  disputeId: string;
}

export interface DisputePageKey extends DisputeListFilter {
  profileId: number;
  /** Wise's page number, from 1 (100 disputes a page). */
  pageNumber: number;
}

export interface DisputeFlowStepKey {
  profileId: number;
  scheme: WiseDisputeScheme;
  reason: string;
  transactionIds: number[];
  email: string | null;
}

/** A profile's dispute reasons, a step of the dispute flow, pages of its disputes and one dispute by id: one call per distinct key. */
export function createDisputeLoaders(wise: () => WiseSession) {
  const disputeReasons = new DataLoader<number, WiseDisputeReason[]>((profileIds) =>
    Promise.all(profileIds.map((profileId) => getDisputeReasons(wise(), profileId).catch((error: Error) => error))),
  );
  const disputePages = new DataLoader<DisputePageKey, WiseDisputePage, string>(
    (keys) =>
      Promise.all(keys.map((key) => listDisputes(wise(), key.profileId, { status: key.status, transactionId: key.transactionId }, key.pageNumber).catch((error: Error) => error))),
    { cacheKeyFn: (key) => `${key.profileId}:${key.status ?? ""}:${key.transactionId ?? ""}:${key.pageNumber}` },
  );
  const disputeById = new DataLoader<DisputeKey, WiseDispute, string>(
    (keys) => Promise.all(keys.map((key) => getDispute(wise(), key.profileId, key.disputeId).catch((error: Error) => error))),
    { cacheKeyFn: (key) => `${key.profileId}:${key.disputeId.toLowerCase()}` },
  );
  // A step is read by a POST that changes nothing: the same step asked twice in a request is one call.
  const disputeFlowSteps = new DataLoader<DisputeFlowStepKey, WiseDynamicFlowStep, string>(
    (keys) => Promise.all(keys.map((key) => getDisputeFlowStep(wise(), key.profileId, key.scheme, key.reason, key.transactionIds, key.email).catch((error: Error) => error))),
    { batch: false, cacheKeyFn: (key) => JSON.stringify([key.profileId, key.scheme, key.reason, key.transactionIds, key.email]) },
  );
  return { disputeReasons, disputePages, disputeById, disputeFlowSteps };
}
