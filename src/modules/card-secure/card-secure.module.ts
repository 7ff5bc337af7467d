import { createCardPaymentTokenLoaders } from "../../loaders/card-payment-token.loader.js";
import { defineModule } from "../module.js";
import { CardThreeDsSimulationMutations } from "./card-3ds-simulation.mutations.js";
import { CardThreeDsMutations } from "./card-3ds.mutations.js";
import { CardPaymentTokensResolver } from "./card-payment-tokens.resolver.js";
import { CardSensitiveDetailsResolver } from "./card-sensitive-details.resolver.js";
import { CardWalletMutations } from "./card-wallet.mutations.js";

/**
 * A card's secrets and wallets: the sensitive details and PIN sealed for the client alone, the
 * PIN chosen while ordering, push provisioning to Google Pay and Apple Pay, the card's wallet
 * tokens, and 3D Secure challenge results (and, sandbox only, a challenge raised).
 */
export const cardSecureModule = defineModule(() => ({
  resolvers: [CardSensitiveDetailsResolver, CardWalletMutations, CardPaymentTokensResolver, CardThreeDsMutations],
  sandboxOnlyResolvers: [CardThreeDsSimulationMutations],
  loaders: createCardPaymentTokenLoaders,
}));
