/**
 * Placing an agenda item's time: "18:30" means 18:30 on the meeting's day,
 * in the meeting's zone; a full date-time is read as the event parsers read it.
 */
import { PlacardInputError } from '../model/errors.js';
import { readDateInput } from '../sources/read-date.js';
import { toPlainDate } from '../time/wall-clock.js';
import { addDays, wallTimeToInstant } from '../time/wall-time.js';

/** A time of day as agendas print it: `18:30`, `18:30:00`, `9.15`. */
const TIME_OF_DAY = /^([01]?\d|2[0-3])[:.]([0-5]\d)(?::([0-5]\d))?$/;

/** A meeting longer than this is not looked through day by day for a bare time. */
const MAX_DAYS = 31;

/** The span an item's bare time of day is placed in. */
export interface MeetingSpan {
  start: Date;
  end?: Date;
  timeZone: string;
}

/**
 * The instant an item's time stands for, or `undefined` when the text is not
 * a time (or is a date without a time).
 *
 * A bare time of day falls on the meeting's first day. When that is before the
 * meeting starts and the meeting runs past midnight (23:00–01:00), the same
 * time on each following day is tried, and the first that falls within the
 * meeting is taken, so "00:15" is a quarter past midnight after the 23:30 item.
 * A meeting without an end is never taken past midnight: nothing says it goes
 * on that long, and an early time is more likely a mistake to report.
 *
 * Wall times skipped or repeated by a clock change are resolved as calendars
 * resolve them (see `wallTimeToInstant`).
 */
export async function readItemTime(
  text: string,
  meeting: MeetingSpan,
  field: string,
): Promise<Date | undefined> {
  const match = TIME_OF_DAY.exec(text);
  try {
    if (!match) {
      const read = await readDateInput(text, meeting.timeZone, field);
      return 'instant' in read ? read.instant : undefined;
    }
    const [, hours, minutes, seconds = '00'] = match;
    const clock = `${hours!.padStart(2, '0')}:${minutes}:${seconds}`;
    const firstDay = toPlainDate(meeting.start, meeting.timeZone);
    const first = await wallTimeToInstant(`${firstDay}T${clock}`, meeting.timeZone, field);
    if (first.getTime() >= meeting.start.getTime() || meeting.end === undefined) return first;
    const lastDay = toPlainDate(meeting.end, meeting.timeZone);
    let day = firstDay;
    for (let i = 0; i < MAX_DAYS && day < lastDay; i++) {
      day = await addDays(day, 1);
      const instant = await wallTimeToInstant(`${day}T${clock}`, meeting.timeZone, field);
      if (instant.getTime() >= meeting.start.getTime() && instant.getTime() <= meeting.end.getTime())
        return instant;
    }
    return first;
  } catch (error) {
    if (error instanceof PlacardInputError) return undefined;
    throw error;
  }
}
