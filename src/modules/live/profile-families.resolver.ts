import { isJsonNumber, jsonNumberText, type JsonNumber } from "../../wise/json.js";
import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from "type-graphql";
import { z } from "zod";
import type { Context } from "../../context/context.js";
import type { LiveEventPayload } from "../../live/live-event-payload.js";
import type { WiseEvent } from "../../live/wise-event.js";
import { toMultiCurrencyAccount } from "../account-details/account-details.mapper.js";
import { MultiCurrencyAccount } from "../account-details/multi-currency-account.type.js";
import { toBatchGroup } from "../batch-group/batch-group.mapper.js";
import { BatchGroup } from "../batch-group/batch-group.type.js";
import { toKycReview } from "../kyc-review/kyc-review.mapper.js";
import { KycReview } from "../kyc-review/kyc-review.type.js";
import { toProfile } from "../profile/profile.mapper.js";
import { Profile } from "../profile/profile.interface.js";
import { AccountDetailsOrderChange, AccountDetailsOrderChangeRequirement } from "./account-details-order-change.type.js";
import { BalanceAccountStateChange } from "./balance-account-state-change.type.js";
import { BatchPaymentInitiationChange } from "./batch-payment-initiation-change.type.js";
import { KycReviewChange } from "./kyc-review-change.type.js";
import { eventData, eventOf, occurredAt, profileEvents, wiseEventDecimal, wiseEventId } from "./live-events.js";
import { eventMoney } from "./event-money.js";
import { ProfileVerificationChange } from "./profile-verification-change.type.js";
import { SwiftCredit } from "./swift-credit.type.js";

const verificationData = z.object({ current_state: z.string(), occurred_at: z.string().optional() });
const accountStateData = z.object({ resource: z.object({ state: z.string() }), occurred_at: z.string().optional() });
const kycReviewData = z.object({ resource: z.object({ id: z.string().uuid(), state: z.string(), updatedAt: z.string().nullish() }) });
const batchPaymentData = z.object({
  resource: z.object({ id: wiseEventId, batchGroupId: z.string().uuid() }),
  previousStatus: z.string().nullish(),
  currentStatus: z.string().nullish(),
  newStatus: z.string().nullish(),
  returnCode: z.union([z.string(), z.number(), z.custom<JsonNumber>(isJsonNumber).transform(jsonNumberText)]).nullish(),
  occurredAt: z.string().optional(),
});
const accountDetailsOrderData = z.object({
  order_id: z.string(),
  currency: z.string().nullish(),
  order_status: z.string(),
  is_account_details_issued: z.boolean().nullish(),
  requirements: z.array(z.object({ type: z.string(), status: z.string() })).nullish(),
  modification_time: z.string().optional(),
});
const amount = z.object({ value: wiseEventDecimal, currency: z.string() });
const swiftCreditData = z.object({
  action: z.object({ id: wiseEventId }),
  resource: z.object({
    uetr: z.string().nullish(),
    reference: z.string().nullish(),
    sender: z.object({ name: z.string().nullish() }).nullish(),
    instructed_amount: amount.nullish(),
    settled_amount: amount,
  }),
  occurred_at: z.string().optional(),
});

const profileArg = "The global ID of the profile to follow.";
const profileIdOf = (event: WiseEvent) => Number(event.profileId);
const base = (event: WiseEvent, time: string | null | undefined) => ({ occurredAt: occurredAt(event, time), deliveryId: event.deliveryId });

/** Profile-level families: verification, the multi-currency account, KYC reviews, batch payments, account details orders, SWIFT credits. */
@Resolver()
export class ProfileFamiliesSubscriptions {
  @Subscription(() => ProfileVerificationChange, {
    description: "Each change of the profile's verification state (over WebSocket, graphql-ws). The token must be able to read the profile.",
    subscribe: ({ args, context }) => profileEvents(context as Context, (args as { profileId: string }).profileId, ["profiles#verification-state-change"]),
  })
  profileVerificationChanged(@Root() payload: LiveEventPayload, @Arg("profileId", () => ID, { description: profileArg }) _profileId: string): ProfileVerificationChange {
    const event = eventOf(payload);
    const data = eventData(event, verificationData);
    return Object.assign(new ProfileVerificationChange(), base(event, data.occurred_at), {
      currentState: data.current_state,
      verified: data.current_state.toLowerCase() === "verified",
      profileId: profileIdOf(event),
    });
  }

  @Subscription(() => BalanceAccountStateChange, {
    description: "Each activation or deactivation of the profile's multi-currency account (over WebSocket, graphql-ws). The token must be able to read the profile.",
    subscribe: ({ args, context }) => profileEvents(context as Context, (args as { profileId: string }).profileId, ["balances#account-state-change"]),
  })
  balanceAccountStateChanged(@Root() payload: LiveEventPayload, @Arg("profileId", () => ID, { description: profileArg }) _profileId: string): BalanceAccountStateChange {
    const event = eventOf(payload);
    const data = eventData(event, accountStateData);
    return Object.assign(new BalanceAccountStateChange(), base(event, data.occurred_at), { state: data.resource.state, profileId: profileIdOf(event) });
  }

  @Subscription(() => KycReviewChange, {
    description: "Each state change of the profile's KYC reviews (over WebSocket, graphql-ws). The token must be able to read the profile.",
    subscribe: ({ args, context }) => profileEvents(context as Context, (args as { profileId: string }).profileId, ["kyc-reviews#state-change"]),
  })
  kycReviewChanged(@Root() payload: LiveEventPayload, @Arg("profileId", () => ID, { description: profileArg }) _profileId: string): KycReviewChange {
    const event = eventOf(payload);
    const data = eventData(event, kycReviewData);
    return Object.assign(new KycReviewChange(), base(event, data.resource.updatedAt), {
      state: data.resource.state,
      profileId: profileIdOf(event),
      kycReviewId: data.resource.id.toLowerCase(),
    });
  }

