import DataLoader from "dataloader";
import { listPaymentTokens, type WiseWalletName } from "../wise/endpoints/card-wallets.js";
import type { WisePaymentToken } from "../wise/schemas/card-secure.js";
import type { WiseSession } from "../wise/session.js";

export interface CardPaymentTokensKey {
  profileId: number;
  cardToken: string;
}

/** Every wallet Wise lists payment tokens for: the list asks for all of them, so one call per card serves any filter. */
const ALL_WALLETS: readonly WiseWalletName[] = ["APPLE_PAY", "GOOGLE_PAY"];

/** A card's wallet tokens: one call per card per request. */
export function createCardPaymentTokenLoaders(wise: () => WiseSession) {
  return {
    cardPaymentTokens: new DataLoader<CardPaymentTokensKey, WisePaymentToken[], string>(
      (keys) => Promise.all(keys.map((key) => listPaymentTokens(wise(), key.profileId, key.cardToken, ALL_WALLETS).catch((error: Error) => error))),
      { batch: false, cacheKeyFn: (key) => `${key.profileId}:${key.cardToken}` },
    ),
  };
}
