// The windows spend limits add up over. Wise resets a daily limit at midnight and a monthly one on
// the 1st, and its answers show the reset instants of UK time (22:59:59.999999999Z in summer,
// 23:59:59.999999999Z in winter): the windows follow the Europe/London calendar, by the sandbox
// clock.

const LONDON = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  hourCycle: "h23",
});

interface LocalDate {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

/** London's offset from UTC at `ms`, in ms (0 or one hour). */
function londonOffsetMs(ms: number): number {
  const parts = Object.fromEntries(LONDON.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

function londonDate(ms: number): LocalDate {
  const local = new Date(ms + londonOffsetMs(ms));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** The instant London's clocks show midnight starting this date (UK clocks change at 01:00 UTC, never at midnight). */
function londonMidnight(date: LocalDate): number {
  const guess = Date.UTC(date.year, date.month - 1, date.day);
  return guess - londonOffsetMs(guess - londonOffsetMs(guess));
}

/** A half-open window [startMs, endMs). */
export interface SpendWindow {
  startMs: number;
  endMs: number;
}

export function dayWindow(nowMs: number): SpendWindow {
  const d = londonDate(nowMs);
  return { startMs: londonMidnight(d), endMs: londonMidnight(londonDate(londonMidnight(d) + 36 * 3_600_000)) };
}

export function monthWindow(nowMs: number): SpendWindow {
  const d = londonDate(nowMs);
  const next = d.month === 12 ? { year: d.year + 1, month: 1, day: 1 } : { year: d.year, month: d.month + 1, day: 1 };
  return { startMs: londonMidnight({ ...d, day: 1 }), endMs: londonMidnight(next) };
}

/** Wise's `resetAt`: the last instant of the window, to the nanosecond ("2023-07-31T22:59:59.999999999Z"). */
export function resetAtOf(window: SpendWindow): string {
  return new Date(window.endMs - 1000).toISOString().replace(/\.\d{3}Z$/, ".999999999Z");
}
