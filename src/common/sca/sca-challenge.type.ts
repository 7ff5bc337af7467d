import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

export enum ScaChallengeType {
  PIN = "PIN",
  FACE_MAP = "FACE_MAP",
  SMS = "SMS",
  WHATSAPP = "WHATSAPP",
  VOICE = "VOICE",
  PARTNER_DEVICE_FINGERPRINT = "PARTNER_DEVICE_FINGERPRINT",
  OTHER = "OTHER",
}

registerEnumType(ScaChallengeType, {
  name: "ScaChallengeType",
  description: "A way to prove who you are to Wise, and the mutation that clears it.",
  valuesConfig: {
    PIN: { description: "The profile's PIN: scaPinVerify." },
    FACE_MAP: { description: "A face scan exported from FaceTec: scaFacemapVerify." },
    SMS: { description: "A code sent by SMS: scaOtpTrigger then scaOtpVerify with channel SMS." },
    WHATSAPP: { description: "A code sent by WhatsApp: scaOtpTrigger then scaOtpVerify with channel WHATSAPP." },
    VOICE: { description: "A code read out in a phone call: scaOtpTrigger then scaOtpVerify with channel VOICE." },
    PARTNER_DEVICE_FINGERPRINT: { description: "An enrolled device: scaDeviceFingerprintVerify." },
    OTHER: { description: "A challenge type this API does not know yet; it cannot be cleared through it." },
  },
});

@ObjectType({ simpleResolvers: true, description: "One challenge of a one-time token: passing its type, or any of its alternatives, passes it." })
export class ScaChallengeStep {
  @Field(() => ScaChallengeType, { description: "The challenge Wise offers first." })
  type!: ScaChallengeType;

  @Field(() => [ScaChallengeType], { description: "Challenges that pass it instead (WhatsApp or voice instead of SMS)." })
  alternatives!: ScaChallengeType[];

  @Field({ description: "Whether it must be passed before the token is cleared." })
  required!: boolean;

  @Field({ description: "Whether it has been passed." })
  passed!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "Wise's strong customer authentication challenge: a one-time token and the challenges that clear it. Clear the required ones with the sca* mutations, then repeat the refused operation with scaToken set to oneTimeToken.",
})
export class ScaChallenge {
  @Field({ description: "The one-time token: pass it to the sca* mutations, then as scaToken to the refused operation. Single use, and it expires." })
  oneTimeToken!: string;

  @Field(() => [ScaChallengeStep], { description: "The challenges, required or not, and which are passed; empty when Wise's list could not be read." })
  challenges!: ScaChallengeStep[];

  @Field({ description: "True once every required challenge is passed: the token can now be sent as scaToken." })
  cleared!: boolean;

  @Field(() => Int, { nullable: true, description: "Seconds until the token expires, when Wise says." })
  expiresInSeconds!: number | null;

  @Field(() => String, { nullable: true, description: "The action the token unlocks, as Wise names it (e.g. TRANSFER__FUND); null for an SCA session." })
  actionType!: string | null;
}
