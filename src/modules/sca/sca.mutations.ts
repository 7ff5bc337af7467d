import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { FieldMapper } from "../../common/mutation-errors.js";
import { parseGlobalIdOf } from "../../common/node/global-id.js";
import { runMutation } from "../../common/run-mutation.js";
import { badScaToken, toScaChallenge } from "../../common/sca/sca-challenge.mapper.js";
import { UserError, UserErrorCode } from "../../common/user-error.js";
import type { Context } from "../../context/context.js";
import { addClientPublicKey } from "../../wise/endpoints/jose.js";
import {
  authoriseScaSession,
  createDeviceFingerprint,
  createFacemap,
  createPin,
  deleteDeviceFingerprint,
  deleteFacemap,
  deletePin,
  triggerOtp,
  verifyDeviceFingerprint,
  verifyFacemap,
  verifyOtp,
  verifyPin,
  type WiseOtpChannel,
} from "../../wise/endpoints/sca.js";
import type { WiseOneTimeToken } from "../../wise/schemas/sca.js";
import {
  ScaDeviceFingerprintCreateInput,
  ScaDeviceFingerprintDeleteInput,
  ScaDeviceFingerprintVerifyInput,
  ScaFacemapCreateInput,
  ScaFacemapDeleteInput,
  ScaFacemapVerifyInput,
  ScaOtpTriggerInput,
  ScaOtpVerifyInput,
  ScaPinCreateInput,
  ScaPinDeleteInput,
  ScaPinVerifyInput,
  ScaSessionAuthoriseInput,
  WiseClientPublicKeyAddInput,
  type JoseKeyScope,
} from "./sca.inputs.js";
import {
  ScaChallengePayload,
  ScaDeviceFingerprint,
  ScaDeviceFingerprintCreatePayload,
  ScaFactorPayload,
  ScaOtpTriggerPayload,
  WiseClientPublicKey,
  WiseClientPublicKeyAddPayload,
} from "./sca.types.js";

const profileKey = (id: string) => Number(parseGlobalIdOf(id, ["PersonalProfile", "BusinessProfile"], "input.profileId").key);

/** Wise's errors of a challenge call: the token header, or else the answer the input gave. */
const answerFields =
  (answer: string): FieldMapper =>
  (wisePath) =>
    wisePath === "One-Time-Token" ? ["input", "oneTimeToken"] : ["input", answer];

/** A 409 means the factor is already enrolled; a 404 that there is none to remove or check. */
const FACTOR_STATES = { 409: { code: UserErrorCode.NOT_ALLOWED, message: "This factor is already enrolled: delete it first.", field: null } };

const challengePayload = (wise: WiseOneTimeToken | null, userErrors: UserError[]) =>
  Object.assign(new ScaChallengePayload(), { scaChallenge: wise && toScaChallenge(wise.oneTimeToken, wise), userErrors });

const factorPayload = (done: boolean, userErrors: UserError[]) => Object.assign(new ScaFactorPayload(), { done, userErrors });

/** Runs a call that answers a one-time token, after checking the token's shape. */
async function challengeCall(token: string, answer: string, call: () => Promise<WiseOneTimeToken>): Promise<ScaChallengePayload> {
  const bad = badScaToken(token, ["input", "oneTimeToken"]);
  if (bad) return challengePayload(null, [bad]);
  const result = await runMutation(call, { fields: answerFields(answer), notFoundField: ["input", answer] });
  return "userErrors" in result ? challengePayload(null, result.userErrors) : challengePayload(result.value, []);
}

async function factorCall(answer: string | null, call: () => Promise<void>): Promise<ScaFactorPayload> {
  const result = await runMutation(call, { fields: () => (answer ? ["input", answer] : null), notFoundField: ["input", "profileId"], statusAsUserError: FACTOR_STATES });
  return "userErrors" in result ? factorPayload(false, result.userErrors) : factorPayload(true, []);
}

/** `yyyy-MM-dd HH:mm:ss` in UTC, as Wise dates keys. */
const keyDate = (date: Date) => date.toISOString().slice(0, 19).replace("T", " ");

@Resolver()
export class ScaMutations {
  @Mutation(() => ScaChallengePayload, {
    description: "Starts strong customer authentication on purpose: Wise answers a one-time token to clear, after which low-risk calls need no SCA for 5 minutes.",
  })
  async scaSessionAuthorise(
    @Arg("input", () => ScaSessionAuthoriseInput, { description: "The profile." }) input: ScaSessionAuthoriseInput,
    @Ctx() ctx: Context,
  ): Promise<ScaChallengePayload> {
    const profileId = profileKey(input.profileId);
    const result = await runMutation(() => authoriseScaSession(ctx.wise(), profileId), { notFoundField: ["input", "profileId"] });
    return "userErrors" in result ? challengePayload(null, result.userErrors) : challengePayload(result.value, []);
  }

