// Strong customer authentication state of one sandbox: the factors each profile enrolled (PIN,
// device fingerprints, facemap), the one-time tokens (OTTs) issued, and the client JOSE keys
// installed. Reset with the rest of the store.

import type { ProfileRecord, UserRecord } from "./model.js";

/** The challenge types Wise lists on a one-time token. */
export type ChallengeType = "PIN" | "FACE_MAP" | "SMS" | "WHATSAPP" | "VOICE" | "PARTNER_DEVICE_FINGERPRINT";

export const PHONE_CHANNELS = ["SMS", "WHATSAPP", "VOICE"] as const;

/** One challenge of an OTT: passing any of its types passes it. */
export interface ChallengeRecord {
  types: ChallengeType[];
  required: boolean;
}

export interface OttRecord {
  token: string;
  userId: number;
  profileId: number;
  /** What the token unlocks, e.g. TRANSFER__FUND; null for an SCA session. */
  actionType: string | null;
  /** The one request it unlocks (method and path), or null for an SCA session. */
  action: string | null;
  createdMs: number;
  expiresMs: number;
  challenges: ChallengeRecord[];
  passed: Set<ChallengeType>;
  /** Phone channels a code was sent over: only those can be verified. */
  triggered: Set<ChallengeType>;
  failedAttempts: number;
  used: boolean;
}

export interface DeviceFingerprintRecord {
  id: string;
  value: string;
  createdMs: number;
}

export interface ScaFactors {
  pin: string | null;
  phone: string | null;
  deviceFingerprints: DeviceFingerprintRecord[];
  faceMap: string | null;
}

export interface ClientKeyRecord {
  /** The API client that installed it (with its client-credentials token). */
  clientId: string;
  keyId: string;
  scope: string;
  algorithm: string;
  keyMaterial: string;
  validFrom: string;
  validTill: string;
}

/** Seconds an OTT lives, as Wise's examples show. */
export const OTT_VALIDITY_SECONDS = 3600;

/** Wrong answers an OTT takes before it is burnt (Wise: "5 continuous unsuccessful attempts"). */
export const MAX_FAILED_ATTEMPTS = 5;

/** How long a user may make low-risk calls without SCA after clearing a token (Wise's SCA session). */
export const SCA_SESSION_MS = 5 * 60 * 1000;

export class ScaState {
  factors = new Map<number, ScaFactors>();
  otts = new Map<string, OttRecord>();
  clientKeys = new Map<string, ClientKeyRecord>();
  /** userId -> epoch ms until which low-risk calls need no SCA. */
  sessionUntil = new Map<number, number>();

  reset(users: readonly UserRecord[], profiles: readonly ProfileRecord[]): void {
    const pins = new Map(users.map((u) => [u.id, u.pin]));
    this.factors = new Map(
      profiles.map((p) => [p.id, { pin: pins.get(p.userId) ?? null, phone: p.type === "PERSONAL" ? p.phoneNumber : p.contactPhone, deviceFingerprints: [], faceMap: null }]),
    );
    this.otts = new Map();
    this.clientKeys = new Map();
    this.sessionUntil = new Map();
  }

  factorsOf(profileId: number): ScaFactors {
    let factors = this.factors.get(profileId);
    if (factors === undefined) {
      factors = { pin: null, phone: null, deviceFingerprints: [], faceMap: null };
      this.factors.set(profileId, factors);
    }
    return factors;
  }
}

/**
 * The challenges a new OTT lists, from what the profile enrolled: the PIN is required, the phone
 * (SMS, or WhatsApp or voice instead) is required only without a PIN, and an enrolled device or
 * facemap can be passed too. Passing every required challenge clears the token.
 */
export function challengesFor(factors: ScaFactors): ChallengeRecord[] {
  const challenges: ChallengeRecord[] = [];
  if (factors.pin !== null) challenges.push({ types: ["PIN"], required: true });
  if (factors.phone !== null) challenges.push({ types: [...PHONE_CHANNELS], required: factors.pin === null });
  if (factors.deviceFingerprints.length > 0) challenges.push({ types: ["PARTNER_DEVICE_FINGERPRINT"], required: false });
  if (factors.faceMap !== null) challenges.push({ types: ["FACE_MAP"], required: false });
  return challenges;
}

export function challengePassed(ott: OttRecord, challenge: ChallengeRecord): boolean {
  return challenge.types.some((type) => ott.passed.has(type));
}

/** Every required challenge passed (and at least one challenge, when none is required). */
export function ottCleared(ott: OttRecord): boolean {
  const required = ott.challenges.filter((c) => c.required);
  if (required.length === 0) return ott.challenges.some((c) => challengePassed(ott, c));
  return required.every((c) => challengePassed(ott, c));
}
