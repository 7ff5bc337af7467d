// Balances of each demo profile: several STANDARD currencies and a SAVINGS jar or two,
// with varied amounts (JPY/HUF in whole units), a few reservations and an invested jar.

import Big from "big.js";
import type { BalanceRecord, InvestmentState } from "../model.js";
import { currencyScale } from "../reference/currencies.js";
import { ID_BASE } from "./constants.js";
import { Rng } from "./random.js";
import { UNITS_PER_USD } from "../reference/rates.js";
import { ALICE, BOB } from "./users.js";

interface Plan {
  currency: string;
  type: "STANDARD" | "SAVINGS";
  name?: string;
  emoji?: string;
  invested?: boolean;
  /** Fixed USD-equivalent amount (0 gives an empty balance); random when absent. */
  usd?: number;
}

const PLANS: ReadonlyArray<readonly [profileId: number, createdIso: string, plans: Plan[]]> = [
  [
    ALICE.personalProfileId,
    "2022-03-14T09:30:00",
    [
      { currency: "GBP", type: "STANDARD" },
      { currency: "EUR", type: "STANDARD" },
      { currency: "USD", type: "STANDARD" },
      { currency: "JPY", type: "STANDARD" },
      { currency: "GBP", type: "SAVINGS", name: "Holiday fund", emoji: "🏖️" },
    ],
  ],
  [
    ALICE.businessProfileId,
    "2023-06-01T08:20:00",
    [
      { currency: "GBP", type: "STANDARD" },
      { currency: "EUR", type: "STANDARD" },
      { currency: "USD", type: "STANDARD" },
      { currency: "CHF", type: "STANDARD", usd: 0 },
      { currency: "GBP", type: "SAVINGS", name: "Tax reserve", emoji: "🧾", invested: true },
    ],
  ],
  [
    BOB.personalProfileId,
    "2021-11-02T20:00:00",
    [
      { currency: "USD", type: "STANDARD" },
      { currency: "EUR", type: "STANDARD" },
      { currency: "JPY", type: "STANDARD" },
      { currency: "HUF", type: "STANDARD" },
      { currency: "USD", type: "SAVINGS", name: "Rainy day", emoji: "☔", invested: true },
      { currency: "JPY", type: "SAVINGS", name: "Tokyo trip", emoji: "🗼" },
    ],
  ],
  [
    BOB.businessProfileId,
    "2022-08-17T15:00:00",
    [
      { currency: "USD", type: "STANDARD" },
      { currency: "EUR", type: "STANDARD" },
      { currency: "CAD", type: "STANDARD" },
      { currency: "AUD", type: "STANDARD" },
      { currency: "USD", type: "SAVINGS", name: "Payroll buffer", emoji: "💼" },
    ],
  ],
];

/** Converts a USD-equivalent amount into `currency`, rounded to the currency's scale. */
export function fromUsd(usd: number | string, currency: string): string {
  const units = UNITS_PER_USD[currency];
  if (units === undefined) throw new Error(`no base rate for ${currency}`);
  return new Big(usd).times(units).toFixed(currencyScale(currency));
}

export function seedBalances(): BalanceRecord[] {
  const out: BalanceRecord[] = [];
  let nextId = ID_BASE.balance + 1;
  let nextSelfRecipient = 700_500_001;
  for (const [profileId, createdIso, plans] of PLANS) {
    const rng = new Rng(profileId ^ 0xba1a);
    let createdUs = Date.parse(`${createdIso}Z`) * 1000;
    for (const plan of plans) {
      const scale = currencyScale(plan.currency);
      createdUs += rng.int(400_000, 900_000); // balances are opened a fraction of a second apart
      const usd = plan.usd ?? rng.int(150_00, 48_000_00) / 100;
      const cash = fromUsd(usd, plan.currency);
      // A pending card authorisation holds part of the money on some balances.
      const reserved = plan.type === "STANDARD" && usd > 0 && rng.chance(0.35) ? fromUsd(rng.int(5_00, 120_00) / 100, plan.currency) : new Big(0).toFixed(scale);
      const amount = new Big(cash).minus(reserved).toFixed(scale);
      const investmentState: InvestmentState = plan.invested ? "INVESTED" : "NOT_INVESTED";
      const totalWorth = plan.invested ? new Big(cash).times(1 + rng.int(5, 60) / 1000).toFixed(scale) : cash;
      out.push({
        id: nextId++,
        profileId,
        currency: plan.currency,
        type: plan.type,
        name: plan.name ?? null,
        icon: plan.emoji ? { type: "EMOJI", value: plan.emoji } : null,
        investmentState,
        amount,
        reservedAmount: reserved,
        cashAmount: cash,
        totalWorth,
        createdUs,
        modifiedUs: createdUs + rng.int(100_000, 200_000) + rng.int(0, 400) * 86_400_000_000,
        visible: true,
        primary: plan.type === "STANDARD",
        groupId: null,
        recipientId: plan.type === "STANDARD" ? nextSelfRecipient++ : null,
      });
    }
  }
  return out;
}
