import { isJsonNumber, jsonNumberText, type JsonNumber } from "../../wise/json.js";
import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from "type-graphql";
import { z } from "zod";
import { apiError, ErrorCode } from "../../common/errors.js";
import { toEnum } from "../../common/enum.js";
import { CurrencyCodeScalar } from "../../common/scalars/index.js";
import type { Context } from "../../context/context.js";
import type { LiveEventPayload } from "../../live/live-event-payload.js";
import type { WiseEvent } from "../../live/wise-event.js";
import { BalanceType } from "../balance/balance.enums.js";
import { loadProfileBalances } from "../balance/balance.load.js";
import { toBalance } from "../balance/balance.mapper.js";
import { Balance } from "../balance/balance.type.js";
import { AccountDetailsPaymentChange } from "./account-details-payment-change.type.js";
import { BalanceChange, BalanceChangeDirection } from "./balance-change.type.js";
import { eventData, eventOf, occurredAt, profileEvents, wiseEventDecimal, wiseEventId } from "./live-events.js";
import { eventMoney } from "./event-money.js";

/** `balances#credit` (schema 2.0.0) and `balances#update` (3.0.0) data; only update names the balance. */
const balanceData = z.object({
  transaction_type: z.string().nullish(),
  amount: wiseEventDecimal,
  currency: z.string(),
  post_transaction_balance_amount: wiseEventDecimal.nullish(),
  balance_id: wiseEventId.nullish(),
  channel_name: z.string().nullish(),
  transfer_reference: z.string().nullish(),
  occurred_at: z.string().optional(),
});

/** `account-details-payment#state-change` data. */
const accountDetailsPaymentData = z.object({
  account_details_id: z.union([z.string(), z.number(), z.custom<JsonNumber>(isJsonNumber).transform(jsonNumberText)]).nullish(),
  resource: z.object({ id: wiseEventId.nullish() }).nullish(),
  transfer: z.object({ amount: wiseEventDecimal.nullish(), currency: z.string().nullish() }).nullish(),
  sender: z.object({ name: z.string().nullish() }).nullish(),
  current_status: z.string(),
  previous_status: z.string().nullish(),
  occurred_at: z.string().optional(),
  occured_at: z.string().optional(),
});

const profileArg = "The global ID of the profile whose balances to follow.";
const profileIdOf = (event: WiseEvent) => Number(event.profileId);

/** Reads a balance the event names by id, or else the profile's standard balance in the event's currency. */
async function loadBalance(ctx: Context, profileId: number, balanceId: number | null, currency: string | null): Promise<Balance> {
  if (balanceId !== null) return toBalance(profileId, await ctx.loaders.balanceById.load({ profileId, balanceId }));
  const balance = (await loadProfileBalances(ctx, profileId, [BalanceType.STANDARD])).find((b) => b.currency === currency);
  if (!balance) throw apiError(ErrorCode.NOT_FOUND, `The profile has no ${currency ?? "such"} balance now.`);
  return toBalance(profileId, balance);
}

/** Balances: money in and out, and payments into the profile's bank account details. Each reads its balance with the subscriber's token. */
@Resolver()
export class BalanceFamiliesSubscriptions {
  @Subscription(() => BalanceChange, {
    description:
      "Each movement of money into or out of the profile's balances (Wise's balances#credit and balances#update), over WebSocket (graphql-ws). The token must be able to read the profile; `balance` is read with it on every event.",
    subscribe: ({ args, context }) => {
      const { profileId, currency } = args as { profileId: string; currency?: string | null };
      return profileEvents(context as Context, profileId, ["balances#credit", "balances#update"], currency ? (event) => event.data.currency === currency : undefined);
    },
  })
  balanceChanged(
    @Root() payload: LiveEventPayload,
    @Arg("profileId", () => ID, { description: profileArg }) _profileId: string,
    @Arg("currency", () => CurrencyCodeScalar, { nullable: true, description: "Only the movements of the balance in this currency." }) _currency: string | null,
  ): BalanceChange {
    const event = eventOf(payload);
    const data = eventData(event, balanceData);
    return Object.assign(new BalanceChange(), {
      direction: toEnum(BalanceChangeDirection, "BalanceChangeDirection", data.transaction_type ?? (event.eventType === "balances#credit" ? "credit" : null)),
      amount: eventMoney(data.amount, data.currency),
      balanceAfter: data.post_transaction_balance_amount ? eventMoney(data.post_transaction_balance_amount, data.currency) : null,
      channel: data.channel_name ?? null,
      transferReference: data.transfer_reference ?? null,
      balanceWiseId: data.balance_id ?? null,
      profileId: profileIdOf(event),
      occurredAt: occurredAt(event, data.occurred_at),
      deliveryId: event.deliveryId,
    });
  }

  @Subscription(() => AccountDetailsPaymentChange, {
    description: "Each state change of payments into the profile's bank account details (over WebSocket, graphql-ws). The token must be able to read the profile.",
    subscribe: ({ args, context }) => profileEvents(context as Context, (args as { profileId: string }).profileId, ["account-details-payment#state-change"]),
  })
  accountDetailsPaymentChanged(
    @Root() payload: LiveEventPayload,
    @Arg("profileId", () => ID, { description: "The global ID of the profile whose incoming payments to follow." }) _profileId: string,
  ): AccountDetailsPaymentChange {
    const event = eventOf(payload);
    const data = eventData(event, accountDetailsPaymentData);
    const amount = data.transfer?.amount;
    const currency = data.transfer?.currency;
    return Object.assign(new AccountDetailsPaymentChange(), {
      amount: amount && currency ? eventMoney(amount, currency) : null,
      currentStatus: data.current_status,
      previousStatus: data.previous_status ?? null,
      senderName: data.sender?.name ?? null,
      accountDetailsId: data.account_details_id === null || data.account_details_id === undefined ? null : String(data.account_details_id),
      profileId: profileIdOf(event),
      balanceWiseId: data.resource?.id ?? null,
      occurredAt: occurredAt(event, data.occurred_at ?? data.occured_at),
      deliveryId: event.deliveryId,
    });
  }
}

@Resolver(() => BalanceChange)
export class BalanceChangeResolver {
  @FieldResolver(() => Balance, { description: "The balance as Wise has it now, read with the subscriber's token: a node a client cache can merge by its id." })
  balance(@Root() change: BalanceChange, @Ctx() ctx: Context): Promise<Balance> {
    return loadBalance(ctx, change.profileId, change.balanceWiseId, change.amount.currency);
  }
}

@Resolver(() => AccountDetailsPaymentChange)
export class AccountDetailsPaymentChangeResolver {
  @FieldResolver(() => Balance, { nullable: true, description: "The balance the payment is paid into, as Wise has it now; null when the event did not name it." })
  async balance(@Root() change: AccountDetailsPaymentChange, @Ctx() ctx: Context): Promise<Balance | null> {
    if (change.balanceWiseId === null) return null;
    return loadBalance(ctx, change.profileId, change.balanceWiseId, null);
  }
}
