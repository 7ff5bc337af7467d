// Mutable in-memory state of one sandbox instance, built from the seed. Each resource
// lives in a Map keyed by its Wise id; per-profile activity lists are kept sorted
// newest first. Routes create quotes/recipients/transfers/balance movements by writing
// to these maps (allocating ids with nextId) and calling touch(), which invalidates
// cached response bodies. Idempotency keys (customerTransactionId, X-idempotence-uuid)
// are indexed here too, so reset() forgets them with everything else.

import type {
  ActivityRecord,
  AddressRecord,
  BalanceMovementRecord,
  BalanceRecord,
  BalanceTransactionRecord,
  CurrencyRecord,
  PhoneNumberRecord,
  ProfileRecord,
  QuoteRecord,
  RecipientRecord,
  TransferRecord,
  UserRecord,
} from "./model.js";
import { OAuthState } from "./api/oauth/tokens.js";
import type { KycReviewRecord } from "./api/kyc-review/model.js";
import type { BatchGroupRecord, PaymentInitiationRecord, SettlementJournalRecord } from "./api/batch-group/model.js";
import {
  seedAccountDetails,
  type AccountDetailsOrderRecord,
  type AccountDetailsPaymentRecord,
  type AccountDetailsRecord,
  type MultiCurrencyAccountRecord,
} from "./api/account-details/model.js";
import type { VerificationRecord } from "./api/verification/model.js";
import { CardOrderState } from "./api/card/order-state.js";
import { ProfileWriteState } from "./api/profile/write-state.js";
import { BusinessPeopleState } from "./api/business-people/state.js";
import type { IdentityDocumentRecord } from "./api/profile-documents/model.js";
import { activityId, type ActivityDraft } from "./seed/activities.js";
import { ID_BASE, type IdKind } from "./seed/constants.js";
import { freshSeed, type SeedData } from "./seed/index.js";
import { ScaState } from "./sca-state.js";
import { FundingState } from "./api/funding/state.js";
import { CardSecureState } from "./api/card-secure/state.js";
import { DisputeState } from "./api/disputes/state.js";
import { SpendControlState } from "./api/spend-controls/state.js";
import { WebhookHub } from "./webhooks/hub.js";
import { CardState } from "./api/card/state.js";
import { CardProductionState } from "./api/card/production-state.js";
import { SpendLimitState } from "./api/spend-limits/state.js";

/** Newest first; ties broken by seq (higher = newer). */
export function compareActivities(a: ActivityRecord, b: ActivityRecord): number {
  return b.createdMs - a.createdMs || b.seq - a.seq;
}

/** A response remembered for an idempotency key: replayed as-is for the same key. */
export interface StoredReply {
  status: number;
  body: string;
}

