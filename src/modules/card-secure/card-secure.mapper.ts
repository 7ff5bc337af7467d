import { toEnum } from "../../common/enum.js";
import type { WiseApplePayPayload, WiseGooglePayPayload, WisePaymentToken } from "../../wise/schemas/card-secure.js";
import { CardPaymentTokenStatus, CardWallet } from "./card-secure.enums.js";
import { ApplePayProvisioning, CardPaymentToken, GooglePayProvisioning, GooglePayUserAddress } from "./card-secure.types.js";

const dateOrNull = (iso: string | null | undefined): Date | null => {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
};

export function toCardPaymentToken(wise: WisePaymentToken): CardPaymentToken {
  return Object.assign(new CardPaymentToken(), {
    wallet: toEnum(CardWallet, "CardWallet", wise.walletName),
    paymentTokenUniqueReference: wise.paymentTokenUniqueReference,
    panUniqueReference: wise.panUniqueReference || null,
    status: toEnum(CardPaymentTokenStatus, "CardPaymentTokenStatus", wise.provisioningStatus),
    createdAt: dateOrNull(wise.creationTime),
    updatedAt: dateOrNull(wise.modificationTime),
  });
}

export function toGooglePayProvisioning(wise: WiseGooglePayPayload): GooglePayProvisioning {
  const address = wise.userAddress;
  return Object.assign(new GooglePayProvisioning(), {
    opaquePaymentCard: wise.opaquePaymentCard,
    cardNetwork: wise.cardNetwork ?? null,
    tokenServiceProvider: wise.tokenServiceProvider ?? null,
    cardDisplayName: wise.cardDisplayName ?? null,
    cardLastDigits: wise.cardLastDigits ?? null,
    userAddress: address
      ? Object.assign(new GooglePayUserAddress(), {
          addressLine1: address.addressLine1 ?? null,
          addressLine2: address.addressLine2 ?? null,
          countryCode: address.countryCode ?? null,
          locality: address.locality ?? null,
          administrativeArea: address.administrativeArea ?? null,
          name: address.name ?? null,
          phoneNumber: address.phoneNumber ?? null,
          postalCode: address.postalCode ?? null,
        })
      : null,
  });
}

export function toApplePayProvisioning(wise: WiseApplePayPayload): ApplePayProvisioning {
  return Object.assign(new ApplePayProvisioning(), { encryptedPassData: wise.encryptedPassData, activationData: wise.activationData, ephemeralKey: wise.ephemeralKey });
}
