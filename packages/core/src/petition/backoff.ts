/**
 * How long to wait after failed requests before trying again.
 *
 * Each failure in a row doubles the wait, starting from the normal refresh
 * interval, up to 10 minutes: a site that is down is not asked every minute
 * by every open page, and is asked again soon after it is back. Each wait is
 * also stretched by a random 0–50 %, so pages that failed together (the site
 * went down under all of them at once) do not all come back at the same
 * second. The wait is never shorter than the normal interval, so backing off
 * never asks more often than the source allows.
 */

/** The longest wait between attempts, unless the normal interval is longer still. */
export const MAX_BACKOFF_MS = 10 * 60_000;

/** The most a wait is stretched by, as a share of it. */
export const BACKOFF_JITTER = 0.5;

/**
 * The wait before the next attempt, in milliseconds.
 *
 * @param failures Failures in a row so far; 0 (after a success) gives the normal interval.
 * @param intervalMs The normal refresh interval.
 * @param random A number in [0, 1), as `Math.random()`; pass a seeded generator to repeat a schedule.
 */
export function backoffDelay(
  failures: number,
  intervalMs: number,
  random: () => number = Math.random,
): number {
  if (failures <= 0) return intervalMs;
  // Capping the exponent keeps 2 ** n finite however long the site stays down.
  const exponential = intervalMs * 2 ** Math.min(failures - 1, 30);
  const jittered = exponential * (1 + BACKOFF_JITTER * random());
  return Math.max(intervalMs, Math.min(MAX_BACKOFF_MS, jittered));
}
