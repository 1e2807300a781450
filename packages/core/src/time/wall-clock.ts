/**
 * What a wall clock in a given zone shows at a given instant, as ISO 8601 pieces.
 *
 * This direction (instant → local time) is exactly what `Intl.DateTimeFormat`
 * does, so it is synchronous and needs no Temporal: formatting and "is this
 * event over?" checks can run without loading the polyfill.
 */
import { dateTimeFormat } from '../i18n/intl.js';
import { unknownTimeZoneError } from './zones.js';

/** An instant as read on a wall clock in one zone. */
export interface WallClock {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:mm:ss`, 24-hour */
  time: string;
  /** The zone's UTC offset at that instant: `+05:30`, `-04:00`, `+00:00`
   * (with seconds, `-00:01:15`, for some nineteenth-century local mean times). */
  offset: string;
}

/** What is read off the clock: the date alone costs half as much as the full reading. */
type Reading = 'date' | 'dateTime';

const DATE_FIELDS = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
const READINGS: Record<Reading, Intl.DateTimeFormatOptions> = {
  date: DATE_FIELDS,
  dateTime: {
    ...DATE_FIELDS,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  },
};

// Building an Intl formatter is slow compared with using one; the set of zones
// a page uses is small, so keep one per zone and reading.
const formats = new Map<string, Intl.DateTimeFormat>();

function machineFormat(timeZone: string, reading: Reading): Intl.DateTimeFormat {
  const key = `${reading} ${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    try {
      // en-US with the Gregorian calendar and Latin digits gives parts we can
      // read as numbers whatever the page's locale.
      format = dateTimeFormat('en-US', {
        timeZone,
        calendar: 'gregory',
        numberingSystem: 'latn',
        ...READINGS[reading],
      });
    } catch (error) {
      if (error instanceof RangeError) throw unknownTimeZoneError(timeZone, undefined, error);
      throw error;
    }
    formats.set(key, format);
  }
  return format;
}

type ClockParts = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

function readClock(format: Intl.DateTimeFormat, instant: Date): ClockParts {
  const parts: ClockParts = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = part.value;
  return parts;
}

function isoDate(parts: ClockParts): string {
  return `${(parts.year ?? '').padStart(4, '0')}-${parts.month}-${parts.day}`;
}

/**
 * Read `instant` on a wall clock in `timeZone`.
 *
 * @throws PlacardInputError `unknown-time-zone` for a zone the runtime does not know
 */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = readClock(machineFormat(timeZone, 'dateTime'), instant);
  return {
    date: isoDate(parts),
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
    // "GMT" alone means an offset of zero; otherwise it is "GMT+05:30".
    offset: parts.timeZoneName === 'GMT' ? '+00:00' : (parts.timeZoneName ?? '').replace(/^GMT/, ''),
  };
}

/**
 * The calendar date (`YYYY-MM-DD`) that clocks in `timeZone` show at `instant`:
 * `wallClock(instant, timeZone).date`, read more cheaply, for placing many
 * items on a calendar's days.
 *
 * @throws PlacardInputError `unknown-time-zone`
 */
export function toPlainDate(instant: Date, timeZone: string): string {
  return isoDate(readClock(machineFormat(timeZone, 'date'), instant));
}

/**
 * `instant` as an ISO 8601 date-time with the offset of `timeZone`, e.g.
 * `2018-03-15T18:30+00:00` — suitable for `<time datetime>` and microformats.
 * Seconds appear only when they are not zero.
 */
export function isoWithOffset(instant: Date, timeZone: string): string {
  const { date, time, offset } = wallClock(instant, timeZone);
  // HTML and ISO 8601 offsets stop at minutes; an offset with seconds can only
  // be written exactly in UTC.
  if (!/^[+-]\d{2}:\d{2}$/.test(offset)) return instant.toISOString();
  const shortTime = time.endsWith(':00') ? time.slice(0, 5) : time;
  return `${date}T${shortTime}${offset}`;
}
