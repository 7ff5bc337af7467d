// Base table of the exchange-rate model: units of each currency per 1 USD, roughly
// mid-2025 market levels. market.ts derives every pair (cross rates through USD) and
// adds a deterministic variation over time.

export const UNITS_PER_USD: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 0.9215,
  GBP: 0.7872,
  JPY: 151.42,
  CHF: 0.8831,
  AUD: 1.5234,
  CAD: 1.3671,
  SEK: 10.612,
  NOK: 10.731,
  DKK: 6.8742,
  PLN: 3.9581,
  CZK: 23.114,
  HUF: 361.25,
  INR: 83.47,
  NZD: 1.6512,
  SGD: 1.3489,
  HKD: 7.8214,
  CNY: 7.2415,
  MXN: 18.205,
  BRL: 5.412,
  ZAR: 18.634,
  TRY: 32.45,
};
