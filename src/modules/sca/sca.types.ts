import { Field, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../common/scalars/index.js";
import { ScaChallenge } from "../../common/sca/sca-challenge.type.js";
import { UserError } from "../../common/user-error.js";
import { JoseKeyScope } from "./sca.inputs.js";

@ObjectType({ simpleResolvers: true, description: "The result of a mutation that starts or answers a one-time token's challenge." })
export class ScaChallengePayload {
  @Field(() => ScaChallenge, { nullable: true, description: "The token's challenges after this call; cleared is true once it can be sent as scaToken." })
  scaChallenge!: ScaChallenge | null;

  @Field(() => [UserError], { description: "Why not (a wrong answer, an unknown or expired token); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of a mutation that enrols or removes an SCA factor." })
export class ScaFactorPayload {
  @Field({ description: "True when Wise did it." })
  done!: boolean;

  @Field(() => [UserError], { description: "Why not (already enrolled, not found, malformed); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "An enrolled device." })
export class ScaDeviceFingerprint {
  @Field({ description: "Wise's id of the device fingerprint, for scaDeviceFingerprintDelete." })
  id!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: "When it was enrolled." })
  createdAt!: Date | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of scaDeviceFingerprintCreate." })
export class ScaDeviceFingerprintCreatePayload {
  @Field(() => ScaDeviceFingerprint, { nullable: true, description: "The enrolled device." })
  deviceFingerprint!: ScaDeviceFingerprint | null;

  @Field(() => [UserError], { description: "Why not (already enrolled, three devices already); empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "The result of scaOtpTrigger." })
export class ScaOtpTriggerPayload {
  @Field(() => String, { nullable: true, description: "The phone number the code went to, masked but for its last digits." })
  obfuscatedPhoneNumber!: string | null;

  @Field(() => [UserError], { description: "Why no code was sent; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ simpleResolvers: true, description: "A public key of Wise's, for JOSE." })
export class WisePublicKey {
  @Field(() => Int, { description: "The key's version." })
  version!: number;

  @Field(() => JoseKeyScope, { description: "What the key is for." })
  scope!: JoseKeyScope;

  @Field({ description: "The algorithm to use it with." })
  algorithm!: string;

  @Field({ description: "The key: base64 of its DER SubjectPublicKeyInfo." })
  keyMaterial!: string;
}

@ObjectType({ simpleResolvers: true, description: "A client public key installed at Wise." })
export class WiseClientPublicKey {
  @Field({ description: "The key's id (the JOSE `kid`)." })
  keyId!: string;

  @Field(() => JoseKeyScope, { description: "What Wise uses it for." })
  scope!: JoseKeyScope;

  @Field({ description: "The algorithm." })
  algorithm!: string;

  @Field(() => String, { nullable: true, description: "From when it is valid, as Wise wrote it (yyyy-MM-dd HH:mm:ss, UTC)." })
  validFrom!: string | null;

  @Field(() => String, { nullable: true, description: "Until when it is valid, as Wise wrote it (yyyy-MM-dd HH:mm:ss, UTC)." })
  validTill!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "The result of wiseClientPublicKeyAdd." })
export class WiseClientPublicKeyAddPayload {
  @Field(() => WiseClientPublicKey, { nullable: true, description: "The installed key." })
  key!: WiseClientPublicKey | null;

  @Field(() => [UserError], { description: "Why it was not installed; empty on success." })
  userErrors!: UserError[];
}
