// Record types held by the store. They are the sandbox's internal model, not wire
// shapes: each api/<group>/ view turns them into Wise JSON. Money and rates are exact decimal strings
// (never JS floats); instants are epoch milliseconds, or microseconds where Wise
// shows microseconds (balances).

/** An exact decimal number as text, e.g. "1000000.00" or "1.20512". */
export type Decimal = string;

export interface UserRecord {
  id: number;
  /** Short demo name ("alice"); used by stats.byToken. */
  name: string;
  /** Bearer token that authenticates as this user (the demo users' never expires; users created through signup have none: they get theirs from a grant). */
  token: string;
  email: string;
  /** 0 for a user created through signup, who has no profile yet. */
  personalProfileId: number;
  /** 0 for a user created through signup, who has no profile yet. */
  businessProfileId: number;
  /** The PIN every profile of this user starts with (SCA knowledge factor). */
  pin: string;
  /** The one-time password every SMS, WhatsApp or voice challenge of this user "sends" (no phone is reached). */
  otp: string;
  /** True when funding a transfer asks this user for strong customer authentication (an EEA user, as Wise does). */
  scaGated: boolean;
  /** Set by PUT /v1/users/{userId}/contact-email; absent until then. */
  contactEmail?: string;
  /** How a partner created this user (POST /v1/user/signup/registration_code): its client and the code it chose. */
  registration?: { clientId: string; code: string; language: string; createdMs: number };
}

/** A verified phone number a partner added to a user (user security). */
export interface PhoneNumberRecord {
  id: number;
  userId: number;
  phoneNumber: string;
  clientId: string;
}

export interface AddressRecord {
  id: number;
  profileId: number;
  firstLine: string;
  city: string;
  postCode: string;
  /** State code; required by Wise for US, CA, BR, AU; null elsewhere. */
  state: string | null;
  /** ISO 3166-1 alpha-2, uppercase ("GB"). */
  country: string;
  /** ISO 3166-1 alpha-3, lowercase ("gbr"), as v2 profiles show it; null for addresses created through the API (no profile embeds them). */
  countryIso3: string | null;
  occupations: { code: string; format: "FREE_FORM" }[];
}

export type ProfileState = "HIDDEN" | "VISIBLE" | "DEACTIVATED";

interface ProfileBase {
  id: number;
  publicId: string;
  userId: number;
  /** The main address (also listed by GET /v1/addresses). */
  addressId: number;
  email: string;
  createdMs: number;
  updatedMs: number;
  currentState: ProfileState;
  contactEmail: string;
  contactPhone: string;
}

export interface PersonalProfileRecord extends ProfileBase {
  type: "PERSONAL";
  firstName: string;
  lastName: string;
  preferredName: string;
  dateOfBirth: string;
  phoneNumber: string;
  avatar: string | null;
  secondaryAddressIds: number[];
}

export interface BusinessProfileRecord extends ProfileBase {
  type: "BUSINESS";
  businessName: string;
  registrationNumber: string;
  descriptionOfBusiness: string;
  webpage: string;
  companyType: string;
  companyRole: "OWNER" | "DIRECTOR" | "OTHER";
  businessFreeFormDescription: string;
  firstLevelCategory: string;
  secondLevelCategory: string;
  operationalAddressIds: number[];
}

export type ProfileRecord = PersonalProfileRecord | BusinessProfileRecord;

export type BalanceType = "STANDARD" | "SAVINGS";
export type InvestmentState = "NOT_INVESTED" | "INVESTED" | "INVESTING" | "DIVESTING" | "UNKNOWN";

export interface BalanceRecord {
  id: number;
  profileId: number;
  currency: string;
  type: BalanceType;
  name: string | null;
  icon: { type: "EMOJI"; value: string } | null;
  investmentState: InvestmentState;
  /** Available to spend. Invariant kept by the seed: cashAmount = amount + reservedAmount. */
  amount: Decimal;
  reservedAmount: Decimal;
  cashAmount: Decimal;
  /** cashAmount, plus investment gains for INVESTED jars. */
  totalWorth: Decimal;
  createdUs: number;
  modifiedUs: number;
  visible: boolean;
  primary: boolean;
  groupId: number | null;
  /** Wise's own "self" recipient for the balance's account details; not a stored recipient. */
  recipientId: number | null;
}

/**
 * v1 recipient type names, lowercase ("iban", "sort_code", "aba", "swift_code", "email", "polish",
 * "indian", "japanese", and every type of Wise's recorded forms); v2 shows them PascalCase.
 */
export type RecipientType = string;

/** The types of the hand-written forms and the seed. */
export type BuiltInRecipientType = "iban" | "sort_code" | "aba" | "swift_code" | "email" | "polish" | "indian" | "japanese";