  @Mutation(() => ScaChallengePayload, { description: "Answers the PIN challenge of a one-time token. A wrong PIN is a userError; five wrong answers burn the token." })
  async scaPinVerify(
    @Arg("input", () => ScaPinVerifyInput, { description: "The token and the PIN." }) input: ScaPinVerifyInput,
    @Ctx() ctx: Context,
  ): Promise<ScaChallengePayload> {
    const profileId = profileKey(input.profileId);
    return challengeCall(input.oneTimeToken, "pin", () => verifyPin(ctx.wise(), ctx.wiseKeys(), profileId, input.oneTimeToken, input.pin));
  }

  @Mutation(() => ScaOtpTriggerPayload, { description: "Sends a one-time password for the phone challenge of a one-time token, over the channel chosen." })
  async scaOtpTrigger(
    @Arg("input", () => ScaOtpTriggerInput, { description: "The token and the channel." }) input: ScaOtpTriggerInput,
    @Ctx() ctx: Context,
  ): Promise<ScaOtpTriggerPayload> {
    const done = (obfuscatedPhoneNumber: string | null, userErrors: UserError[]) => Object.assign(new ScaOtpTriggerPayload(), { obfuscatedPhoneNumber, userErrors });
    const bad = badScaToken(input.oneTimeToken, ["input", "oneTimeToken"]);
    if (bad) return done(null, [bad]);
    const channel = input.channel.toLowerCase() as WiseOtpChannel;
    const result = await runMutation(() => triggerOtp(ctx.wise(), channel, input.oneTimeToken), { fields: answerFields("channel") });
    return "userErrors" in result ? done(null, result.userErrors) : done(result.value, []);
  }

  @Mutation(() => ScaChallengePayload, { description: "Answers the phone challenge of a one-time token with the code scaOtpTrigger sent." })
  async scaOtpVerify(
    @Arg("input", () => ScaOtpVerifyInput, { description: "The token, the channel and the code." }) input: ScaOtpVerifyInput,
    @Ctx() ctx: Context,
  ): Promise<ScaChallengePayload> {
    const channel = input.channel.toLowerCase() as WiseOtpChannel;
    return challengeCall(input.oneTimeToken, "otpCode", () => verifyOtp(ctx.wise(), channel, input.oneTimeToken, input.otpCode));
  }

  @Mutation(() => ScaChallengePayload, { description: "Answers the device challenge of a one-time token with an enrolled device's fingerprint." })
  async scaDeviceFingerprintVerify(
    @Arg("input", () => ScaDeviceFingerprintVerifyInput, { description: "The token and the fingerprint." }) input: ScaDeviceFingerprintVerifyInput,
    @Ctx() ctx: Context,
  ): Promise<ScaChallengePayload> {
    const profileId = profileKey(input.profileId);
    return challengeCall(input.oneTimeToken, "deviceFingerprint", () =>
      verifyDeviceFingerprint(ctx.wise(), ctx.wiseKeys(), profileId, input.oneTimeToken, input.deviceFingerprint),
    );
  }

  @Mutation(() => ScaChallengePayload, { description: "Answers the FACE_MAP challenge of a one-time token with a facemap." })
  async scaFacemapVerify(
    @Arg("input", () => ScaFacemapVerifyInput, { description: "The token and the facemap." }) input: ScaFacemapVerifyInput,
    @Ctx() ctx: Context,
  ): Promise<ScaChallengePayload> {
    const profileId = profileKey(input.profileId);
    return challengeCall(input.oneTimeToken, "faceMap", () => verifyFacemap(ctx.wise(), profileId, input.oneTimeToken, input.faceMap));
  }

  @Mutation(() => ScaFactorPayload, { description: "Sets the profile's PIN (a knowledge factor). NOT_ALLOWED when it has one: delete it first." })
  async scaPinCreate(@Arg("input", () => ScaPinCreateInput, { description: "The profile and the PIN." }) input: ScaPinCreateInput, @Ctx() ctx: Context): Promise<ScaFactorPayload> {
    const profileId = profileKey(input.profileId);
    if (!/^\d{4}$/.test(input.pin)) return factorPayload(false, [UserError.of(UserErrorCode.INVALID, "A PIN is four digits.", ["input", "pin"])]);
    return factorCall("pin", () => createPin(ctx.wise(), ctx.wiseKeys(), profileId, input.pin));
  }

  @Mutation(() => ScaFactorPayload, { description: "Deletes the profile's PIN; irreversible. NOT_FOUND when it has none." })
  async scaPinDelete(@Arg("input", () => ScaPinDeleteInput, { description: "The profile." }) input: ScaPinDeleteInput, @Ctx() ctx: Context): Promise<ScaFactorPayload> {
    const profileId = profileKey(input.profileId);
    return factorCall(null, () => deletePin(ctx.wise(), profileId));
  }

