/**
 * The few date and time spellings that calendar links and iCalendar need.
 *
 * These are machine formats, never shown to readers, so they are built from
 * ISO strings rather than through a locale, synchronously and without Temporal.
 */

/** Used when a timed event has no end: calendars need one, and an hour is what most apps default to. */
export const DEFAULT_DURATION_MINUTES = 60;

/** The end to give a calendar: the event's own end, else {@link DEFAULT_DURATION_MINUTES} after the start. */
export function endOrDefault(start: Date, end: Date | undefined): Date {
  return end ?? new Date(start.getTime() + DEFAULT_DURATION_MINUTES * 60_000);
}

/** `2018-03-15` + `18:30:00` (as from `wallClock` in `../time/wall-clock.ts`) → `20180315T183000`, a basic local date-time without a zone. */
export function basicLocal(date: string, time: string): string {
  return `${date.replace(/-/g, '')}T${time.replace(/:/g, '')}`;
}

/** `20180315T183000Z`: the instant in UTC, basic format, whole seconds. */
export function basicUtc(instant: Date): string {
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** `2018-03-15T18:30:00Z`: the instant in UTC, extended ISO 8601 format, whole seconds. */
export function isoUtc(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `2018-02-12` → `20180212`. */
export function basicDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

/**
 * The ISO date `days` after `isoDate` (`2018-02-28`, 1 → `2018-03-01`).
 * Calendar dates have no zone, so the arithmetic is done on UTC midnights,
 * where no daylight-saving change can shift the day.
 */
export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  // setUTCFullYear rather than Date.UTC, which reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day + days);
  return date.toISOString().slice(0, 10);
}
