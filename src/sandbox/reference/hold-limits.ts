// Regulatory hold limits: how much money a profile of a country may hold in its balances. Wise
// has them for a few countries (Singapore, Malaysia); the sandbox models Singapore with its own
// figure. Profiles of any other country have no limit.

export interface HoldLimit {
  amount: string;
  currency: string;
}

const HOLD_LIMITS: Readonly<Record<string, HoldLimit>> = {
  SG: { amount: "20000", currency: "SGD" },
};

/** The limit for a profile's country (its main address), or undefined when there is none. */
export function holdLimitOf(country: string): HoldLimit | undefined {
  return HOLD_LIMITS[country.toUpperCase()];
}
