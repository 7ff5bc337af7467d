import { ActivityDirection } from "./activity.enums.js";

export interface ParsedAmount {
  /** Absolute amount as an exact decimal string. */
  amount: string;
  currency: string;
  direction: ActivityDirection;
}

const TAGS = /<\/?(strong|positive|negative|strikethrough)>/g;
const AMOUNT = /([+\-−])?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*([A-Z]{3})\b/;

/** Removes Wise's emphasis tags (`<strong>`, `<positive>`, ...) from display text. */
export function stripActivityTags(text: string): string {
  return text.replace(TAGS, "").replace(/\s+/g, " ").trim();
}

/**
 * Reads Wise's display amount ("150 JPY", "<positive>+ 1,234.50 GBP</positive>", "- 10 EUR")
 * into an exact amount, its currency and its direction. Wise says not to treat the text as a
 * number, so anything unreadable gives null rather than a guess.
 */
export function parseActivityAmount(text: string | null | undefined): ParsedAmount | null {
  if (!text) return null;
  const match = AMOUNT.exec(stripActivityTags(text));
  if (!match) return null;
  const [, sign, whole, fraction = "", currency] = match;
  let direction = ActivityDirection.NONE;
  if (text.includes("<positive>") || sign === "+") direction = ActivityDirection.IN;
  if (text.includes("<negative>") || sign === "-" || sign === "−") direction = ActivityDirection.OUT;
  return { amount: whole.replace(/,/g, "") + fraction, currency, direction };
}
