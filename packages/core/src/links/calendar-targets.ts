import type { PlacardEvent } from '../model/event.js';
import type { CalendarLinks } from './calendar-links.js';
import type { ICalendarOptions } from './ics.js';

/** Everything an "Add to calendar" menu offers for one event. */
export interface CalendarTargets {
  links: CalendarLinks;
  /** The `.ics` file's text and a file name for it. */
  ics: { fileName: string; text: string };
}

/**
 * Builds the "Add to calendar" links and `.ics` file for an event, loading the
 * link builders and the iCalendar writer (with its time-zone rules) on first
 * use: most readers never open the menu, so pages do not pay for it up front.
 */
export async function loadCalendarTargets(
  event: PlacardEvent,
  options: ICalendarOptions,
): Promise<CalendarTargets> {
  const [{ calendarLinks }, { eventToICalendar, icsFileName }] = await Promise.all([
    import('./calendar-links.js'),
    import('./ics.js'),
  ]);
  return {
    links: calendarLinks(event),
    ics: { fileName: icsFileName(event), text: await eventToICalendar(event, options) },
  };
}
