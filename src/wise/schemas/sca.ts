import { z } from "zod";
import { wiseId } from "./common.js";

/** One way to clear a challenge: its type (PIN, SMS, FACE_MAP...) and what a UI needs to show it. */
export const wiseChallenge = z.object({
  type: z.string(),
  viewData: z.unknown().nullish(),
});

/** A challenge of a one-time token: the primary way, its alternatives, whether it is required and passed. */
export const wiseChallengeObject = z.object({
  primaryChallenge: wiseChallenge,
  alternatives: z.array(wiseChallenge).nullish(),
  required: z.boolean().nullish(),
  passed: z.boolean().nullish(),
});

/** A one-time token (OTT): the challenges to clear before it unlocks an SCA-protected call. */
export const wiseOneTimeToken = z.object({
  oneTimeToken: z.string(),
  challenges: z.array(wiseChallengeObject),
  validity: wiseId.nullish(),
  actionType: z.string().nullish(),
  userId: wiseId.nullish(),
});

/** Every answer that carries a one-time token wraps it in `oneTimeTokenProperties`. */
export const wiseOneTimeTokenAnswer = z.object({ oneTimeTokenProperties: wiseOneTimeToken });

export type WiseOneTimeToken = z.infer<typeof wiseOneTimeToken>;

/** `POST .../{sms|whatsapp|voice}/trigger`: where the code went, masked. */
export const wiseOtpTrigger = z.object({ obfuscatedPhoneNo: z.string().nullish() });

/** `POST /v2/profiles/{profileId}/device-fingerprints`: the new fingerprint's id and time. */
export const wiseDeviceFingerprint = z.object({ deviceFingerprintId: z.string(), createdAt: z.string().nullish() });

export type WiseDeviceFingerprint = z.infer<typeof wiseDeviceFingerprint>;

/** An empty answer (200 or 204 without a body). */
export const wiseNoContent = z.unknown();
