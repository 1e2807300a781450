/** Shared helpers for the calendar tests. */
import { readFileSync } from 'node:fs';
import { Temporal } from 'temporal-polyfill';
import type { CalendarItem, CalendarWindow } from '../../src/calendar/calendar-item.js';
import type { PlacardInputError } from '../../src/model/errors.js';

export { Temporal };

/** A fixture file from fixtures/calendar. */
export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/calendar/${name}`, import.meta.url), 'utf8');
}

/** Lines joined as an iCalendar file does. */
export const ics = (...lines: string[]): string => [...lines, ''].join('\r\n');

/** A calendar with these lines between BEGIN:VCALENDAR and END:VCALENDAR. */
export const calendar = (...lines: string[]): string =>
  ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Placard//Test//EN', ...lines, 'END:VCALENDAR');

/** A branch's feed ("Branch") with one all-day strike, on 20 February 2018. */
export const branchCalendar = calendar(
  'X-WR-CALNAME:Branch',
  'BEGIN:VEVENT',
  'UID:strike@branch.example',
  'DTSTAMP:20180101T000000Z',
  'SUMMARY:Strike day',
  'DTSTART;VALUE=DATE:20180220',
  'END:VEVENT',
);

/** The window from the start of `first` to the start of the day after `last`, in `timeZone`. */
export function days(first: string, last: string, timeZone = 'Europe/London'): CalendarWindow {
  const start = (date: string) =>
    new Date(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds);
  return {
    from: start(first),
    to: start(Temporal.PlainDate.from(last).add({ days: 1 }).toString()),
    timeZone,
  };
}

/** An item as tests compare it: what a reader sees. */
export function seen(item: CalendarItem): string {
  const when = item.allDay
    ? item.startDate === item.endDate
      ? item.startDate
      : `${item.startDate}..${item.endDate}`
    : `${item.start.toISOString()}${item.end ? `..${item.end.toISOString()}` : ''}`;
  return `${when} ${item.name}${item.status === 'scheduled' ? '' : ` [${item.status}]`}`;
}

/** Problems as plain objects, for `toEqual`. */
export const plain = (problems: readonly PlacardInputError[]) =>
  problems.map(({ code, field, message }) => ({ code, field, message }));