export class Store {
  users = new Map<number, UserRecord>();
  usersByToken = new Map<string, UserRecord>();
  profiles = new Map<number, ProfileRecord>();
  addresses = new Map<number, AddressRecord>();
  balances = new Map<number, BalanceRecord>();
  recipients = new Map<number, RecipientRecord>();
  transfers = new Map<number, TransferRecord>();
  balanceTransactions = new Map<number, BalanceTransactionRecord>();
  /** Quotes by UUID (never seeded). */
  quotes = new Map<string, QuoteRecord>();
  /** Completed balance movements (conversions, jar moves) by id. */
  movements = new Map<number, BalanceMovementRecord>();
  /** "<userId>:<customerTransactionId>" -> transfer id: Wise scopes the key per user, so two users never collide. */
  transferByCustomerTx = new Map<string, number>();
  /** quote UUID -> the one transfer made from it. */
  transferByQuote = new Map<string, number>();
  /** "<scope>:<profileId>:<X-idempotence-uuid>" -> the first response. */
  replays = new Map<string, StoredReply>();
  /** profileId -> activities, newest first. */
  activities = new Map<number, ActivityRecord[]>();
  /** Activity id -> activity (ids are derived from profile and resource, see activityId()). */
  private activityIndex = new Map<string, ActivityRecord>();
  /** Static reference data (GET /v1/currencies). */
  currencies: CurrencyRecord[] = [];
  /** API clients, issued tokens and authorization codes (POST /oauth/token). */
  readonly oauth = new OAuthState();
  /** Phone numbers partners added to users, by id. */
  phoneNumbers = new Map<number, PhoneNumberRecord>();
  /** profileId -> what additional verification has received (absent: nothing yet). */
  verifications = new Map<number, VerificationRecord>();
  /** KYC reviews by UUID (never seeded). */
  kycReviews = new Map<string, KycReviewRecord>();
  /** SCA factors, one-time tokens and client JOSE keys. */
  sca = new ScaState();
  /** Update windows, profiles created through the API and business representatives. */
  profileWrites = new ProfileWriteState();
  /** Directors and ultimate beneficial owners of business profiles. */
  readonly businessPeople = new BusinessPeopleState();
  /** profileId -> identification documents by document type. */
  identityDocuments = new Map<number, Map<string, IdentityDocumentRecord>>();
  /** Batch groups by UUID (never seeded). */
  batchGroups = new Map<string, BatchGroupRecord>();
  /** transfer id -> the batch group it was created in. */
  batchGroupByTransfer = new Map<number, string>();
  /** Direct-debit payment initiations of batch groups, by id. */
  paymentInitiations = new Map<number, PaymentInitiationRecord>();
  /** Settlement journals partners sent, by id; and transfer id -> the journal that settled it. */
  settlementJournals = new Map<number, SettlementJournalRecord>();
  settledTransfers = new Map<number, number>();
  /** Direct debit accounts, hold limit breaches and excess money accounts. */
  readonly funding = new FundingState();
  /** Bank account details issued on balances, by id. */
  accountDetails = new Map<number, AccountDetailsRecord>();
  /** Orders for bank account details, oldest first. */
  accountDetailsOrders: AccountDetailsOrderRecord[] = [];
  /** Payments received through bank account details, by id. */
  accountDetailsPayments = new Map<number, AccountDetailsPaymentRecord>();
  /** profileId -> the profile's multi-currency account (made when first read with a balance). */
  multiCurrencyAccounts = new Map<number, MultiCurrencyAccountRecord>();
  /** Webhook subscriptions, and the events routes raise for them. */
  readonly webhooks = new WebhookHub();
  /** The card program: cards, card orders and card transactions. */
  readonly cards = new CardState();
  /** Wallet payment tokens and 3D Secure challenges of the cards. */
  readonly cardSecure = new CardSecureState();
  /** Card orders' idempotency keys (the orders themselves are in cards.orders). */
  readonly cardOrders = new CardOrderState();
  /** Card transaction disputes and their evidence files. */
  readonly disputes = new DisputeState();
  /** Kiosk production of cards ordered for KIOSK_COLLECTION. */
  readonly cardProduction = new CardProductionState();
  /** The applications' spend-control rules (authorisation rules), applied or not. */
  readonly spendControls = new SpendControlState();
  /** Profile and card spend limits (usage is summed from the card transactions). */
  readonly spendLimits = new SpendLimitState();

  /** Bumped by touch(); lets routes cache serialised bodies safely. */
  version = 0;
  private readonly bodyCache = new Map<string, string>();
  private nextIds = new Map<IdKind, number>();
  private nextSeq = 1;

  constructor(private readonly seed: () => SeedData = freshSeed) {
    this.reset();
  }

  /** Throws everything away and rebuilds the state from the seed. */
  reset(): void {
    const s = this.seed();
    this.users = new Map(s.users.map((u) => [u.id, u]));
    this.usersByToken = new Map(s.users.map((u) => [u.token, u]));
    this.profiles = new Map(s.profiles.map((p) => [p.id, p]));
    this.addresses = new Map(s.addresses.map((a) => [a.id, a]));
    this.balances = new Map(s.balances.map((b) => [b.id, b]));
    this.recipients = new Map(s.recipients.map((r) => [r.id, r]));
    this.transfers = new Map(s.transfers.map((t) => [t.id, t]));
    this.balanceTransactions = new Map(s.balanceTransactions.map((t) => [t.id, t]));
    this.currencies = s.currencies;
    this.oauth.reset();
    this.phoneNumbers = new Map();
    this.sca.reset(s.users, s.profiles);
    this.quotes = new Map();
    this.movements = new Map();
    this.verifications = new Map();
    this.kycReviews = new Map();
    this.profileWrites.reset();
    this.businessPeople.reset();
    this.identityDocuments = new Map();
    this.batchGroups = new Map();
    this.batchGroupByTransfer = new Map();
    this.paymentInitiations = new Map();
    this.settlementJournals = new Map();
    this.settledTransfers = new Map();
    this.funding.reset();
    this.webhooks.reset();
    this.cards.reset(s.users, this.profiles);
    this.cardSecure.reset(this.cards.cards.values());
    this.cardOrders.reset(this);
    this.disputes.reset();
    this.cardProduction.reset();
    this.spendControls.reset();
    this.spendLimits.reset();
    this.accountDetails = new Map(seedAccountDetails(s.balances).map((d) => [d.id, d]));
    this.accountDetailsOrders = [];
    this.accountDetailsPayments = new Map();
    this.multiCurrencyAccounts = new Map();
    this.replays = new Map();
    this.transferByCustomerTx = new Map(s.transfers.map((t) => [customerTxKey(t.user, t.customerTransactionId), t.id]));
    this.transferByQuote = new Map(s.transfers.map((t) => [t.quoteUuid, t.id]));
    this.activities = new Map();
    this.activityIndex = new Map();
    this.nextSeq = 1;
    // Oldest first so seq grows with time, like an auto-increment key.
    const drafts = [...s.activities].sort((a, b) => a.createdMs - b.createdMs);
    for (const d of drafts) this.insertActivity(d);

    const maxId = (ids: Iterable<number>) => Math.max(0, ...ids);
    this.nextIds = new Map<IdKind, number>();
    const start = (kind: IdKind, ids: Iterable<number>) => this.nextIds.set(kind, Math.max(ID_BASE[kind], maxId(ids)) + 1);
    start("user", this.users.keys());
    start("profile", this.profiles.keys());
    start("address", this.addresses.keys());
    start("balance", this.balances.keys());
    start("recipient", this.recipients.keys());
    start("transfer", this.transfers.keys());
    start("balanceTransaction", this.balanceTransactions.keys());
    start(
      "selfRecipient",
      s.balances.flatMap((b) => (b.recipientId === null ? [] : [b.recipientId])),
    );
    // Resources that only exist as activity references still need fresh, unique ids.
    const referenced = [...this.activities.values()].flat();
    const idsOf = (keep: (a: ActivityRecord) => boolean) => referenced.filter(keep).map((a) => Number(a.resourceId));
    const STORED = new Set(["TRANSFER", "CARD_TRANSACTION", "BALANCE_TRANSACTION"]);
    start(
      "cardTransaction",
      idsOf((a) => a.resourceType === "CARD_TRANSACTION"),
    );
    start(
      "other",
      idsOf((a) => !STORED.has(a.resourceType)),
    );
    start("conversion", []);
    start("accountDetails", this.accountDetails.keys());
    this.touch();
  }

