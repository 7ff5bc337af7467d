// When the sandbox tries a failed webhook delivery again. Wise says it retries with growing gaps
// over about two weeks, at most 25 attempts in all, without publishing the gaps; the sandbox
// doubles the gap from one minute up to a cap of one day: 1, 2, 4 ... 512, 1024 minutes, then
// 13 gaps of a day, so the 25th and last attempt comes about 14.4 days after the first.

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Wise's limit on the attempts at one delivery, the first included. */
export const MAX_DELIVERY_ATTEMPTS = 25;

/** The gaps before the 2nd, 3rd ... 25th attempt, in ms. */
export const WISE_RETRY_DELAYS_MS: readonly number[] = Array.from({ length: MAX_DELIVERY_ATTEMPTS - 1 }, (_, i) => Math.min(MINUTE_MS * 2 ** i, DAY_MS));

/** Checks a schedule given in the sandbox's options: at most 24 gaps (25 attempts), each a finite number of ms, 0 or more. */
export function checkRetryDelays(delays: readonly number[]): readonly number[] {
  if (delays.length > MAX_DELIVERY_ATTEMPTS - 1) throw new RangeError(`webhookRetryDelaysMs: at most ${MAX_DELIVERY_ATTEMPTS - 1} gaps (${MAX_DELIVERY_ATTEMPTS} attempts)`);
  for (const delay of delays) {
    if (!Number.isFinite(delay) || delay < 0) throw new RangeError("webhookRetryDelaysMs: every gap is a finite number of ms, 0 or more");
  }
  return [...delays];
}