export interface RecipientRecord {
  id: number;
  profileId: number;
  /** User id of the creator (v2 `creatorId`, v1 `user`). */
  creatorId: number;
  currency: string;
  /** ISO2 uppercase; null for email recipients (Wise omits it). */
  country: string | null;
  type: RecipientType;
  accountHolderName: string;
  legalType: "PRIVATE" | "BUSINESS";
  email: string | null;
  /**
   * Only the bank fields that are set, with v1 key names (IBAN, BIC, sortCode, accountNumber,
   * abartn, accountType, swiftCode, ifscCode, bankCode, branchCode, dateOfBirth, language).
   */
  details: Record<string, string>;
  address: { country: string; city: string; firstLine: string; postCode: string; state: string | null } | null;
  active: boolean;
  ownedByCustomer: boolean;
  isDefaultAccount: boolean;
  createdMs: number;
  /** The bank-side name check of the recipient's details; absent or null where none ran. */
  confirmations?: RecipientConfirmations | null;
}

/** The outcome of a recipient's name check with their bank, and the sender's acceptance of it. */
export interface RecipientConfirmations {
  acceptedOutcomes: boolean;
  acceptedAtMs: number | null;
  /** Set when the check ran for a quote; accepting it then names that quote. */
  quoteId: string | null;
  outcomes: Array<{
    type: "ACCOUNT_EXISTENCE" | "NAME_MATCHING" | "NAME_RESOLUTION";
    timestampMs: number;
    outcome: "SUCCESS" | "PARTIAL_FAILURE" | "FAILURE" | "COULD_NOT_CHECK";
    requiresCustomerAcceptance: boolean;
    fieldsChecked: string[];
    providedName: string | null;
    resolvedName: string | null;
    message: string;
    recommendedUpdates: Array<{ path: string; value: string }>;
  }>;
}

/** Lowercase snake case, as Wise sends them. */
export type TransferStatus =
  | "incoming_payment_waiting"
  | "incoming_payment_initiated"
  | "processing"
  | "funds_converted"
  | "outgoing_payment_sent"
  | "cancelled"
  | "funds_refunded"
  | "bounced_back"
  | "charged_back"
  | "unknown";

/** Field names follow the Wise v1 transfer object, plus profileId/createdMs. */
export interface TransferRecord {
  id: number;
  /** Owning profile (personal or business). */
  profileId: number;
  /** User id (wire field `user`). */
  user: number;
  targetAccount: number;
  sourceAccount: number | null;
  quote: number | null;
  quoteUuid: string;
  status: TransferStatus;
  /** Emitted both as deprecated `reference` and `details.reference`. */
  reference: string;
  rate: Decimal;
  /** Wire `created` ("2025-01-05 11:31:08", UTC). */
  createdMs: number;
  /** Business profile id, null for personal transfers. */
  business: number | null;
  transferRequest: number | null;
  hasActiveIssues: boolean;
  sourceCurrency: string;
  sourceValue: Decimal;
  targetCurrency: string;
  targetValue: Decimal;
  customerTransactionId: string;
  /** Total fee of the pricing the transfer was made with (sourceValue excludes it), source currency. */
  fee: Decimal;
  /** The pay-in its pricing uses: the quote's preferredPayIn at creation, BALANCE once funded from a balance. */
  payIn: string;
  /** Set once the transfer is paid for (seeded in-flight/settled transfers count as funded too). */
  funding: TransferFunding | null;
  /** A third-party transfer's originator (the partner's customer who sends the money); absent otherwise. */
  originator?: TransferOriginator;
  /** A third-party transfer's id in the partner's system, its idempotency key. */
  originalTransferId?: string;
}

/** Who a third-party transfer is sent for, as the partner described them. */
export interface TransferOriginator {
  legalEntityType: "PRIVATE" | "BUSINESS";
  reference: string;
  name: { givenName: string | null; middleNames: string[]; familyName: string | null; patronymicName: string | null; fullName: string | null };
  dateOfBirth: string | null;
  nationality: string | null;
  businessRegistrationCode: string | null;
  businessRegistrationDate: string | null;
  address: { firstLine: string; city: string; stateCode: string | null; countryCode: string; postCode: string | null };
  accountDetails: string | null;
}

/** How a transfer was paid for; refunds go back to the same balance. */
export interface TransferFunding {
  /** The STANDARD balance debited; null when the seed has no balance in the source currency. */
  balanceId: number | null;
  /** Exact amount debited: sourceValue + fee. */
  amount: Decimal;
  /** The debit's balance transaction (the funding response's balanceTransactionId); null for seeded history. */
  balanceTransactionId: number | null;
  fundedMs: number;
}

/** Quote status as stored; EXPIRED is derived when read after expirationTime. */
export type QuoteStatus = "PENDING" | "ACCEPTED" | "FUNDED" | "EXPIRED";

