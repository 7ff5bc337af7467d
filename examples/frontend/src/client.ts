import { ApolloClient, HttpLink, InMemoryCache, type PossibleTypesMap, type TypePolicies } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";

/** The interfaces of schema/schema.graphql and their object types, for fragments on `Node` and `Profile`. */
export const possibleTypes: PossibleTypesMap = {
  Node: [
    "Address",
    "Balance",
    "BatchGroup",
    "BusinessProfile",
    "Card",
    "CardOrder",
    "CardTransaction",
    "Dispute",
    "KycReview",
    "MultiCurrencyAccount",
    "PersonalProfile",
    "Quote",
    "Recipient",
    "Transfer",
    "User",
  ],
  Profile: ["BusinessProfile", "PersonalProfile"],
};

/**
 * The object types without an `id` that hang off a Node (`Transfer.sourceAmount` is a `Money`).
 * Apollo Client cannot normalise them, so by default a second query that selects other fields
 * of one replaces the first query's fields; `merge: true` joins them instead.
 */
export const valueTypes = [
  "Activity",
  "ActivityConnection",
  "ActivityEdge",
  "ActivityResource",
  "BalanceCapacity",
  "BalanceStatementConnection",
  "BalanceStatementTransaction",
  "BalanceStatementTransactionEdge",
  "BankAccountDetail",
  "BankAccountDetails",
  "BankAccountDetailsOrder",
  "BankAccountDetailsOrderConnection",
  "BankAccountDetailsOrderEdge",
  "BankAccountDetailsRequirement",
  "BankFeature",
  "BankReceiveOption",
  "BankReceiveOptionSummary",
  "BankTransferVerification",
  "BatchGroupPayInAddress",
  "BatchGroupPayInDetails",
  "BatchGroupPaymentInitiation",
  "BusinessDirector",
  "BusinessRepresentative",
  "CardConnection",
  "CardEdge",
  "CardKioskProduction",
  "CardMerchant",
  "CardOrderAddress",
  "CardOrderConnection",
  "CardOrderDelivery",
  "CardOrderEdge",
  "CardOrderForm",
  "CardOrderRequirement",
  "CardOrderStep",
  "CardPaymentToken",
  "CardProgram",
  "CardSpendingPermission",
  "CardTransactionConnection",
  "CardTransactionCredit",
  "CardTransactionDebit",
  "CardTransactionEdge",
  "CardTransactionFee",
  "ContactDetails",
  "DepositAccountDetail",
  "DepositDetails",
  "DirectDebitAccount",
  "DirectDebitAccountConnection",
  "DirectDebitAccountEdge",
  "DisputeConnection",
  "DisputeEdge",
  "DownloadLink",
  "HoldLimitBreach",
  "HoldLimitBreachConnection",
  "HoldLimitBreachEdge",
  "KycHostedLink",
  "KycRequirement",
  "KycRequirementGroup",
  "KycReviewTrigger",
  "Money",
  "MultiCurrencyAccountEligibility",
  "Occupation",
  "Overdraft",
  "PageInfo",
  "PayInAddress",
  "ProfileVerificationStatus",
  "QuoteDeliveryDelay",
  "QuoteDisabledReason",
  "QuoteFee",
  "QuoteNotice",
  "QuotePaymentOption",
  "QuotePrice",
  "QuotePriceItem",
  "RecipientCompatibility",
  "RecipientCompatibilityProblem",
  "RecipientConfirmationOutcome",
  "RecipientConfirmations",
  "RecipientConnection",
  "RecipientDisplayField",
  "RecipientEdge",
  "RecipientField",
  "RecipientFieldGroup",
  "RecipientFieldOption",
  "RecipientRecommendedUpdate",
  "RepresentativeAddress",
  "SpendControlRule",
  "SpendLimit",
  "StatementExchange",
  "StatementMerchant",
  "StatementTransactionDetails",
  "TotalFunds",
  "TransferConnection",
  "TransferEdge",
  "TransferOriginator",
  "TransferOriginatorAddress",
  "TransferPayment",
  "TransferPayoutInfo",
  "UltimateBeneficialOwner",
  "UserAddress",
] as const;

export const typePolicies: TypePolicies = {
  // On the interface: PersonalProfile and BusinessProfile inherit it through possibleTypes. The key
  // arguments are each connection's filters, so lists with other filters are cached apart.
  Profile: {
    fields: {
      activities: relayStylePagination(["status", "since", "until", "monetaryResourceType"]),
      transfers: relayStylePagination(["status", "createdAfter", "createdBefore", "sourceCurrency", "targetCurrency"]),
      recipients: relayStylePagination(["currency", "types", "ownedByCustomer", "active", "sort"]),
      directDebitAccounts: relayStylePagination(["type"]),
      holdLimitBreaches: relayStylePagination(["state", "closingReason"]),
      bankAccountDetailsOrders: relayStylePagination(["currency"]),
      cards: relayStylePagination([]),
      cardOrders: relayStylePagination([]),
      disputes: relayStylePagination(["status", "transactionId"]),
    },
  },
  Card: { fields: { transactions: relayStylePagination(["createdFrom", "createdTo"]) } },
  BatchGroup: { fields: { transfers: relayStylePagination([]) } },
  // A statement is cached per interval and type; its pages (forwards or backwards) are joined.
  Balance: { fields: { statement: relayStylePagination(["from", "to", "type"]) } },
  ...Object.fromEntries(valueTypes.map((type) => [type, { merge: true }])),
};

/**
 * An Apollo Client for the Wise GraphQL API, acting with the caller's Wise token. A connection
 * pages on with `query.fetchMore({ variables: { after: pageInfo.endCursor } })`, which appends.
 */
export function createApolloClient(options: { uri: string; token: string; fetch?: typeof fetch }): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: options.uri, fetch: options.fetch, headers: { authorization: `Bearer ${options.token}` } }),
    cache: new InMemoryCache({ possibleTypes, typePolicies }),
  });
}
