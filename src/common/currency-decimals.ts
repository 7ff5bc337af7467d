/**
 * How many decimal places an amount in each currency may have. Wise's currency list
 * (GET /v1/currencies) says only whether a currency takes decimals at all (`supportsDecimals`).
 * Those it lists with `supportsDecimals: false` take whole units only; note HUF, KES, NPR and UGX,
 * which ISO 4217 gives minor units but Wise does not. The others take their ISO 4217 minor units:
 * 3 for the dinars and rials below, 4 for UYW, 2 for every other code (including codes Wise may add).
 */
const WHOLE_UNITS = new Set(["BIF", "CLP", "DJF", "GNF", "HUF", "IDR", "ISK", "JPY", "KES", "KMF", "KRW", "NPR", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF"]);

const ISO_MINOR_UNITS: Record<string, number> = { BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3, UYW: 4 };

const DEFAULT_DECIMALS = 2;

export function decimalPlacesOf(currency: string): number {
  if (WHOLE_UNITS.has(currency)) return 0;
  return ISO_MINOR_UNITS[currency] ?? DEFAULT_DECIMALS;
}
