/**
 * Wise uses a different time format on almost every endpoint: `2025-01-05 11:31:08`
 * (UTC, no zone), `2023-01-15T10:30:00` (no zone), `2024-12-24T18:32:50.433814Z` (microseconds),
 * `2018-08-31T10:43:31+0000` (offset without colon). This reads them all as instants in UTC.
 */
export function parseWiseTime(text: string): Date {
  // Most Wise times are already ISO 8601 in UTC: those are read as they are (a feed holds hundreds).
  const date = new Date(PLAIN_UTC.test(text) ? text : toIsoUtc(text));
  if (Number.isNaN(date.getTime())) throw new Error(`unreadable Wise time ${JSON.stringify(text)}`);
  return date;
}

function toIsoUtc(text: string): string {
  let iso = text.trim().replace(" ", "T");
  iso = iso.replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  iso = iso.replace(/(\.\d{3})\d+/, "$1");
  if (!/(Z|[+-]\d{2}:\d{2})$/.test(iso)) iso += "Z";
  return iso;
}

const PLAIN_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** Like parseWiseTime, for optional fields. */
export function parseOptionalWiseTime(text: string | null | undefined): Date | null {
  return text ? parseWiseTime(text) : null;
}
