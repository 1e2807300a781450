/**
 * Reading how long an agenda item lasts: minutes as a number (`25`), or an
 * ISO 8601 duration (`PT25M`, `PT1H5M`), which schema.org's `duration` uses.
 */
import { loadTemporal } from '../time/temporal.js';

/** What a duration field held: nothing, a length, or something that is not a length. */
export type DurationReading = undefined | { minutes: number } | { unreadable: unknown };

const MINUTES = /^\d+(?:\.\d+)?$/;

/**
 * Minutes in `value`, read as a number of minutes or an ISO 8601 duration.
 * Negative lengths, and lengths in months or years (which have no fixed
 * number of minutes), are not lengths an agenda item can have.
 */
export async function readDuration(value: unknown): Promise<DurationReading> {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number')
    return Number.isFinite(value) && value >= 0 ? { minutes: value } : { unreadable: value };
  if (typeof value !== 'string') return { unreadable: value };
  const text = value.trim();
  if (text === '') return undefined;
  if (MINUTES.test(text)) return { minutes: Number(text) };
  if (!/^p/i.test(text)) return { unreadable: value };
  const Temporal = await loadTemporal();
  try {
    // Without a starting date, Temporal counts a day as 24 hours and refuses
    // months and years, which is what a meeting's running order needs.
    const minutes = Temporal.Duration.from(text.toUpperCase()).total({ unit: 'minutes' });
    return Number.isFinite(minutes) && minutes >= 0 ? { minutes } : { unreadable: value };
  } catch {
    return { unreadable: value };
  }
}
