import { describe, expect, it } from 'vitest';
import { PlacardInputError } from '../../src/model/errors.js';
import type { PlacardEvent, TimedSchedule } from '../../src/model/event.js';
import { parseICalendarEvent } from '../../src/sources/icalendar-event.js';

const calendar = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');

const LONDON_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

// Outlook names zones by Windows names; only its VTIMEZONE says what they mean.
const OUTLOOK_VTIMEZONE = LONDON_VTIMEZONE.map((line) =>
  line === 'TZID:Europe/London' ? 'TZID:GMT Standard Time' : line,
);

const rally = [
  'BEGIN:VEVENT',
  'UID:emergency-rally@example.org',
  'DTSTAMP:20180301T120000Z',
  'SUMMARY:Emergency rally – Keep Trump’s Hands Off Latin America!',
  'DTSTART;TZID=Europe/London:20180315T183000',
  'DTEND;TZID=Europe/London:20180315T200000',
  'LOCATION:Unite The Union\\, 128 Theobalds Road\\, London WC1X 8TN',
  'DESCRIPTION:With speakers from Bolivia\\, Nicaragua and Venezuela.\\nAll welcome.',
  'URL:https://example.org/events/rally',
  'CATEGORIES:rally,solidarity',
  'END:VEVENT',
];

function timed(event: PlacardEvent): TimedSchedule {
  if (event.allDay) throw new Error('expected a timed event');
  return event;
}

describe('parseICalendarEvent', () => {
  it('reads a Google-style event with a TZID and VTIMEZONE', async () => {
    const event = await parseICalendarEvent(calendar(...LONDON_VTIMEZONE, ...rally));
    expect(event.name).toBe('Emergency rally – Keep Trump’s Hands Off Latin America!');
    expect(event.id).toBe('emergency-rally@example.org');
    expect(timed(event).start.toISOString()).toBe('2018-03-15T18:30:00.000Z');
    expect(timed(event).end?.toISOString()).toBe('2018-03-15T20:00:00.000Z');
    expect(event.timeZone).toBe('Europe/London');
    expect(event.venue?.name).toBe('Unite The Union, 128 Theobalds Road, London WC1X 8TN');
    expect(event.description).toBe('With speakers from Bolivia, Nicaragua and Venezuela.\nAll welcome.');
    expect(event.url).toBe('https://example.org/events/rally');
    expect(event.tags).toEqual(['rally', 'solidarity']);
  });

  it('reads a TZID=Europe/London time in summer as BST without a VTIMEZONE', async () => {
    const event = await parseICalendarEvent(
      calendar(
        'BEGIN:VEVENT',
        'UID:a',
        'SUMMARY:Strike',
        'DTSTART;TZID=Europe/London:20180710T100000',
        'END:VEVENT',
      ),
    );
    expect(timed(event).start.toISOString()).toBe('2018-07-10T09:00:00.000Z');
  });

  it('reads UTC times and keeps the element’s zone for display', async () => {
    const event = await parseICalendarEvent(
      calendar(
        'BEGIN:VEVENT',
        'UID:a',
        'SUMMARY:Picket',
        'DTSTART:20180227T100000Z',
        'DURATION:PT2H',
        'END:VEVENT',
      ),
      { defaultTimeZone: 'Europe/London' },
    );
    expect(timed(event).start.toISOString()).toBe('2018-02-27T10:00:00.000Z');
    expect(timed(event).end?.toISOString()).toBe('2018-02-27T12:00:00.000Z');
    expect(event.timeZone).toBe('Europe/London');
  });

  it('converts Outlook’s Windows zone names through the file’s VTIMEZONE', async () => {
    const event = await parseICalendarEvent(
      calendar(
        ...OUTLOOK_VTIMEZONE,
        'BEGIN:VEVENT',
        'UID:b',
        'SUMMARY:Branch AGM',
        'DTSTART;TZID=GMT Standard Time:20180607T180000',
        'DTEND;TZID=GMT Standard Time:20180607T200000',
        'END:VEVENT',
      ),
      // A zone far from the file's, so a time read as floating would be caught.
      { defaultTimeZone: 'America/New_York' },
    );
    expect(timed(event).start.toISOString()).toBe('2018-06-07T17:00:00.000Z');
    expect(timed(event).end?.toISOString()).toBe('2018-06-07T19:00:00.000Z');
  });

  it('reads all-day events as dates, with the exclusive DTEND made inclusive', async () => {
    const event = await parseICalendarEvent(
      calendar(
        'BEGIN:VEVENT',
        'UID:week',
        'SUMMARY:Week of action',
        'DTSTART;VALUE=DATE:20180212',
        'DTEND;VALUE=DATE:20180219',
        'END:VEVENT',
      ),
    );
    expect(event).toMatchObject({ allDay: true, startDate: '2018-02-12', endDate: '2018-02-18' });
  });

  it('reads STATUS:CANCELLED', async () => {
    const event = await parseICalendarEvent(
      calendar(
        'BEGIN:VEVENT',
        'UID:c',
        'SUMMARY:Demo',
        'DTSTART:20180318T120000Z',
        'STATUS:CANCELLED',
        'END:VEVENT',
      ),
    );
    expect(event.status).toBe('cancelled');
  });

  it('picks the event named by eventId, and lists the ids when there is none', async () => {
    const text = calendar(
      'BEGIN:VEVENT',
      'UID:one',
      'SUMMARY:One',
      'DTSTART:20180301T100000Z',
      'END:VEVENT',
      ...rally,
    );
    expect((await parseICalendarEvent(text, { eventId: 'emergency-rally@example.org' })).name).toMatch(
      /Emergency/,
    );
    const error = await parseICalendarEvent(text, { eventId: 'nope' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlacardInputError);
    expect((error as PlacardInputError).message).toBe(
      'There is no event with the id "nope". The ids here are: one, emergency-rally@example.org. Check the event-id attribute.',
    );
  });

  it('explains a file that is not iCalendar', async () => {
    const error = (await parseICalendarEvent('BEGIN:VCALENDAR\r\nthis is not a property\r\n', {
      source: 'the calendar file at https://example.org/feed.ics',
    }).catch((e: unknown) => e)) as PlacardInputError;
    expect(error.code).toBe('malformed-document');
    expect(error.message).toMatch(
      /^The calendar file at https:\/\/example.org\/feed.ics is not a valid iCalendar file/,
    );
  });

  it('explains a calendar without events', async () => {
    const error = (await parseICalendarEvent(calendar()).catch((e: unknown) => e)) as PlacardInputError;
    expect(error.code).toBe('not-found');
    expect(error.message).toBe(
      'The iCalendar file holds no events (no VEVENT). Check that the right calendar was exported.',
    );
  });

  it('names the property when an event has no SUMMARY', async () => {
    const error = (await parseICalendarEvent(
      calendar('BEGIN:VEVENT', 'UID:d', 'DTSTART:20180301T100000Z', 'END:VEVENT'),
    ).catch((e: unknown) => e)) as PlacardInputError;
    expect(error.field).toBe('SUMMARY');
    expect(error.message).toContain('SUMMARY');
  });
});
