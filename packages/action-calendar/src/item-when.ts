/**
 * When an item happens, in words, by core's display rules: an in-person item
 * in the venue's time (naming the zone), an online one in the reader's.
 * Shared by the list, the month grid and the details.
 */
import {
  attendanceMode,
  dateTimeFormat,
  formatSchedule,
  formatTime,
  readerTimeZone,
  type CalendarItem,
  type FormattedWhen,
} from '@placard/core';

/** The item's full date (or date range) and time, e.g. "Thursday, 15 March 2018, 18:30–20:00 GMT". */
export function itemWhen(item: CalendarItem, locale: string): FormattedWhen {
  return formatSchedule(item, { locale, online: attendanceMode(item) === 'online' });
}

/**
 * The start time alone ("18:30"), for a day cell that already shows the date;
 * with the zone ("11:15 GMT") when the reader's clocks say something else, so
 * a venue's time is never mistaken for the reader's. '' for all-day items.
 * A view showing many items passes the reader's zone, read once.
 */
export function itemStartTime(item: CalendarItem, locale: string, reader = readerTimeZone()): string {
  if (item.allDay) return '';
  const zone = attendanceMode(item) === 'online' ? reader : item.timeZone;
  const time = formatTime(item.start, zone, locale);
  if (zone === reader || time === formatTime(item.start, reader, locale)) return time;
  const zoneName = dateTimeFormat(locale, { hour: 'numeric', timeZone: zone, timeZoneName: 'short' })
    .formatToParts(item.start)
    .find((part) => part.type === 'timeZoneName')?.value;
  return zoneName ? `${time} ${zoneName}` : time;
}
