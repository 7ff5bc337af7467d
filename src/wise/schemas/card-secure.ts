import { z } from "zod";
import { wiseDecimal, wiseId } from "./common.js";

/** Wise's twcard RSA public key: its version and the key (base64 DER). */
export const wiseCardEncryptionKey = z.object({ version: wiseId, key: z.string().min(1) });
export type WiseCardEncryptionKey = z.infer<typeof wiseCardEncryptionKey>;

/** The card data answers, taken as text: only a sealed JWE is passed on (card-data-answer.ts). */
export const wiseSealedAnswer = z.string();

/** `{cardOrderId}`: the order whose PIN was set. */
export const wisePresetPinAnswer = z.object({ cardOrderId: z.union([z.string(), wiseId.transform(String)]) });

export const wiseWalletName = z.string();

export const wisePaymentToken = z.object({
  cardToken: z.string(),
  walletName: wiseWalletName,
  paymentTokenUniqueReference: z.string(),
  panUniqueReference: z.string().nullish(),
  provisioningStatus: z.string(),
  creationTime: z.string().nullish(),
  modificationTime: z.string().nullish(),
});
export type WisePaymentToken = z.infer<typeof wisePaymentToken>;

export const wisePaymentTokens = z.object({ paymentTokens: z.array(wisePaymentToken) });

/** Google Pay's push provisioning data: the opaque card (for Google alone) and what the wallet displays. */
export const wiseGooglePayPayload = z.object({
  opaquePaymentCard: z.string(),
  cardNetwork: z.string().nullish(),
  tokenServiceProvider: z.string().nullish(),
  cardDisplayName: z.string().nullish(),
  cardLastDigits: z.string().nullish(),
  userAddress: z
    .object({
      addressLine1: z.string().nullish(),
      addressLine2: z.string().nullish(),
      countryCode: z.string().nullish(),
      locality: z.string().nullish(),
      administrativeArea: z.string().nullish(),
      name: z.string().nullish(),
      phoneNumber: z.string().nullish(),
      postalCode: z.string().nullish(),
    })
    .nullish(),
});
export type WiseGooglePayPayload = z.infer<typeof wiseGooglePayPayload>;

/** Apple Pay's push provisioning data, encrypted for Apple. */
export const wiseApplePayPayload = z.object({ encryptedPassData: z.string(), activationData: z.string(), ephemeralKey: z.string() });
export type WiseApplePayPayload = z.infer<typeof wiseApplePayPayload>;

/** The sandbox's 3DS challenge, as its simulation answers it. */
export const wiseThreeDsChallenge = z.object({
  transactionReference: z.string(),
  cardToken: z.string(),
  profileId: wiseId,
  challengeMethod: z.string(),
  channel: z.string().nullish(),
  amount: z.object({ value: wiseDecimal, currency: z.string() }),
  merchant: z.object({ name: z.string(), country: z.string().nullish(), category: z.string().nullish(), url: z.string().nullish() }),
  occurredAt: z.string(),
  expiresAt: z.string(),
  challengeExpiresAfter: wiseId,
  result: z.string().nullish(),
});
export type WiseThreeDsChallenge = z.infer<typeof wiseThreeDsChallenge>;