  /** Allocates a fresh id for a new resource of this kind. */
  nextId(kind: IdKind): number {
    const id = this.nextIds.get(kind) ?? ID_BASE[kind] + 1;
    this.nextIds.set(kind, id + 1);
    return id;
  }

  /** Call after every mutation: drops cached bodies. */
  touch(): void {
    this.version++;
    this.bodyCache.clear();
  }

  /** Memoises a serialised response body until the next touch(). */
  cached(key: string, build: () => string): string {
    let body = this.bodyCache.get(key);
    if (body === undefined) {
      body = build();
      this.bodyCache.set(key, body);
    }
    return body;
  }

  userByToken(token: string): UserRecord | undefined {
    return this.usersByToken.get(token);
  }

  profilesOf(userId: number): ProfileRecord[] {
    return [...this.profiles.values()].filter((p) => p.userId === userId);
  }

  addressesOf(profileId: number): AddressRecord[] {
    return [...this.addresses.values()].filter((a) => a.profileId === profileId);
  }

  balancesOf(profileId: number): BalanceRecord[] {
    return [...this.balances.values()].filter((b) => b.profileId === profileId);
  }

  recipientsOf(profileId: number): RecipientRecord[] {
    return [...this.recipients.values()].filter((r) => r.profileId === profileId);
  }

  transfersOf(profileId: number): TransferRecord[] {
    return [...this.transfers.values()].filter((t) => t.profileId === profileId);
  }

  activitiesOf(profileId: number): readonly ActivityRecord[] {
    return this.activities.get(profileId) ?? [];
  }

  /** The activity of a resource (e.g. TRANSFER 58000012), if the profile's feed has one. */
  activityOf(profileId: number, resourceType: string, resourceId: string): ActivityRecord | undefined {
    return this.activityIndex.get(activityId(profileId, resourceType, resourceId));
  }

  /** Changes an activity in place (its createdMs, hence its position, never changes). */
  updateActivity(record: ActivityRecord, patch: Partial<Omit<ActivityRecord, "id" | "seq" | "profileId" | "createdMs">>): void {
    Object.assign(record, patch);
    this.touch();
  }

  /** Adds an activity (id and seq assigned here), keeping the profile's list sorted; returns it. */
  addActivity(draft: ActivityDraft): ActivityRecord {
    const record = this.insertActivity(draft);
    this.touch();
    return record;
  }

  private insertActivity(draft: ActivityDraft): ActivityRecord {
    const record: ActivityRecord = {
      ...draft,
      id: activityId(draft.profileId, draft.resourceType, draft.resourceId),
      seq: this.nextSeq++,
    };
    const list = this.activities.get(draft.profileId) ?? [];
    // Binary search for the first element that sorts after the new one.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const existing = list[mid];
      if (existing !== undefined && compareActivities(existing, record) <= 0) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, record);
    this.activities.set(draft.profileId, list);
    this.activityIndex.set(record.id, record);
    return record;
  }
}

/** The key of transferByCustomerTx: a customerTransactionId within its user's scope. */
export function customerTxKey(userId: number, customerTransactionId: string): string {
  return `${userId}:${customerTransactionId.toLowerCase()}`;
}
