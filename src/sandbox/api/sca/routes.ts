// Strong customer authentication: one-time token status, SCA sessions, and enrolling and
// verifying each factor (PIN, device fingerprint, facemap, phone OTP). Verifying a factor passes
// its challenge on the caller's own one-time token; the answer is the token's new state.
// PIN and device-fingerprint bodies are JWE only (jose-body.ts).

import { randomUUID } from "node:crypto";
import { profileFromPath } from "../../auth.js";
import { jsonBody, type JsonObject } from "../../body.js";
import { json, notFound, wiseErrors, type Reply } from "../../http.js";
import type { ProfileRecord } from "../../model.js";
import type { Ctx, RouteDef } from "../../route.js";
import { ottCleared, PHONE_CHANNELS, SCA_SESSION_MS, type ChallengeType, type OttRecord, type ScaFactors } from "../../sca-state.js";
import { joseBody } from "./jose-body.js";
import { failedAttempt, issueOtt, ottFromHeader, ottView } from "./ott.js";

/** Wise allows this many enrolled devices per profile. */
const MAX_DEVICE_FINGERPRINTS = 3;

const empty = (status: number): Reply => ({ status, body: "" });

function requiredString(body: JsonObject, name: string): string {
  const value = body[name];
  if (typeof value !== "string" || value.trim() === "") throw wiseErrors(400, { code: "NotBlank", message: "must not be blank", path: name, arguments: [] });
  return value;
}

/** The caller's token for this profile (a token started on another profile is not this one's to clear). */
function ottOfProfile(ctx: Ctx, profile: ProfileRecord): OttRecord {
  const ott = ottFromHeader(ctx);
  if (ott.profileId !== profile.id)
    throw wiseErrors(400, { code: "ott.invalid", message: "The one-time token is unknown, expired or already used.", path: "One-Time-Token", arguments: [] });
  return ott;
}

/** The profile a deprecated v1 verify acts on: the one its token was started for. */
function ottAndProfile(ctx: Ctx): { ott: OttRecord; factors: ScaFactors } {
  const ott = ottFromHeader(ctx);
  return { ott, factors: ctx.store.sca.factorsOf(ott.profileId) };
}

/** Passes `type` on the token when the answer matches; a wrong answer counts toward burning it. */
function pass(ctx: Ctx, ott: OttRecord, type: ChallengeType, matches: boolean, failure: { code: string; message: string }): Reply {
  if (!ott.challenges.some((c) => c.types.includes(type))) {
    throw wiseErrors(400, { code: "challenge.not.available", message: `The one-time token has no ${type} challenge.`, arguments: [type] });
  }
  if (!matches) throw failedAttempt(ott, failure.code, failure.message);
  ott.passed.add(type);
  ott.failedAttempts = 0;
  // Clearing a token opens an SCA session: low-risk calls need no SCA for a while.
  if (ottCleared(ott)) ctx.store.sca.sessionUntil.set(ott.userId, ctx.now() + SCA_SESSION_MS);
  return json(ottView(ctx, ott));
}

function verifyPin(ctx: Ctx, ott: OttRecord, factors: ScaFactors, body: JsonObject): Reply {
  if (factors.pin === null) throw notFound("PIN", "pin", String(ott.profileId));
  return pass(ctx, ott, "PIN", requiredString(body, "pin") === factors.pin, { code: "pin.invalid", message: "The PIN is not correct." });
}

function verifyDevice(ctx: Ctx, ott: OttRecord, factors: ScaFactors, body: JsonObject): Reply {
  const value = requiredString(body, "deviceFingerprint");
  return pass(
    ctx,
    ott,
    "PARTNER_DEVICE_FINGERPRINT",
    factors.deviceFingerprints.some((d) => d.value === value),
    {
      code: "device.fingerprint.invalid",
      message: "The device fingerprint is not enrolled.",
    },
  );
}

