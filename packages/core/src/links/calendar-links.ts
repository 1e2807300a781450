/**
 * "Add to calendar" links for the web calendars that take an event in a URL.
 *
 * None of these services documents its URL; the parameters follow what the
 * services accept today (see InteractionDesignFoundation/add-event-to-calendar-docs).
 * People on Apple Calendar, Thunderbird or a phone's own calendar use the `.ics`
 * file from `./ics.ts` instead.
 */
import type { AllDaySchedule, PlacardEvent, TimedSchedule } from '../model/event.js';
import { wallClock } from '../time/wall-clock.js';
import { addDays, basicDate, basicLocal, basicUtc, endOrDefault, isoUtc } from './date-format.js';
import { eventDetails, eventLocation } from './event-text.js';
import { urlWithQuery } from './query-url.js';

/** One "add to calendar" URL per web calendar. */
export interface CalendarLinks {
  /** Google Calendar's event template. */
  google: string;
  /** Outlook.com (personal Microsoft accounts). */
  outlook: string;
  /** Outlook on the web for Microsoft 365 work and school accounts. */
  office365: string;
  /** Yahoo Calendar. */
  yahoo: string;
}

/** The text every provider gets, worked out once. */
interface LinkText {
  title: string;
  details: string | undefined;
  location: string | undefined;
}

/**
 * Links that open each web calendar's "new event" form filled in with `event`.
 *
 * Timed events without an end are given one an hour after the start
 * (`DEFAULT_DURATION_MINUTES` in `./date-format.ts`), because every one of these forms needs an end.
 * The location is the venue (name and address on one line) or, for online-only
 * events, the joining link; the details are the description followed by the
 * event's page.
 *
 * @throws PlacardInputError `unknown-time-zone` when a timed event's zone is not one the platform knows.
 */
export function calendarLinks(event: PlacardEvent): CalendarLinks {
  const text: LinkText = { title: event.name, details: eventDetails(event), location: eventLocation(event) };
  return event.allDay ? allDayLinks(event, text) : timedLinks(event, text);
}

type QueryParameters = Array<[string, string | undefined]>;

/** The date parameters of each service; the rest of every link is the same. */
interface LinkDates {
  google: QueryParameters;
  outlook: QueryParameters;
  yahoo: QueryParameters;
}

function links(text: LinkText, dates: LinkDates): CalendarLinks {
  const google = urlWithQuery('https://calendar.google.com/calendar/render?action=TEMPLATE', [
    ['text', text.title],
    ...dates.google,
    ['details', text.details],
    ['location', text.location],
  ]);
  const outlook = (path: string) =>
    urlWithQuery(path, [
      ['subject', text.title],
      ...dates.outlook,
      ['body', text.details],
      ['location', text.location],
    ]);
  const yahoo = urlWithQuery('https://calendar.yahoo.com/?v=60', [
    ['title', text.title],
    ...dates.yahoo,
    ['desc', text.details],
    ['in_loc', text.location],
  ]);
  return { google, outlook: outlook(OUTLOOK_LIVE), office365: outlook(OUTLOOK_OFFICE), yahoo };
}

function timedLinks(schedule: TimedSchedule, text: LinkText): CalendarLinks {
  const { start, timeZone } = schedule;
  const end = endOrDefault(start, schedule.end);
  return links(text, {
    // Google: wall times at the venue plus `ctz`, the venue's zone. The two only
    // work together: times without a Z and without `ctz` are read in the reader's
    // own zone, so a London rally would land at 18:30 New York time. With `ctz`,
    // Google records the event in the venue's zone and shows that zone in its form.
    google: [
      ['dates', `${venueTime(start, timeZone)}/${venueTime(end, timeZone)}`],
      ['ctz', timeZone],
    ],
    // Outlook takes no zone parameter, so it gets exact UTC instants (the trailing Z).
    outlook: [
      ['startdt', isoUtc(start)],
      ['enddt', isoUtc(end)],
      ['allday', 'false'],
    ],
    yahoo: [
      ['st', basicUtc(start)],
      ['et', basicUtc(end)],
    ],
  });
}

/** The wall time at the venue in Google's basic format, `20180315T183000`. */
function venueTime(instant: Date, timeZone: string): string {
  const { date, time } = wallClock(instant, timeZone);
  return basicLocal(date, time);
}

function allDayLinks(schedule: AllDaySchedule, text: LinkText): CalendarLinks {
  const { startDate, endDate } = schedule;
  // The model's endDate is the last day (inclusive); Google and Outlook, like
  // iCalendar, want the day after it.
  const endExclusive = addDays(endDate, 1);
  return links(text, {
    google: [['dates', `${basicDate(startDate)}/${basicDate(endExclusive)}`]],
    outlook: [
      ['startdt', startDate],
      ['enddt', endExclusive],
      ['allday', 'true'],
    ],
    // Yahoo's `dur=allday` makes a single-day event and ignores any end. A
    // multi-day event is instead sent as 00:00 on the first day to 23:59 on the
    // last, without a Z: Yahoo reads those as the reader's own local time, so the
    // span covers the right days wherever they are.
    yahoo:
      startDate === endDate
        ? [
            ['st', basicDate(startDate)],
            ['dur', 'allday'],
          ]
        : [
            ['st', `${basicDate(startDate)}T000000`],
            ['et', `${basicDate(endDate)}T235900`],
          ],
  });
}

// `rru=addevent` is what makes these pages open the new-event form. This is the
// desktop path; Microsoft also answers the older `/deeplink/compose` path.
const OUTLOOK_LIVE = 'https://outlook.live.com/calendar/0/action/compose?rru=addevent';
const OUTLOOK_OFFICE = 'https://outlook.office.com/calendar/0/action/compose?rru=addevent';
