import { z } from "zod";
import { WiseApiError } from "../errors.js";
import { parseWiseJson } from "../json.js";
import { route } from "../route.js";
import { wiseDeviceFingerprint, wiseNoContent, wiseOneTimeTokenAnswer, wiseOtpTrigger, type WiseDeviceFingerprint, type WiseOneTimeToken } from "../schemas/sca.js";
import { encryptForWise, JWE_HEADERS } from "../sca/jwe.js";
import type { WiseKeys } from "../sca/wise-keys.js";
import type { WiseSession } from "../session.js";

/** The phone channels a one-time password can be sent over. */
export type WiseOtpChannel = "sms" | "whatsapp" | "voice";

const ott = (oneTimeToken: string) => ({ "One-Time-Token": oneTimeToken });

/** A compact JWE: five base64url parts. */
const COMPACT_JWE = /^[\w-]+\.[\w-]*\.[\w-]+\.[\w-]+\.[\w-]+$/;

/**
 * The token state a JWE-bodied verify call answers. Wise may answer it encrypted with the
 * request's own content key (JOSE direct encryption), which only the encrypting side holds: the
 * verification has then happened, and the state is read from the token's status instead.
 */
async function answeredToken(wise: WiseSession, oneTimeToken: string, text: string, operation: string): Promise<WiseOneTimeToken> {
  const body = text.trim();
  if (COMPACT_JWE.test(body)) return getOneTimeTokenStatus(wise, oneTimeToken);
  let parsed: unknown;
  try {
    parsed = parseWiseJson(body);
  } catch {
    parsed = undefined;
  }
  const answer = wiseOneTimeTokenAnswer.safeParse(parsed);
  if (!answer.success) throw new WiseApiError("BAD_RESPONSE", 200, [], null, operation, `${operation}: Wise's answer did not match the contract`);
  return answer.data.oneTimeTokenProperties;
}

/**
 * `GET /v1/one-time-token/status`: the challenges of a one-time token and which are passed.
 * @wiseOperation GET /v1/one-time-token/status
 */
export async function getOneTimeTokenStatus(wise: WiseSession, oneTimeToken: string): Promise<WiseOneTimeToken> {
  const answer = await wise.call({ method: "GET", route: route`/v1/one-time-token/status`, headers: ott(oneTimeToken), decoder: wiseOneTimeTokenAnswer });
  return answer.oneTimeTokenProperties;
}

/**
 * `POST /v2/profiles/{profileId}/sca-sessions/authorise`: starts SCA on purpose and answers a
 * one-time token to clear (for a 5-minute session of low-risk calls).
 * @wiseOperation POST /v2/profiles/{profileId}/sca-sessions/authorise
 */
export async function authoriseScaSession(wise: WiseSession, profileId: number): Promise<WiseOneTimeToken> {
  const answer = await wise.call({ method: "POST", route: route`/v2/profiles/${profileId}/sca-sessions/authorise`, decoder: wiseOneTimeTokenAnswer });
  return answer.oneTimeTokenProperties;
}

/**
 * `POST /v2/profiles/{profileId}/pin`: sets the profile's PIN; the body is encrypted for Wise
 * (to Wise's key from `keys`, as for every encrypted body below).
 * @wiseOperation POST /v2/profiles/{profileId}/pin
 */
export async function createPin(wise: WiseSession, keys: WiseKeys, profileId: number, pin: string): Promise<void> {
  const rawBody = await encryptForWise(keys, { pin });
  await wise.call({ method: "POST", route: route`/v2/profiles/${profileId}/pin`, headers: { ...JWE_HEADERS }, rawBody, decoder: wiseNoContent });
}

/**
 * `DELETE /v2/profiles/{profileId}/pin`.
 * @wiseOperation DELETE /v2/profiles/{profileId}/pin
 */
export async function deletePin(wise: WiseSession, profileId: number): Promise<void> {
  await wise.call({ method: "DELETE", route: route`/v2/profiles/${profileId}/pin`, decoder: wiseNoContent });
}

/**
 * `POST /v2/profiles/{profileId}/pin/verify`: clears the PIN challenge of a one-time token.
 * @wiseOperation POST /v2/profiles/{profileId}/pin/verify
 */
export async function verifyPin(wise: WiseSession, keys: WiseKeys, profileId: number, oneTimeToken: string, pin: string): Promise<WiseOneTimeToken> {
  const rawBody = await encryptForWise(keys, { pin });
  const path = route`/v2/profiles/${profileId}/pin/verify`;
  const text = await wise.call({ method: "POST", route: path, headers: { ...JWE_HEADERS, ...ott(oneTimeToken) }, rawBody, textAnswer: true, decoder: z.string() });
  return answeredToken(wise, oneTimeToken, text, `POST ${path.template}`);
}

/**
 * `POST /v2/profiles/{profileId}/device-fingerprints`: enrols a device; the body is encrypted for Wise.
 * @wiseOperation POST /v2/profiles/{profileId}/device-fingerprints
 */
