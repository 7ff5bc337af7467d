import { z } from "zod";
import { wiseId } from "./common.js";

/** `GET /v1/auth/jose/response/public-keys`: one of Wise's public keys (base64 DER, SubjectPublicKeyInfo). */
export const wiseJosePublicKey = z.object({
  version: wiseId,
  keyMaterial: z.object({ algorithm: z.string(), keyMaterial: z.string() }),
  scope: z.string(),
});

export type WiseJosePublicKey = z.infer<typeof wiseJosePublicKey>;

/** `POST /v1/auth/jose/request/public-keys`: the client key Wise installed. */
export const wiseClientPublicKey = z.object({
  keyId: z.string(),
  scope: z.string(),
  validFrom: z.string().nullish(),
  validTill: z.string().nullish(),
  publicKeyMaterial: z.object({ algorithm: z.string(), keyMaterial: z.string() }),
  clientId: z.unknown().nullish(),
  deactivationTimestamp: z.unknown().nullish(),
});

export type WiseClientPublicKey = z.infer<typeof wiseClientPublicKey>;
