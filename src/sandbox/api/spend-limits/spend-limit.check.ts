// The authorisation check of spend limits: the authorisation's billing amount, added to what was
// already spent in each window, against the card's own limits (per transaction, daily, monthly,
// lifetime; they cover every kind of spending, cash included) and then against the profile's
// limit for its kind of spending (PURCHASE or ATM_WITHDRAWAL, daily and monthly). A limit may be
// reached exactly; one cent over declines with Wise's reason for that window.

import type Big from "big.js";
import type { Decimal } from "../../model.js";
import type { AuthorisationCheck, CardDecline } from "../card/authorisation-checks.js";
import { amountIn, cardUsage, isSpending, profileLimitTypeOf, profileUsage } from "./usage.js";
import { dayWindow, monthWindow } from "./windows.js";

const over = (limit: Decimal | null, used: Big, amount: Big) => limit !== null && used.plus(amount).gt(limit);

const DAILY: CardDecline = { reason: "PAYMENT_METHOD_DAILY_LIMIT_EXCEEDED" };
const MONTHLY: CardDecline = { reason: "PAYMENT_METHOD_MONTHLY_LIMIT_EXCEEDED" };

export const spendLimitCheck: AuthorisationCheck = (store, auth) => {
  if (!isSpending(auth.transactionType)) return null;
  const day = dayWindow(auth.nowMs);
  const month = monthWindow(auth.nowMs);

  const card = store.spendLimits.cardLimits(store, auth.card);
  const onCard = amountIn(auth.billingAmount, card.currency, auth.nowMs);
  const { transaction, daily, monthly, lifetime } = card.limits;
  if (transaction !== null && onCard.gt(transaction)) return { reason: "PAYMENT_METHOD_TRANSACTION_LIMIT_EXCEEDED" };
  if (daily !== null && over(daily, cardUsage(store, auth.card.token, card.currency, day), onCard))
    return { ...DAILY, detailedReason: "CARD_GENERAL_DAILY_LIMIT_EXCEEDED_CHANGEABLE" };
  if (monthly !== null && over(monthly, cardUsage(store, auth.card.token, card.currency, month), onCard)) {
    return { ...MONTHLY, detailedReason: "CARD_GENERAL_MONTHLY_LIMIT_EXCEEDED_CHANGEABLE" };
  }
  if (lifetime !== null && over(lifetime, cardUsage(store, auth.card.token, card.currency, null), onCard)) return { reason: "PAYMENT_METHOD_LIFETIME_LIMIT_EXCEEDED" };

  const profile = store.spendLimits.profileLimits(store, auth.card.profileId);
  const type = profileLimitTypeOf(auth.transactionType);
  const limits = profile.limits[type];
  const onProfile = amountIn(auth.billingAmount, profile.currency, auth.nowMs);
  // Wise names a detailed reason for the profile's general (purchase) limits only.
  const purchase = type === "PURCHASE";
  if (over(limits.daily.value, profileUsage(store, profile.profileId, type, profile.currency, day), onProfile)) {
    return purchase ? { ...DAILY, detailedReason: "PROFILE_GENERAL_DAILY_LIMIT_EXCEEDED_CHANGEABLE" } : DAILY;
  }
  if (over(limits.monthly.value, profileUsage(store, profile.profileId, type, profile.currency, month), onProfile)) {
    return purchase ? { ...MONTHLY, detailedReason: "PROFILE_GENERAL_MONTHLY_LIMIT_EXCEEDED_CHANGEABLE" } : MONTHLY;
  }
  return null;
};
