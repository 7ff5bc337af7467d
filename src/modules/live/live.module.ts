import { defineModule } from "../module.js";
import { CardFamiliesSubscriptions } from "./card-families.resolver.js";
import {
  CardOrderStatusChangeResolver,
  CardProductionStatusChangeResolver,
  CardProvisioningVerificationResolver,
  CardStatusChangeResolver,
  CardThreeDsChallengeResolver,
  CardTransactionChangeResolver,
} from "./card-nodes.resolver.js";
import { AccountDetailsPaymentChangeResolver, BalanceChangeResolver, BalanceFamiliesSubscriptions } from "./balance-families.resolver.js";
import {
  BalanceAccountStateChangeResolver,
  BatchPaymentInitiationChangeResolver,
  KycReviewChangeResolver,
  ProfileFamiliesSubscriptions,
  ProfileVerificationChangeResolver,
} from "./profile-families.resolver.js";
import { TransferStateChangeResolver } from "./transfer-state-change.resolver.js";
import { TransferActiveCasesChangeResolver, TransferFamiliesSubscriptions, TransferPayoutFailureResolver, TransferRefundResolver } from "./transfer-families.resolver.js";

/** Live updates: Subscription fields fed by Wise's webhook events (served over WebSocket, src/live/). */
export const liveModule = defineModule(() => ({
  resolvers: [
    TransferStateChangeResolver,
    TransferFamiliesSubscriptions,
    TransferActiveCasesChangeResolver,
    TransferPayoutFailureResolver,
    TransferRefundResolver,
    BalanceFamiliesSubscriptions,
    BalanceChangeResolver,
    AccountDetailsPaymentChangeResolver,
    ProfileFamiliesSubscriptions,
    ProfileVerificationChangeResolver,
    BalanceAccountStateChangeResolver,
    KycReviewChangeResolver,
    BatchPaymentInitiationChangeResolver,
    CardFamiliesSubscriptions,
    CardTransactionChangeResolver,
    CardStatusChangeResolver,
    CardOrderStatusChangeResolver,
    CardProductionStatusChangeResolver,
    CardThreeDsChallengeResolver,
    CardProvisioningVerificationResolver,
  ],
}));
