/**
 * Turning ical.js times into Placard's: a date for all-day events, else an
 * instant with the IANA zone it is shown in.
 *
 * Runs synchronously (Temporal is loaded once when the feed is read), because
 * repeating events are expanded with it each time the calendar changes month.
 */
import ICAL from 'ical.js';
import type { TemporalAPI } from '../time/temporal.js';
import { zonedWallTime } from '../time/wall-time.js';
import type { ZoneReading } from './icalendar-zones.js';

type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalDuration = InstanceType<typeof ICAL.Duration>;

/** A time read from a feed: a calendar date, or an instant and the zone to show it in. */
export type FeedMoment = { date: string } | { instant: Date; timeZone: string };

/** What reading times in one feed needs. */
export interface FeedClock {
  Temporal: TemporalAPI;
  /** The feed's zone (X-WR-TIMEZONE, else the element's, else the reader's): for floating and UTC times. */
  feedZone: string;
  /** How times in `tzid` are read; `line` is where it was met, for a problem about an unknown zone. */
  zone(tzid: string, line: number): ZoneReading;
}

/** The zone an ical.js time without a known zone is read in: its IANA TZID, else the feed's. */
export function wallZone(tzid: string | undefined, line: number, clock: FeedClock): string {
  if (tzid === undefined) return clock.feedZone;
  const reading = clock.zone(tzid, line);
  return reading.kind === 'iana' ? reading.zone : clock.feedZone;
}

/**
 * Reads `time`, which was written with `tzid` (its TZID parameter, if any) on `line`.
 *
 * - `VALUE=DATE` → the date.
 * - UTC (`…Z`) → that instant, shown in the feed's zone.
 * - A TZID that is, or maps to, an IANA zone → the wall time there, shown there.
 * - A TZID only the file's VTIMEZONE defines → ical.js converts it; shown in the feed's zone.
 * - Floating, or an unknown TZID → the wall time in the feed's zone.
 *
 * @throws PlacardInputError `invalid-date` for a wall time Temporal cannot place.
 */
export function readMoment(
  time: IcalTime,
  tzid: string | undefined,
  line: number,
  clock: FeedClock,
): FeedMoment {
  return time.isDate ? { date: time.toString() } : readInstant(time, tzid, line, clock);
}

/** {@link readMoment} for a time that has a time of day. */
export function readInstant(
  time: IcalTime,
  tzid: string | undefined,
  line: number,
  clock: FeedClock,
): { instant: Date; timeZone: string } {
  if (time.zone?.tzid === 'UTC') return { instant: time.toJSDate(), timeZone: clock.feedZone };
  if (tzid !== undefined && clock.zone(tzid, line).kind === 'vtimezone')
    return { instant: time.toJSDate(), timeZone: clock.feedZone };
  const zone = wallZone(tzid, line, clock);
  return { instant: zonedWallTime(clock.Temporal, time.toString(), zone, undefined), timeZone: zone };
}

/**
 * The instant `duration` after `start` (see {@link readInstant}), as RFC 5545
 * reads a DURATION: weeks and days are nominal, moving the wall clock (P1D from
 * 19:00 ends at 19:00 the next day, even when the clocks change overnight), but
 * hours, minutes and seconds are exact time (PT4H from 23:00 the night the
 * clocks go forward ends at 04:00, four hours later). ical.js would add both to
 * the wall clock.
 */
export function instantAfter(
  start: IcalTime,
  duration: IcalDuration,
  tzid: string | undefined,
  line: number,
  clock: FeedClock,
): Date {
  const { weeks, days, hours, minutes, seconds, isNegative } = duration;
  const wall = start.clone();
  wall.addDuration(new ICAL.Duration({ weeks, days, isNegative }));
  const exact = clock.Temporal.Duration.from({ hours, minutes, seconds });
  const { instant } = readInstant(wall, tzid, line, clock);
  const end = clock.Temporal.Instant.fromEpochMilliseconds(instant.getTime()).add(
    isNegative ? exact.negated() : exact,
  );
  return new Date(end.epochMilliseconds);
}

/** A moment as the event normaliser reads it: a date, or an exact UTC instant. */
export function momentText(moment: FeedMoment): string {
  return 'date' in moment ? moment.date : moment.instant.toISOString();
}
