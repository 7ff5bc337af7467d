import { isLosslessNumber, LosslessNumber, parse, stringify } from "lossless-json";

/**
 * Wise sends amounts and rates as JSON numbers (`1000000.00`, `1.20512`). JSON.parse would turn
 * them into floats and lose digits, so every Wise body is parsed losslessly: numbers arrive as
 * LosslessNumber and the zod decoders decide whether each one is an id or a decimal.
 */
export function parseWiseJson(text: string): unknown {
  return parse(text);
}

/** Serialises a request body; decimal strings wrapped in LosslessNumber are written verbatim. */
export function stringifyWiseJson(value: unknown): string {
  return stringify(value) ?? "null";
}

/** Wraps a decimal string so that it is sent to Wise as a JSON number with its exact digits. */
export function jsonNumber(decimal: string): LosslessNumber {
  return new LosslessNumber(decimal);
}

export { isLosslessNumber, LosslessNumber };