export async function createDeviceFingerprint(wise: WiseSession, keys: WiseKeys, profileId: number, deviceFingerprint: string): Promise<WiseDeviceFingerprint> {
  const rawBody = await encryptForWise(keys, { deviceFingerprint });
  return wise.call({ method: "POST", route: route`/v2/profiles/${profileId}/device-fingerprints`, headers: { ...JWE_HEADERS }, rawBody, decoder: wiseDeviceFingerprint });
}

/**
 * `POST /v2/profiles/{profileId}/device-fingerprints/verify`: clears the device challenge of a one-time token.
 * @wiseOperation POST /v2/profiles/{profileId}/device-fingerprints/verify
 */
export async function verifyDeviceFingerprint(wise: WiseSession, keys: WiseKeys, profileId: number, oneTimeToken: string, deviceFingerprint: string): Promise<WiseOneTimeToken> {
  const rawBody = await encryptForWise(keys, { deviceFingerprint });
  const path = route`/v2/profiles/${profileId}/device-fingerprints/verify`;
  const text = await wise.call({ method: "POST", route: path, headers: { ...JWE_HEADERS, ...ott(oneTimeToken) }, rawBody, textAnswer: true, decoder: z.string() });
  return answeredToken(wise, oneTimeToken, text, `POST ${path.template}`);
}

/**
 * `DELETE /v2/profiles/{profileId}/device-fingerprints/{deviceFingerprintId}`.
 * @wiseOperation DELETE /v2/profiles/{profileId}/device-fingerprints/{deviceFingerprintId}
 */
export async function deleteDeviceFingerprint(wise: WiseSession, profileId: number, deviceFingerprintId: string): Promise<void> {
  await wise.call({ method: "DELETE", route: route`/v2/profiles/${profileId}/device-fingerprints/${deviceFingerprintId}`, decoder: wiseNoContent });
}

/**
 * `POST /v2/profiles/{profileId}/facemaps`: enrols a facemap exported for Wise (base64).
 * @wiseOperation POST /v2/profiles/{profileId}/facemaps
 */
export async function createFacemap(wise: WiseSession, profileId: number, faceMap: string): Promise<void> {
  await wise.call({ method: "POST", route: route`/v2/profiles/${profileId}/facemaps`, json: { faceMap }, decoder: wiseNoContent });
}

/**
 * `POST /v2/profiles/{profileId}/facemaps/verify`: clears the FACE_MAP challenge of a one-time token.
 * @wiseOperation POST /v2/profiles/{profileId}/facemaps/verify
 */
export async function verifyFacemap(wise: WiseSession, profileId: number, oneTimeToken: string, faceMap: string): Promise<WiseOneTimeToken> {
  const answer = await wise.call({
    method: "POST",
    route: route`/v2/profiles/${profileId}/facemaps/verify`,
    headers: ott(oneTimeToken),
    json: { faceMap },
    decoder: wiseOneTimeTokenAnswer,
  });
  return answer.oneTimeTokenProperties;
}

/**
 * `DELETE /v2/profiles/{profileId}/facemaps`.
 * @wiseOperation DELETE /v2/profiles/{profileId}/facemaps
 */
export async function deleteFacemap(wise: WiseSession, profileId: number): Promise<void> {
  await wise.call({ method: "DELETE", route: route`/v2/profiles/${profileId}/facemaps`, decoder: wiseNoContent });
}

/**
 * `POST /v1/one-time-token/{channel}/trigger`: sends a one-time password to the user's phone and
 * answers the masked number it went to.
 * @wiseOperation POST /v1/one-time-token/sms/trigger
 * @wiseOperation POST /v1/one-time-token/whatsapp/trigger
 * @wiseOperation POST /v1/one-time-token/voice/trigger
 */
export async function triggerOtp(wise: WiseSession, channel: WiseOtpChannel, oneTimeToken: string): Promise<string | null> {
  const answer = await wise.call({ method: "POST", route: route`/v1/one-time-token/${channel}/trigger`, headers: ott(oneTimeToken), decoder: wiseOtpTrigger });
  return answer.obfuscatedPhoneNo ?? null;
}

/**
 * `POST /v1/one-time-token/{channel}/verify`: clears the phone challenge with the code received.
 * @wiseOperation POST /v1/one-time-token/sms/verify
 * @wiseOperation POST /v1/one-time-token/whatsapp/verify
 * @wiseOperation POST /v1/one-time-token/voice/verify
 */
export async function verifyOtp(wise: WiseSession, channel: WiseOtpChannel, oneTimeToken: string, otpCode: string): Promise<WiseOneTimeToken> {
  const answer = await wise.call({
    method: "POST",
    route: route`/v1/one-time-token/${channel}/verify`,
    headers: ott(oneTimeToken),
    json: { otpCode },
    decoder: wiseOneTimeTokenAnswer,
  });
  return answer.oneTimeTokenProperties;
}