  @Mutation(() => ScaDeviceFingerprintCreatePayload, { description: "Enrols a device (a possession factor); Wise keeps at most three per profile." })
  async scaDeviceFingerprintCreate(
    @Arg("input", () => ScaDeviceFingerprintCreateInput, { description: "The profile and the fingerprint." }) input: ScaDeviceFingerprintCreateInput,
    @Ctx() ctx: Context,
  ): Promise<ScaDeviceFingerprintCreatePayload> {
    const profileId = profileKey(input.profileId);
    const done = (deviceFingerprint: ScaDeviceFingerprint | null, userErrors: UserError[]) =>
      Object.assign(new ScaDeviceFingerprintCreatePayload(), { deviceFingerprint, userErrors });
    const result = await runMutation(() => createDeviceFingerprint(ctx.wise(), ctx.wiseKeys(), profileId, input.deviceFingerprint), {
      fields: () => ["input", "deviceFingerprint"],
      notFoundField: ["input", "profileId"],
      statusAsUserError: FACTOR_STATES,
    });
    if ("userErrors" in result) return done(null, result.userErrors);
    const createdAt = result.value.createdAt ? new Date(result.value.createdAt) : null;
    return done(
      Object.assign(new ScaDeviceFingerprint(), { id: result.value.deviceFingerprintId, createdAt: createdAt && !Number.isNaN(createdAt.getTime()) ? createdAt : null }),
      [],
    );
  }

  @Mutation(() => ScaFactorPayload, { description: "Removes an enrolled device; irreversible. NOT_FOUND for an unknown id." })
  async scaDeviceFingerprintDelete(
    @Arg("input", () => ScaDeviceFingerprintDeleteInput, { description: "The profile and the device's id." }) input: ScaDeviceFingerprintDeleteInput,
    @Ctx() ctx: Context,
  ): Promise<ScaFactorPayload> {
    const profileId = profileKey(input.profileId);
    const result = await runMutation(() => deleteDeviceFingerprint(ctx.wise(), profileId, input.deviceFingerprintId), { notFoundField: ["input", "deviceFingerprintId"] });
    return "userErrors" in result ? factorPayload(false, result.userErrors) : factorPayload(true, []);
  }

  @Mutation(() => ScaFactorPayload, {
    description: "Enrols a facemap (an inherence factor) exported from FaceTec with Wise's FaceTec public key. NOT_ALLOWED when the profile has one.",
  })
  async scaFacemapCreate(
    @Arg("input", () => ScaFacemapCreateInput, { description: "The profile and the facemap." }) input: ScaFacemapCreateInput,
    @Ctx() ctx: Context,
  ): Promise<ScaFactorPayload> {
    const profileId = profileKey(input.profileId);
    return factorCall("faceMap", () => createFacemap(ctx.wise(), profileId, input.faceMap));
  }

  @Mutation(() => ScaFactorPayload, { description: "Deletes the profile's facemap; irreversible. NOT_FOUND when it has none." })
  async scaFacemapDelete(@Arg("input", () => ScaFacemapDeleteInput, { description: "The profile." }) input: ScaFacemapDeleteInput, @Ctx() ctx: Context): Promise<ScaFactorPayload> {
    const profileId = profileKey(input.profileId);
    return factorCall(null, () => deleteFacemap(ctx.wise(), profileId));
  }

  @Mutation(() => WiseClientPublicKeyAddPayload, {
    description:
      "Partner operation (the server's client credentials): installs a client public key at Wise, for Wise to check signed requests (PAYLOAD_SIGNING) or to encrypt its answers (PAYLOAD_ENCRYPTION). The key belongs to the partner and serves every user it acts for. FORBIDDEN when the server has no client credentials.",
  })
  async wiseClientPublicKeyAdd(
    @Arg("input", () => WiseClientPublicKeyAddInput, { description: "The key and its validity." }) input: WiseClientPublicKeyAddInput,
    @Ctx() ctx: Context,
  ): Promise<WiseClientPublicKeyAddPayload> {
    const done = (key: WiseClientPublicKey | null, userErrors: UserError[]) => Object.assign(new WiseClientPublicKeyAddPayload(), { key, userErrors });
    const request = {
      keyId: input.keyId.toLowerCase(),
      scope: input.scope,
      validFrom: keyDate(input.validFrom),
      validTill: keyDate(input.validTill),
      publicKeyMaterial: { algorithm: input.algorithm, keyMaterial: input.publicKey },
    };
    const fields: FieldMapper = (path) => {
      const names: Record<string, string> = {
        keyId: "keyId",
        scope: "scope",
        validFrom: "validFrom",
        validTill: "validTill",
        "publicKeyMaterial.algorithm": "algorithm",
        "publicKeyMaterial.keyMaterial": "publicKey",
      };
      return path && names[path] ? ["input", names[path]] : null;
    };
    const result = await runMutation(() => addClientPublicKey(ctx.asPartnerBackend(), request), { fields });
    if ("userErrors" in result) return done(null, result.userErrors);
    const key = result.value;
    return done(
      Object.assign(new WiseClientPublicKey(), {
        keyId: key.keyId,
        scope: key.scope as JoseKeyScope,
        algorithm: key.publicKeyMaterial.algorithm,
        validFrom: key.validFrom ?? null,
        validTill: key.validTill ?? null,
      }),
      [],
    );
  }
}