/** A v3 quote (POST /v3/profiles/{id}/quotes). Payment options are priced from it on demand (pricing.ts). */
export interface QuoteRecord {
  /** UUID. */
  id: string;
  profileId: number;
  userId: number;
  sourceCurrency: string;
  targetCurrency: string;
  providedAmountType: "SOURCE" | "TARGET";
  /** The amount the quote was asked for (source or target side), at that currency's scale. */
  amount: Decimal;
  rate: Decimal;
  /** Instants at second precision, as the wire shows them. */
  rateTimestampMs: number;
  createdMs: number;
  expirationMs: number;
  rateExpirationMs: number;
  /** BANK_TRANSFER, BALANCE, SWIFT, SWIFT_OUR or INTERAC. */
  payOut: string;
  /** As sent (null: not sent, the transfer then prices with BANK_TRANSFER). */
  preferredPayIn: string | null;
  targetAccount: number | null;
  /** PENDING until a transfer or a conversion uses it; never stored as EXPIRED. */
  status: Exclude<QuoteStatus, "EXPIRED">;
  /** Profile address country (pay-in side) and, once a recipient is attached, its country. */
  payInCountry: string | null;
  payOutCountry: string | null;
  /** price.priceDecisionReferenceId (changes when the quote is re-priced). */
  priceDecisionReferenceId: string;
}

export type BalanceMovementType = "CONVERSION" | "DEPOSIT" | "WITHDRAWAL";

/** A completed POST /v2/profiles/{id}/balance-movements (conversion or jar move). */
export interface BalanceMovementRecord {
  id: number;
  profileId: number;
  type: BalanceMovementType;
  createdMs: number;
  quoteId: string | null;
  sourceBalanceId: number;
  targetBalanceId: number;
  /** Debited from the source balance (includes the fee). */
  sourceAmount: Decimal;
  sourceCurrency: string;
  targetAmount: Decimal;
  targetCurrency: string;
  /** Null for same-currency moves. */
  rate: Decimal | null;
  /** Fee in the source currency; null when none. */
  fee: Decimal | null;
  /** Available amounts right after the movement: [source, target]. */
  balancesAfter: { id: number; value: Decimal; currency: string }[];
  /** The credit's balance transaction id (the step id and the activity resource id). */
  stepId: number;
}

export type BalanceTransactionType = "DEPOSIT" | "CONVERSION" | "WITHDRAWAL" | "INTEREST" | "CASHBACK" | "FEE" | "DIRECT_DEBIT" | "TRANSFER" | "CARD";

/** A movement on one balance (statement line); referenced by BALANCE_TRANSACTION activities. */
export interface BalanceTransactionRecord {
  id: number;
  profileId: number;
  balanceId: number;
  type: BalanceTransactionType;
  /** Signed: negative for debits. */
  amount: Decimal;
  currency: string;
  createdMs: number;
  description: string;
  /** The transfer this line paid or refunded, when it is one (its statement reference is TRANSFER-<id>). */
  transferId?: number;
  /** The fee included in `amount`, in the balance's currency, when it carried one. */
  fee?: Decimal;
  /** A conversion's two sides and its rate, on both of its lines (the statement's `exchangeDetails`). */
  exchange?: { from: { value: Decimal; currency: string }; to: { value: Decimal; currency: string }; rate: Decimal };
  /** The card transaction this line captured or refunded (its statement reference is CARD-<id>), with its merchant. */
  card?: StatementCardDetails;
}

/** What a card line of a statement says of its card transaction. */
export interface StatementCardDetails {
  transactionId: number;
  /** What the merchant charged, in its currency (unsigned). */
  amount: { value: Decimal; currency: string };
  merchant: { name: string; city: string | null; postCode: string | null; state: string | null; country: string | null; category: string };
}

export type ActivityStatus = "REQUIRES_ATTENTION" | "IN_PROGRESS" | "UPCOMING" | "COMPLETED" | "CANCELLED";

export interface ActivityRecord {
  /** Opaque base64 id, as Wise: base64("MONETARY_ACTIVITY::<profileId>::<resourceType>::<resourceId>"). */
  id: string;
  /** Unique ascending number; breaks ties between equal createdMs in the sort order and cursors. */
  seq: number;
  profileId: number;
  type: string;
  resourceType: string;
  /** Numeric string, as Wise. */
  resourceId: string;
  title: string;
  description: string;
  primaryAmount: string;
  secondaryAmount: string;
  status: ActivityStatus;
  createdMs: number;
  updatedMs: number;
}

export interface CurrencyRecord {
  code: string;
  symbol: string;
  name: string;
  countryKeywords: string[];
  supportsDecimals: boolean;
}
