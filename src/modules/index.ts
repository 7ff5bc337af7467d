import { accountDetailsModule } from "./account-details/account-details.module.js";
import { activityModule } from "./activity/activity.module.js";
import { addressModule } from "./address/address.module.js";
import { balanceModule } from "./balance/balance.module.js";
import { cardTransactionModule } from "./card-transaction/card-transaction.module.js";
import { cardModule } from "./card/card.module.js";
import { businessPeopleModule } from "./business-people/business-people.module.js";
import { batchGroupModule } from "./batch-group/batch-group.module.js";
import { balanceLimitsModule } from "./balance-limits/balance-limits.module.js";
import { comparisonModule } from "./comparison/comparison.module.js";
import { contactModule } from "./contact/contact.module.js";
import { cardSecureModule } from "./card-secure/card-secure.module.js";
import { currencyModule } from "./currency/currency.module.js";
import { disputeModule } from "./dispute/dispute.module.js";
import { deliveryEstimateModule } from "./delivery-estimate/delivery-estimate.module.js";
import { fundingModule } from "./funding/funding.module.js";
import { kycReviewModule } from "./kyc-review/kyc-review.module.js";
import { liveModule } from "./live/live.module.js";
import { profileModule } from "./profile/profile.module.js";
import { profileWriteModule } from "./profile-write/profile-write.module.js";
import { profileDocumentsModule } from "./profile-documents/profile-documents.module.js";
import { publicQuoteModule } from "./public-quote/public-quote.module.js";
import { quoteModule } from "./quote/quote.module.js";
import { rateModule } from "./rate/rate.module.js";
import { recipientModule } from "./recipient/recipient.module.js";
import { recipientCompatibilityModule } from "./recipient-compatibility/recipient-compatibility.module.js";
import { scaModule } from "./sca/sca.module.js";
import { simulationModule } from "./simulation/simulation.module.js";
import { spendLimitsModule } from "./spend-limits/spend-limits.module.js";
import { statementModule } from "./statement/statement.module.js";
import { transferModule } from "./transfer/transfer.module.js";
import { transferPaymentModule } from "./transfer-payment/transfer-payment.module.js";
import { thirdPartyTransferModule } from "./third-party-transfer/third-party-transfer.module.js";
import { transferPayoutModule } from "./transfer-payout/transfer-payout.module.js";
import { transferRequirementsModule } from "./transfer-requirements/transfer-requirements.module.js";
import { transferDocumentModule } from "./transfer-document/transfer-document.module.js";
import { userModule } from "./user/user.module.js";
import { verificationModule } from "./verification/verification.module.js";
import { webhookSubscriptionModule } from "./webhook-subscription/webhook-subscription.module.js";
import { cardOrderModule } from "./card-order/card-order.module.js";
import { spendControlModule } from "./spend-control/spend-control.module.js";

/**
 * Every module of the API. The schema's resolvers and types, `node`, `nodes`, `_entities`, the
 * global-id key shapes and the per-request loaders are all read from this list (through
 * modules/node/node.registry.ts): a new resource is its folder plus one line here. A function,
 * so that nothing reads a module while the modules are still loading (see `defineModule`).
 */
export function modules() {
  return [
    profileModule,
    addressModule,
    balanceModule,
    activityModule,
    currencyModule,
    rateModule,
    quoteModule,
    recipientModule,
    transferModule,
    verificationModule,
    kycReviewModule,
    userModule,
    scaModule,
    deliveryEstimateModule,
    publicQuoteModule,
    comparisonModule,
    transferPaymentModule,
    recipientCompatibilityModule,
    profileWriteModule,
    businessPeopleModule,
    profileDocumentsModule,
    batchGroupModule,
    transferRequirementsModule,
    transferPayoutModule,
    thirdPartyTransferModule,
    contactModule,
    fundingModule,
    balanceLimitsModule,
    accountDetailsModule,
    statementModule,
    transferDocumentModule,
    simulationModule,
    webhookSubscriptionModule,
    spendControlModule,
    liveModule,
    disputeModule,
    cardTransactionModule,
    cardModule,
    cardSecureModule,
    cardOrderModule,
    spendLimitsModule,
  ] as const;
}
