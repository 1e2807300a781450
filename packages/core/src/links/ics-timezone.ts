/**
 * A VTIMEZONE component for one IANA zone, built from the zone's real offset
 * transitions around an event.
 *
 * Calendar apps cannot be relied on to know IANA zone names (Outlook knows
 * Windows names; RFC 5545 §3.2.19 requires a VTIMEZONE for every TZID used), so
 * the file carries the rules itself. Rather than ship a copy of the time-zone
 * database, the rules are read from the platform through Temporal
 * (`getTimeZoneTransition`), which only needs the offsets around the event.
 */
import type { Temporal, TemporalAPI } from '../time/temporal.js';
import { contentLine, escapeText } from './ics-text.js';

/** One onset of an offset: RFC 5545's STANDARD or DAYLIGHT sub-component. */
interface Observance {
  kind: 'STANDARD' | 'DAYLIGHT';
  /** The onset as a wall time in the offset before it, as RFC 5545 requires. */
  localOnset: string;
  offsetFromSeconds: number;
  offsetToSeconds: number;
}

const NS_PER_SECOND = 1_000_000_000;

/**
 * The lines of a VTIMEZONE for `timeZone` with an observance for the offset in
 * force at `start`, one for every change up to `end`, and one for the next change
 * after it (so that the component of a zone with summer time always carries both
 * its offsets, as the VTIMEZONEs calendar apps write themselves do).
 *
 * @returns the unfolded content lines, or `undefined` when the zone has never
 *   changed its offset (UTC, `Etc/GMT+5`): such events are better written in UTC,
 *   which every reader understands without a VTIMEZONE.
 */
export function vtimezoneLines(
  temporal: TemporalAPI,
  timeZone: string,
  start: Date,
  end: Date,
): string[] | undefined {
  const zoned = (epochMs: number) =>
    temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone);
  const startZdt = zoned(start.getTime());
  // `previous` is strictly before its receiver, so ask from 1 ns after the start:
  // a change exactly at the start is the one in force at the start.
  const inForce = startZdt.add({ nanoseconds: 1 }).getTimeZoneTransition('previous');
  let next = startZdt.getTimeZoneTransition('next');
  if (!inForce && !next) return undefined;

  const transitions: Temporal.ZonedDateTime[] = inForce ? [inForce] : [];
  while (next && next.epochMilliseconds <= end.getTime()) {
    transitions.push(next);
    next = next.getTimeZoneTransition('next');
  }
  if (next) transitions.push(next);

  const observances: Observance[] = transitions.map((transition) => {
    const offsetFromSeconds = Math.round(
      transition.subtract({ nanoseconds: 1 }).offsetNanoseconds / NS_PER_SECOND,
    );
    const offsetToSeconds = Math.round(transition.offsetNanoseconds / NS_PER_SECOND);
    return {
      kind: isSummerOffset(temporal, timeZone, transition.year, offsetToSeconds) ? 'DAYLIGHT' : 'STANDARD',
      localOnset: basicFromEpoch(transition.epochMilliseconds + offsetFromSeconds * 1000),
      offsetFromSeconds,
      offsetToSeconds,
    };
  });
  if (!inForce) {
    // The zone has kept the start's offset since its records began: say so with
    // an observance whose onset (1601, the year Windows dates start) precedes any event.
    const offset = Math.round(startZdt.offsetNanoseconds / NS_PER_SECOND);
    observances.unshift({
      kind: 'STANDARD',
      localOnset: '16010101T000000',
      offsetFromSeconds: offset,
      offsetToSeconds: offset,
    });
  }

  return [
    'BEGIN:VTIMEZONE',
    contentLine('TZID', escapeText(timeZone)),
    ...observances.flatMap((o) => [
      `BEGIN:${o.kind}`,
      contentLine('DTSTART', o.localOnset),
      contentLine('TZOFFSETFROM', formatOffset(o.offsetFromSeconds)),
      contentLine('TZOFFSETTO', formatOffset(o.offsetToSeconds)),
      `END:${o.kind}`,
    ]),
    'END:VTIMEZONE',
  ];
}

/**
 * Whether `offsetSeconds` is a summer (daylight-saving) offset in `year`.
 * Temporal does not say which offsets are summer time, so this takes the zone's
 * smaller offset of January and July as its standard one, in either hemisphere.
 * The label only affects how some apps name the period; the offsets are what
 * every reader computes times from.
 */
function isSummerOffset(
  temporal: TemporalAPI,
  timeZone: string,
  year: number,
  offsetSeconds: number,
): boolean {
  const offsetOn = (month: number) =>
    temporal.Instant.fromEpochMilliseconds(Date.UTC(year, month, 1, 12)).toZonedDateTimeISO(timeZone)
      .offsetNanoseconds / NS_PER_SECOND;
  return offsetSeconds > Math.min(offsetOn(0), offsetOn(6));
}

/** `+0100`, `-0330`, or `+002215` when there are seconds (pre-1900 local mean times). */
export function formatOffset(totalSeconds: number): string {
  const sign = totalSeconds < 0 ? '-' : '+';
  const abs = Math.abs(totalSeconds);
  const hh = String(Math.floor(abs / 3600)).padStart(2, '0');
  const mm = String(Math.floor((abs % 3600) / 60)).padStart(2, '0');
  const ss = abs % 60;
  return `${sign}${hh}${mm}${ss ? String(ss).padStart(2, '0') : ''}`;
}

function basicFromEpoch(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 19).replace(/[-:]/g, '');
}
