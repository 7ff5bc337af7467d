// The sandbox's card program: what Wise keeps about issued cards, their orders and the
// transactions made with them. Lives on the Store (store.cards) and is rebuilt by its reset().
// The secrets (PAN, CVV2, PIN) are the sandbox's own test values: they leave it only inside a
// JWE for the cardholder's key, or in a simulation's answer (as Wise's sandbox does).

import type { Decimal } from "../../model.js";

export type CardStatus = "ACTIVE" | "INACTIVE" | "BLOCKED" | "FROZEN" | "PARTNER_SUSPENDED" | "EXPIRED" | "PURGED";
export type CardScheme = "VISA" | "MASTERCARD";
export type CardType = "PHYSICAL" | "VIRTUAL_NON_UPGRADEABLE";

/** The ways a card can be used that a cardholder can switch on and off (Wise's spending permissions). */
export type SpendingPermissionType = "ECOM" | "POS_CHIP" | "ATM_WITHDRAWAL" | "MOBILE_WALLETS" | "POS_CONTACTLESS" | "POS_MAGSTRIPE";
export const SPENDING_PERMISSION_TYPES: readonly SpendingPermissionType[] = ["ECOM", "POS_CHIP", "ATM_WITHDRAWAL", "MOBILE_WALLETS", "POS_CONTACTLESS", "POS_MAGSTRIPE"];

export interface SpendingPermission {
  isEnabled: boolean;
  /** A locked permission cannot be enabled (a virtual card has no chip, no ATM). */
  isLocked: boolean;
}

export interface CardProgramRecord {
  name: string;
  scheme: CardScheme;
  defaultCurrency: string;
  cardType: CardType;
}

export interface CardRecord {
  token: string;
  profileId: number;
  userId: number;
  clientId: string;
  status: CardStatus;
  cardHolderName: string;
  /** ISO date-time, the last day of the expiry month at midnight UTC. */
  expiryDate: string;
  lastFourDigits: string;
  bankIdentificationNumber: string;
  phoneNumber: string;
  program: CardProgramRecord;
  creationMs: number;
  modificationMs: number;
  /** The order the card was issued from (null for seeded cards). */
  orderId: number | null;
  permissions: Record<SpendingPermissionType, SpendingPermission>;
  /** Wrong PINs entered in a row; 3 blocks PIN transactions until reset. */
  pinTries: number;
  /** Sandbox test secrets: never in a plain API answer. */
  secrets: { pan: string; cvv2: string; pin: string };
}

export type CardTransactionType =
  "ACCOUNT_CREDIT" | "ACCOUNT_FUNDING" | "CASH_ADVANCE" | "CASH_WITHDRAWAL" | "CHARGEBACK" | "CREDIT_TRANSACTION" | "ECOM_PURCHASE" | "POS_PURCHASE" | "REFUND";
export type CardTransactionState = "IN_PROGRESS" | "COMPLETED" | "DECLINED" | "CANCELLED" | "UNKNOWN";

export interface CardAmount {
  /** Exact, at the currency's minor units. */
  value: Decimal;
  currency: string;
}

/** Money taken from (or given back to) one balance for a card transaction. */
export interface CardDebitRecord {
  balanceId: number;
  debitedAmount: CardAmount;
  forAmount: CardAmount;
  /** Exact rate between the two, "1" without conversion. */
  rate: Decimal;
  fee: CardAmount;
  /** The balance transaction (statement line) that moved the money, once it moved. */
  balanceTransactionId: number | null;
  /** When this movement was made (a hold, its release, the clearing); the transaction's creation when absent. */
  creationMs?: number;
}

export interface CardMerchantRecord {
  name: string;
  country: string | null;
  city: string | null;
  zipCode: string | null;
  region: string | null;
  state: string | null;
  categoryName: string;
  /** The merchant category code (MCC), four digits. */
  categoryCode: string;
  /** Wise's description of the category ("5999 R Miscellaneous and Special"), when known. */
  categoryDescription?: string;
}

/** Money given to one balance for a card transaction (a refund), once it arrived. */
export interface CardCreditRecord {
  balanceId: number;
  creditedAmount: CardAmount;
  creationMs: number;
  /** The balance transaction (statement line) that credited it. */
  balanceTransactionId: number | null;
}

export interface CardTransactionRecord {
  id: number;
  cardToken: string;
  profileId: number;
  type: CardTransactionType;
  state: CardTransactionState;
  declineReason: string | null;
  detailedDeclineReason: string | null;
  creationMs: number;
  modificationMs: number;
  /** What the merchant asked, in the merchant's currency. */
  transactionAmount: CardAmount;
  fees: { amount: CardAmount; feeType: string }[];
  /** What the cardholder pays in the card's billing currency, fees included. */
  billingAmount: CardAmount;
  merchant: CardMerchantRecord;
  /** How the card was presented: the simulation's `pos` (CHIP_AND_PIN, CONTACTLESS, E_COMMERCE_NO_3DS...). */
  authorisationMethod: string;
  approvalCode: string | null;
  debits: CardDebitRecord[];
  /** Money given back to a balance (a cleared refund); absent or empty for every other transaction. */
  credits?: CardCreditRecord[];
  /** The acquirer reference number, once the transaction cleared. */
  arn?: string | null;
  /** The simulation reference the authorisation answered, so clearing and reversal can find it. */
  reference: { stan: string; retrievalReferenceNum: string; schemeTransactionId: string; authorizationIdResponse: string } | null;
}

export type CardOrderStatus = "PLACED" | "REQUIREMENTS_FULFILLED" | "CARD_DETAILS_CREATED" | "PRODUCED" | "COMPLETED" | "CANCELLED" | "RETURNED";
export type CardDeliveryOption = "POSTAL_SERVICE_STANDARD" | "POSTAL_SERVICE_WITH_TRACKING" | "KIOSK_COLLECTION";

export interface CardOrderAddressRecord {
  firstLine: string;
  secondLine: string | null;
  thirdLine: string | null;
  city: string;
  postCode: string;
  state: string | null;
  country: string;
}

export interface CardOrderRecord {
  id: number;
  profileId: number;
  userId: number;
  clientId: string;
  program: CardProgramRecord;
  address: CardOrderAddressRecord | null;
  cardToken: string | null;
  replacesCard: string | null;
  creationMs: number;
  modificationMs: number;
  status: CardOrderStatus;
  cardHolderName: string;
  phoneNumber: string;
  lifetimeLimit: Decimal | null;
  deliveryEstimateMs: number | null;
  deliveryOption: CardDeliveryOption;
  deliveryVendor: string | null;
  trackingUrl: string | null;
  trackingNumber: string | null;
}
