// Every Wise route the sandbox serves, one folder per API group of Wise's spec (its tags):
// each group exports its route list (hand-written routes and declared resources).

import type { AnyRouteDef } from "../route.js";
import { activityRoutes } from "./activity/routes.js";
import { addressRequirementRoutes } from "./address/requirements.js";
import { addressRoutes } from "./address/resource.js";
import { balanceMovementRoutes } from "./balance/movements.js";
import { balanceRoutes } from "./balance/routes.js";
import { batchGroupRoutes } from "./batch-group/routes.js";
import { bulkSettlementRoutes } from "./bulk-settlement/routes.js";
import { cardRoutes } from "./card/card-routes.js";
import { cardStatusRoutes } from "./card/card-status-routes.js";
import { productionRoutes } from "./card/production-routes.js";
import { spendingPermissionRoutes } from "./card/spending-permissions-routes.js";
import { balanceLimitRoutes } from "./balance/limits.js";
import { disputeRoutes } from "./disputes/routes.js";
import { depositRoutes } from "./funding/deposit.js";
import { directDebitRoutes } from "./funding/direct-debit.js";
import { oauthRoutes } from "./oauth/routes.js";
import { statementRoutes } from "./balance/statement.js";
import { comparisonRoutes } from "./comparison/routes.js";
import { contactRoutes } from "./contact/routes.js";
import { currencyRoutes } from "./currencies/routes.js";
import { deliveryEstimateRoutes } from "./delivery-estimate/routes.js";
import { kycReviewRoutes } from "./kyc-review/routes.js";
import { profileRoutes } from "./profile/routes.js";
import { bankTransferVerificationRoutes } from "./profile/bank-transfer-verification.js";
import { representativeRoutes } from "./profile/representative.js";
import { updateWindowRoutes } from "./profile/update-window.js";
import { profileWriteRoutes } from "./profile/write-routes.js";
import { profileV1Routes } from "./profile/v1-routes.js";
import { publicQuoteRoutes } from "./quote/public.js";
import { quoteRoutes } from "./quote/routes.js";
import { requirementRoutes } from "./recipient/requirement-routes.js";
import { recipientRoutes } from "./recipient/routes.js";
import { compatibilityRoutes } from "./recipient/compatibility.js";
import { confirmationRoutes } from "./recipient/confirmations.js";
import { rateRoutes } from "./rate/routes.js";
import { simulationRoutes } from "./simulation/routes.js";
import { cardTransactionRoutes } from "./card/transaction-routes.js";
import { cardSimulationRoutes } from "./card/simulation-routes.js";
import { joseRoutes } from "./jose/routes.js";
import { scaRoutes } from "./sca/routes.js";
import { paymentListRoutes } from "./transfer/payment-list.js";
import { paymentRoutes } from "./transfer/payments.js";
import { payoutInfoRoutes } from "./transfer/payout-info.js";
import { thirdPartyTransferRoutes } from "./transfer/third-party.js";
import { transferRoutes } from "./transfer/routes.js";
import { transferDocumentRoutes } from "./transfer/documents.js";
import { phoneNumberRoutes } from "./user-security/phone-numbers.js";
import { claimAccountRoutes } from "./user/claim-account.js";
import { userRoutes } from "./user/routes.js";
import { verificationRoutes } from "./verification/routes.js";
import { businessPeopleRoutes } from "./business-people/routes.js";
import { profileDocumentRoutes } from "./profile-documents/routes.js";
import { accountDetailsRoutes } from "./account-details/routes.js";
import { accountDetailsSimulationRoutes } from "./account-details/simulation.js";
import { multiCurrencyAccountRoutes } from "./multi-currency-account/routes.js";
import { webhookRoutes } from "./webhook/routes.js";
import { sensitiveDetailRoutes } from "./card-secure/sensitive-details.js";
import { pushProvisioningRoutes } from "./card-secure/push-provisioning.js";
import { paymentTokenRoutes } from "./card-secure/payment-tokens.js";
import { threeDsRoutes } from "./card-secure/three-ds.js";
import { cardOrderRoutes } from "./card/order-routes.js";
import { cardOrderSimulationRoutes } from "./card/order-simulation.js";
import { spendControlRoutes } from "./spend-controls/routes.js";
import { spendLimitRoutes } from "./spend-limits/routes.js";

export const WISE_ROUTES: readonly AnyRouteDef[] = [
  ...profileRoutes,
  ...profileWriteRoutes,
  ...representativeRoutes,
  ...updateWindowRoutes,
  ...bankTransferVerificationRoutes,
  ...profileV1Routes,
  ...addressRoutes,
  ...addressRequirementRoutes,
  ...balanceRoutes,
  ...rateRoutes,
  ...currencyRoutes,
  ...activityRoutes,
  ...quoteRoutes,
  ...requirementRoutes,
  ...recipientRoutes,
  ...compatibilityRoutes,
  ...transferRoutes,
  ...paymentRoutes,
  ...paymentListRoutes,
  ...simulationRoutes,
  ...cardTransactionRoutes,
  ...cardSimulationRoutes,
  ...balanceMovementRoutes,
  ...oauthRoutes,
  ...userRoutes,
  ...claimAccountRoutes,
  ...phoneNumberRoutes,
  ...verificationRoutes,
  ...kycReviewRoutes,
  ...scaRoutes,
  ...joseRoutes,
  ...statementRoutes,
  ...deliveryEstimateRoutes,
  ...publicQuoteRoutes,
  ...comparisonRoutes,
  ...businessPeopleRoutes,
  ...profileDocumentRoutes,
  ...batchGroupRoutes,
  ...bulkSettlementRoutes,
  ...payoutInfoRoutes,
  ...confirmationRoutes,
  ...thirdPartyTransferRoutes,
  ...contactRoutes,
  ...balanceLimitRoutes,
  ...depositRoutes,
  ...directDebitRoutes,
  ...accountDetailsRoutes,
  ...accountDetailsSimulationRoutes,
  ...multiCurrencyAccountRoutes,
  ...transferDocumentRoutes,
  ...webhookRoutes,
  ...disputeRoutes,
  ...spendControlRoutes,
  ...cardRoutes,
  ...sensitiveDetailRoutes,
  ...pushProvisioningRoutes,
  ...paymentTokenRoutes,
  ...threeDsRoutes,
  ...cardOrderRoutes,
  ...cardOrderSimulationRoutes,
  ...cardStatusRoutes,
  ...spendingPermissionRoutes,
  ...productionRoutes,
  ...spendLimitRoutes,
];
