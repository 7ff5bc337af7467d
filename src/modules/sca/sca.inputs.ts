import { Field, ID, InputType, registerEnumType } from "type-graphql";
import { DateTimeScalar, UUIDScalar } from "../../common/scalars/index.js";

export enum ScaOtpChannel {
  SMS = "SMS",
  WHATSAPP = "WHATSAPP",
  VOICE = "VOICE",
}

registerEnumType(ScaOtpChannel, {
  name: "ScaOtpChannel",
  description: "How Wise sends a one-time password to the user's phone.",
  valuesConfig: {
    SMS: { description: "A text message." },
    WHATSAPP: { description: "A WhatsApp message." },
    VOICE: { description: "A phone call that reads the code out." },
  },
});

export enum JoseKeyScope {
  PAYLOAD_SIGNING = "PAYLOAD_SIGNING",
  PAYLOAD_ENCRYPTION = "PAYLOAD_ENCRYPTION",
}

registerEnumType(JoseKeyScope, {
  name: "JoseKeyScope",
  description: "What a JOSE key is for.",
  valuesConfig: {
    PAYLOAD_SIGNING: { description: "Signing (JWS): requests by the client, answers by Wise." },
    PAYLOAD_ENCRYPTION: { description: "Encryption (JWE): bodies sent to Wise, or Wise's answers to the client." },
  },
});

@InputType({ description: "The profile to start an SCA session for." })
export class ScaSessionAuthoriseInput {
  @Field(() => ID, { description: "The profile's global ID." })
  profileId!: string;
}

@InputType({ description: "A new PIN for a profile." })
export class ScaPinCreateInput {
  @Field(() => ID, { description: "The profile's global ID." })
  profileId!: string;

  @Field({ description: "Four digits. Sent to Wise encrypted for it alone (JWE); never stored or logged here." })
  pin!: string;
}

@InputType({ description: "The profile whose PIN to delete." })
export class ScaPinDeleteInput {
  @Field(() => ID, { description: "The profile's global ID." })
  profileId!: string;
}

@InputType({ description: "A PIN answering the PIN challenge of a one-time token." })
export class ScaPinVerifyInput {
  @Field(() => ID, { description: "The global ID of the profile the token was issued for." })
  profileId!: string;

  @Field({ description: "The one-time token (scaChallenge.oneTimeToken)." })
  oneTimeToken!: string;

  @Field({ description: "The profile's PIN. Sent to Wise encrypted for it alone (JWE)." })
  pin!: string;
}

@InputType({ description: "The phone challenge of a one-time token to send a code for." })
export class ScaOtpTriggerInput {
  @Field({ description: "The one-time token (scaChallenge.oneTimeToken)." })
  oneTimeToken!: string;

  @Field(() => ScaOtpChannel, { description: "How to send the code: the challenge's type or one of its alternatives." })
  channel!: ScaOtpChannel;
}

@InputType({ description: "A one-time password answering the phone challenge of a one-time token." })
export class ScaOtpVerifyInput {
  @Field({ description: "The one-time token (scaChallenge.oneTimeToken)." })
  oneTimeToken!: string;

  @Field(() => ScaOtpChannel, { description: "The channel the code was sent over (scaOtpTrigger)." })
  channel!: ScaOtpChannel;

  @Field({ description: "The six-digit code received." })
  otpCode!: string;
}

@InputType({ description: "A device to enrol as a possession factor." })
export class ScaDeviceFingerprintCreateInput {
  @Field(() => ID, { description: "The profile's global ID." })
  profileId!: string;

  @Field({ description: "The device's fingerprint. Sent to Wise encrypted for it alone (JWE)." })
  deviceFingerprint!: string;
}

@InputType({ description: "A device fingerprint answering the device challenge of a one-time token." })
export class ScaDeviceFingerprintVerifyInput {
  @Field(() => ID, { description: "The global ID of the profile the token was issued for." })
  profileId!: string;

  @Field({ description: "The one-time token (scaChallenge.oneTimeToken)." })
  oneTimeToken!: string;

  @Field({ description: "The fingerprint of an enrolled device. Sent to Wise encrypted for it alone (JWE)." })
  deviceFingerprint!: string;
}

@InputType({ description: "An enrolled device to remove." })
export class ScaDeviceFingerprintDeleteInput {
  @Field(() => ID, { description: "The profile's global ID." })
  profileId!: string;

  @Field({ description: "The id scaDeviceFingerprintCreate answered." })
  deviceFingerprintId!: string;
}

@InputType({ description: "A facemap to enrol as an inherence factor." })
export class ScaFacemapCreateInput {
  @Field(() => ID, { description: "The profile's global ID." })
  profileId!: string;

  @Field({ description: "The facemap exported from FaceTec with Wise's FaceTec public key, base64." })
  faceMap!: string;
}

@InputType({ description: "A facemap answering the FACE_MAP challenge of a one-time token." })
export class ScaFacemapVerifyInput {
  @Field(() => ID, { description: "The global ID of the profile the token was issued for." })
  profileId!: string;

  @Field({ description: "The one-time token (scaChallenge.oneTimeToken)." })
  oneTimeToken!: string;

  @Field({ description: "The facemap, exported as for enrolment, base64." })
  faceMap!: string;
}

@InputType({ description: "The profile whose facemap to delete." })
export class ScaFacemapDeleteInput {
  @Field(() => ID, { description: "The profile's global ID." })
  profileId!: string;
}

@InputType({ description: "A client public key to install at Wise." })
export class WiseClientPublicKeyAddInput {
  @Field(() => UUIDScalar, { description: "The key's id, a UUID the client chooses (the JOSE `kid`)." })
  keyId!: string;

  @Field(() => JoseKeyScope, { description: "What Wise uses it for: checking signed requests, or encrypting its answers." })
  scope!: JoseKeyScope;

  @Field({ description: "ES256, ES384, ES512, PS256, PS384 or PS512 for signing; RSA_OAEP_256 for encryption." })
  algorithm!: string;

  @Field({ description: "The public key: base64 of its DER SubjectPublicKeyInfo." })
  publicKey!: string;

  @Field(() => DateTimeScalar, { description: "From when the key is valid." })
  validFrom!: Date;

  @Field(() => DateTimeScalar, { description: "Until when the key is valid." })
  validTill!: Date;
}
