/**
 * How often a counter asks its source again: every `refresh` seconds (default
 * 60), never more often than every 15 seconds, and never more often than the
 * source's answers say they stay fresh (`Cache-Control: max-age`): asking
 * sooner would only fetch the same answer again, from the server or the
 * browser's cache.
 */

export const DEFAULT_REFRESH_SECONDS = 60;
export const MIN_REFRESH_SECONDS = 15;

/**
 * The `max-age` of a `Cache-Control` header, in seconds, or `undefined` when
 * it has none. `s-maxage` is for shared caches, not for browsers, so it is ignored.
 */
export function maxAgeSeconds(cacheControl: string | null | undefined): number | undefined {
  for (const directive of (cacheControl ?? '').split(',')) {
    const match = /^\s*max-age\s*=\s*"?(\d+)"?\s*$/i.exec(directive);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/**
 * The time between requests, in milliseconds.
 *
 * @param refreshSeconds What the counter asks for (`refresh`); the default when
 *   `undefined`, not a number, or not above 0.
 * @param maxAge The source's `max-age` in seconds, if it sent one.
 */
export function refreshIntervalMs(refreshSeconds?: number, maxAge?: number): number {
  const asked =
    refreshSeconds !== undefined && Number.isFinite(refreshSeconds) && refreshSeconds > 0
      ? refreshSeconds
      : DEFAULT_REFRESH_SECONDS;
  return Math.max(asked, MIN_REFRESH_SECONDS, maxAge ?? 0) * 1000;
}