function verifyFaceMap(ctx: Ctx, ott: OttRecord, factors: ScaFactors, body: JsonObject): Reply {
  if (factors.faceMap === null) throw notFound("Facemap", "faceMap", String(ott.profileId));
  return pass(ctx, ott, "FACE_MAP", requiredString(body, "faceMap") === factors.faceMap, { code: "facemap.invalid", message: "The facemap does not match." });
}

function isBase64(text: string): boolean {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(text) && text.length % 4 === 0;
}

const statusRoute = (path: string): RouteDef => ({ method: "GET", path, handler: (ctx) => json(ottView(ctx, ottFromHeader(ctx, 404))) });

function otpRoutes(): RouteDef[] {
  return PHONE_CHANNELS.flatMap((type): RouteDef[] => {
    const channel = type.toLowerCase();
    return [
      {
        method: "POST",
        path: `/v1/one-time-token/${channel}/trigger`,
        handler: (ctx) => {
          const ott = ottFromHeader(ctx);
          const phone = ctx.store.sca.factorsOf(ott.profileId).phone;
          if (phone === null || !ott.challenges.some((c) => c.types.includes(type))) {
            throw wiseErrors(400, { code: "challenge.not.available", message: `The one-time token has no ${type} challenge.`, arguments: [type] });
          }
          ott.triggered.add(type);
          return json({ obfuscatedPhoneNo: `${"*".repeat(Math.max(0, phone.length - 4))}${phone.slice(-4)}` });
        },
      },
      {
        method: "POST",
        path: `/v1/one-time-token/${channel}/verify`,
        handler: async (ctx) => {
          const ott = ottFromHeader(ctx);
          const code = requiredString(await jsonBody(ctx), "otpCode");
          if (!ott.triggered.has(type)) {
            throw wiseErrors(400, { code: "otp.not.triggered", message: `Trigger the ${type} challenge first.`, arguments: [type] });
          }
          return pass(ctx, ott, type, code === ctx.user.otp, { code: "otp.invalid", message: "The code is not correct." });
        },
      },
    ];
  });
}