  @Subscription(() => BatchPaymentInitiationChange, {
    description: "Each state change of the payments that fund the profile's batch groups (over WebSocket, graphql-ws). The token must be able to read the profile.",
    subscribe: ({ args, context }) => profileEvents(context as Context, (args as { profileId: string }).profileId, ["batch-payment-initiations#state-change"]),
  })
  batchPaymentInitiationChanged(@Root() payload: LiveEventPayload, @Arg("profileId", () => ID, { description: profileArg }) _profileId: string): BatchPaymentInitiationChange {
    const event = eventOf(payload);
    const data = eventData(event, batchPaymentData);
    return Object.assign(new BatchPaymentInitiationChange(), base(event, data.occurredAt), {
      paymentInitiationWiseId: data.resource.id,
      // Wise's schema says currentStatus, its example newStatus: either is read.
      currentStatus: data.currentStatus ?? data.newStatus ?? "UNKNOWN",
      previousStatus: data.previousStatus ?? null,
      returnCode: data.returnCode === null || data.returnCode === undefined ? null : String(data.returnCode),
      profileId: profileIdOf(event),
      batchGroupId: data.resource.batchGroupId.toLowerCase(),
    });
  }

  @Subscription(() => AccountDetailsOrderChange, {
    description: "Each state change of the profile's orders of bank account details (over WebSocket, graphql-ws). The token must be able to read the profile.",
    subscribe: ({ args, context }) => profileEvents(context as Context, (args as { profileId: string }).profileId, ["account-details-order#order-state-change"]),
  })
  accountDetailsOrderChanged(@Root() payload: LiveEventPayload, @Arg("profileId", () => ID, { description: profileArg }) _profileId: string): AccountDetailsOrderChange {
    const event = eventOf(payload);
    const data = eventData(event, accountDetailsOrderData);
    return Object.assign(new AccountDetailsOrderChange(), base(event, data.modification_time), {
      orderId: data.order_id,
      currency: data.currency ?? null,
      status: data.order_status,
      accountDetailsIssued: data.is_account_details_issued ?? false,
      requirements: (data.requirements ?? []).map((r) => Object.assign(new AccountDetailsOrderChangeRequirement(), r)),
    });
  }

  @Subscription(() => SwiftCredit, {
    description: "Each SWIFT payment received and credited to the profile's balances (over WebSocket, graphql-ws). The token must be able to read the profile.",
    subscribe: ({ args, context }) => profileEvents(context as Context, (args as { profileId: string }).profileId, ["swift-in#credit"]),
  })
  swiftCreditReceived(@Root() payload: LiveEventPayload, @Arg("profileId", () => ID, { description: profileArg }) _profileId: string): SwiftCredit {
    const event = eventOf(payload);
    const data = eventData(event, swiftCreditData);
    const { settled_amount: settled, instructed_amount: instructed } = data.resource;
    return Object.assign(new SwiftCredit(), base(event, data.occurred_at), {
      transferWiseId: data.action.id,
      settledAmount: eventMoney(settled.value, settled.currency),
      instructedAmount: instructed ? eventMoney(instructed.value, instructed.currency) : null,
      reference: data.resource.reference ?? null,
      senderName: data.resource.sender?.name ?? null,
      uetr: data.resource.uetr ?? null,
    });
  }
}

@Resolver(() => ProfileVerificationChange)
export class ProfileVerificationChangeResolver {
  @FieldResolver(() => Profile, { description: "The profile as Wise has it now, read with the subscriber's token: a node a client cache can merge by its id." })
  async profile(@Root() change: ProfileVerificationChange, @Ctx() ctx: Context): Promise<Profile> {
    return toProfile(await ctx.loaders.profileById.load(change.profileId));
  }
}

@Resolver(() => BalanceAccountStateChange)
export class BalanceAccountStateChangeResolver {
  @FieldResolver(() => MultiCurrencyAccount, { description: "The multi-currency account as Wise has it now, read with the subscriber's token." })
  async account(@Root() change: BalanceAccountStateChange, @Ctx() ctx: Context): Promise<MultiCurrencyAccount> {
    return toMultiCurrencyAccount(await ctx.loaders.multiCurrencyAccountByProfile.load(change.profileId));
  }
}

@Resolver(() => KycReviewChange)
export class KycReviewChangeResolver {
  @FieldResolver(() => KycReview, { description: "The KYC review as Wise has it now, read with the subscriber's token." })
  async kycReview(@Root() change: KycReviewChange, @Ctx() ctx: Context): Promise<KycReview> {
    return toKycReview(change.profileId, await ctx.loaders.kycReviewById.load({ profileId: change.profileId, kycReviewId: change.kycReviewId }));
  }
}

@Resolver(() => BatchPaymentInitiationChange)
export class BatchPaymentInitiationChangeResolver {
  @FieldResolver(() => BatchGroup, { description: "The batch group the payment funds, as Wise has it now, read with the subscriber's token." })
  async batchGroup(@Root() change: BatchPaymentInitiationChange, @Ctx() ctx: Context): Promise<BatchGroup> {
    return toBatchGroup(change.profileId, await ctx.loaders.batchGroupById.load({ profileId: change.profileId, batchGroupId: change.batchGroupId }));
  }
}
