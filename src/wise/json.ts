import { LosslessNumber, parse, stringify } from "lossless-json";

/**
 * A JSON number from a Wise body, kept as the exact text Wise wrote (`1000000.00`, `1.20512`):
 * JSON.parse would turn amounts into floats and lose digits. The zod decoders decide whether each
 * one is an id or a decimal. The key is a NUL character, which no Wise field name holds.
 */
export interface JsonNumber {
  readonly "\u0000": string;
}

const NUMBER_KEY = "\u0000";

/** Whether a decoded value is a JSON number of a Wise body. */
export function isJsonNumber(value: unknown): value is JsonNumber {
  return typeof value === "object" && value !== null && typeof (value as Record<string, unknown>)[NUMBER_KEY] === "string";
}

/** The digits of a JSON number exactly as Wise sent them. */
export function jsonNumberText(value: JsonNumber): string {
  return value[NUMBER_KEY];
}

/**
 * Parses a Wise body with every number kept exact. The text is rewritten so that each number
 * literal becomes `{"\u0000":"<literal>"}`, then parsed by the engine's own JSON.parse: about three
 * times faster than parsing in JavaScript (lossless-json), with far less garbage. A body holding a
 * string that starts with `\u0000` could be mistaken for a number, so it is parsed by lossless-json
 * instead, into the same shape.
 */
export function parseWiseJson(text: string): unknown {
  const marked = markNumbers(text);
  if (marked !== null) return JSON.parse(marked);
  return parse(text, null, (digits) => ({ [NUMBER_KEY]: digits }));
}

const NUMBER_LITERAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** The text with every number literal wrapped, or null when a string starts with `\u0000`. */
function markNumbers(text: string): string | null {
  let out = "";
  let copiedUpTo = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      if (text.startsWith("\\u0000", i + 1)) return null;
      let end = text.indexOf('"', i + 1);
      // A quote after an odd number of backslashes is part of the string: look further.
      while (end !== -1) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 92 /* \ */) slashes++;
        if ((slashes & 1) === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) return text; // unterminated: JSON.parse reports it
      i = end + 1;
    } else if (c === 45 /* - */ || (c >= 48 && c <= 57) /* 0-9 */) {
      const start = i;
      i++;
      for (let d = text.charCodeAt(i); (d >= 48 && d <= 57) || d === 46 || d === 101 || d === 69 || d === 43 || d === 45; d = text.charCodeAt(++i));
      const literal = text.slice(start, i);
      // What JSON.parse would refuse (`01`, `1.`, `-`) must not become a valid string.
      if (!NUMBER_LITERAL.test(literal)) throw new SyntaxError(`invalid number ${JSON.stringify(literal)} at position ${start}`);
      out += `${text.slice(copiedUpTo, start)}{"\\u0000":"${literal}"}`;
      copiedUpTo = i;
    } else i++;
  }
  return copiedUpTo === 0 ? text : out + text.slice(copiedUpTo);
}

/** Serialises a request body; decimal strings wrapped by `jsonNumber` are written verbatim. */
export function stringifyWiseJson(value: unknown): string {
  return stringify(value) ?? "null";
}

/** Wraps a decimal string so that it is sent to Wise as a JSON number with its exact digits. */
export function jsonNumber(decimal: string): LosslessNumber {
  return new LosslessNumber(decimal);
}