export const scaRoutes: RouteDef[] = [
  statusRoute("/v1/one-time-token/status"),
  // The deprecated path of the same status, still served.
  statusRoute("/v1/identity/one-time-token/status"),
  {
    method: "POST",
    path: "/v2/profiles/:profileId/sca-sessions/authorise",
    handler: (ctx) => json(ottView(ctx, issueOtt(ctx, profileFromPath(ctx).id, null, null))),
  },
  {
    method: "POST",
    path: "/v2/profiles/:profileId/pin",
    handler: async (ctx) => {
      const factors = ctx.store.sca.factorsOf(profileFromPath(ctx).id);
      const pin = requiredString(await joseBody(ctx), "pin");
      if (!/^\d{4}$/.test(pin)) throw wiseErrors(400, { code: "NOT_VALID", message: "The PIN must be four digits.", path: "pin", arguments: [] });
      if (factors.pin !== null) throw wiseErrors(409, { code: "pin.already.exists", message: "A PIN has already been created for this profile.", arguments: [] });
      factors.pin = pin;
      return empty(200);
    },
  },
  {
    method: "DELETE",
    path: "/v2/profiles/:profileId/pin",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      const factors = ctx.store.sca.factorsOf(profile.id);
      if (factors.pin === null) throw notFound("PIN", "pin", String(profile.id));
      factors.pin = null;
      return empty(204);
    },
  },
  {
    method: "POST",
    path: "/v2/profiles/:profileId/pin/verify",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const body = await joseBody(ctx);
      return verifyPin(ctx, ottOfProfile(ctx, profile), ctx.store.sca.factorsOf(profile.id), body);
    },
  },
  {
    method: "POST",
    path: "/v1/one-time-token/pin/verify",
    handler: async (ctx) => {
      const body = await joseBody(ctx);
      const { ott, factors } = ottAndProfile(ctx);
      return verifyPin(ctx, ott, factors, body);
    },
  },
  {
    method: "POST",
    path: "/v2/profiles/:profileId/device-fingerprints",
    handler: async (ctx) => {
      const factors = ctx.store.sca.factorsOf(profileFromPath(ctx).id);
      const value = requiredString(await joseBody(ctx), "deviceFingerprint");
      if (factors.deviceFingerprints.some((d) => d.value === value)) {
        throw wiseErrors(409, { code: "device.fingerprint.already.exists", message: "The device fingerprint has already been created.", arguments: [] });
      }
      if (factors.deviceFingerprints.length >= MAX_DEVICE_FINGERPRINTS) {
        throw wiseErrors(400, {
          code: "device.fingerprint.limit",
          message: `At most ${MAX_DEVICE_FINGERPRINTS} device fingerprints can be enrolled.`,
          arguments: [MAX_DEVICE_FINGERPRINTS],
        });
      }
      const record = { id: randomUUID(), value, createdMs: ctx.now() };
      factors.deviceFingerprints.push(record);
      return json({ deviceFingerprintId: record.id, createdAt: new Date(record.createdMs).toISOString() });
    },
  },
  {
    method: "POST",
    path: "/v2/profiles/:profileId/device-fingerprints/verify",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const body = await joseBody(ctx);
      return verifyDevice(ctx, ottOfProfile(ctx, profile), ctx.store.sca.factorsOf(profile.id), body);
    },
  },
  {
    method: "POST",
    path: "/v1/one-time-token/partner-device-fingerprint/verify",
    handler: async (ctx) => {
      const body = await joseBody(ctx);
      const { ott, factors } = ottAndProfile(ctx);
      return verifyDevice(ctx, ott, factors, body);
    },
  },
  {
    method: "DELETE",
    path: "/v2/profiles/:profileId/device-fingerprints/:deviceFingerprintId",
    handler: (ctx) => {
      const factors = ctx.store.sca.factorsOf(profileFromPath(ctx).id);
      const id = ctx.params.deviceFingerprintId ?? "";
      const index = factors.deviceFingerprints.findIndex((d) => d.id === id);
      if (index < 0) throw notFound("Device fingerprint", "deviceFingerprintId", id);
      factors.deviceFingerprints.splice(index, 1);
      return empty(204);
    },
  },
  {
    method: "POST",
    path: "/v2/profiles/:profileId/facemaps",
    handler: async (ctx) => {
      const factors = ctx.store.sca.factorsOf(profileFromPath(ctx).id);
      const faceMap = requiredString(await jsonBody(ctx), "faceMap");
      if (!isBase64(faceMap)) throw wiseErrors(400, { code: "NOT_VALID", message: "faceMap must be base64.", path: "faceMap", arguments: [] });
      if (factors.faceMap !== null) throw wiseErrors(409, { code: "facemap.already.exists", message: "A facemap has already been created for this profile.", arguments: [] });
      factors.faceMap = faceMap;
      return empty(204);
    },
  },
  {
    method: "POST",
    path: "/v2/profiles/:profileId/facemaps/verify",
    handler: async (ctx) => {
      const profile = profileFromPath(ctx);
      const body = await jsonBody(ctx);
      return verifyFaceMap(ctx, ottOfProfile(ctx, profile), ctx.store.sca.factorsOf(profile.id), body);
    },
  },
  {
    method: "POST",
    path: "/v1/one-time-token/facemap/verify",
    handler: async (ctx) => {
      const body = await jsonBody(ctx);
      const { ott, factors } = ottAndProfile(ctx);
      return verifyFaceMap(ctx, ott, factors, body);
    },
  },
  {
    method: "DELETE",
    path: "/v2/profiles/:profileId/facemaps",
    handler: (ctx) => {
      const profile = profileFromPath(ctx);
      const factors = ctx.store.sca.factorsOf(profile.id);
      if (factors.faceMap === null) throw notFound("Facemap", "faceMap", String(profile.id));
      factors.faceMap = null;
      return empty(204);
    },
  },
  ...otpRoutes(),
];
