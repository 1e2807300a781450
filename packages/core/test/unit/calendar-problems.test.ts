import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CalendarFeed } from '../../src/calendar/calendar-item.js';
import { expandCalendar } from '../../src/calendar/expand-calendar.js';
import { parseICalendarFeed } from '../../src/calendar/icalendar-feed.js';
import { loadCalendarFeed } from '../../src/calendar/load-calendar.js';
import { parseCalendarText } from '../../src/calendar/parse-calendar.js';
import { clearDocumentCache } from '../../src/loading/fetch-document.js';
import { calendar, days, ics, plain, seen } from './calendar-helpers.js';
import { expectInputError } from './sources-helpers.js';

const SOURCE = 'the calendar feed at https://branch.example/calendar.ics';
const read = (text: string) => parseICalendarFeed(text, { source: SOURCE, defaultTimeZone: 'Europe/London' });

describe('a feed with broken events: the good ones are still shown', () => {
  // Line numbers: BEGIN:VCALENDAR is line 1, VERSION 2, PRODID 3.
  const broken = calendar(
    'X-WR-TIMEZONE:Mars/Olympus', // 4
    'BEGIN:VEVENT', // 5
    'UID:good',
    'SUMMARY:Branch meeting',
    'DTSTART:20180108T190000Z',
    'END:VEVENT',
    'BEGIN:VEVENT', // 10
    'UID:bad-line',
    'SUMMARY:Picket',
    'DTSTART:20180109T070000Z',
    'picket from 7am', // 14
    'END:VEVENT',
    'BEGIN:VEVENT', // 16
    'UID:bad-date',
    'SUMMARY:Strike',
    'DTSTART:20180230T090000Z', // 19
    'END:VEVENT',
    'BEGIN:VEVENT', // 21
    'UID:no-name',
    'DTSTART:20180110T090000Z',
    'END:VEVENT',
    'BEGIN:VEVENT', // 25
    'UID:unknown-zone',
    'SUMMARY:Solidarity call',
    'DTSTART;TZID=Mars/Olympus:20180111T120000', // 28
    'END:VEVENT',
    'BEGIN:VEVENT', // 30
    'UID:bad-rule',
    'SUMMARY:Weekly stall',
    'DTSTART:20180112T100000Z',
    'RRULE:FREQ=SOMETIMES', // 34
    'END:VEVENT',
    'BEGIN:VEVENT', // 36
    'UID:backwards',
    'SUMMARY:Rally',
    'DTSTART:20180113T120000Z',
    'DTEND:20180113T110000Z', // 40
    'END:VEVENT',
    'BEGIN:VEVENT', // 42
    'UID:cut-short',
    'SUMMARY:Demo',
    'DTSTART:20180114T120000Z',
  );

  it('shows every event that can be read', async () => {
    const { items } = expandCalendar(await read(broken), days('2018-01-01', '2018-01-31'));
    expect(items.map(seen)).toEqual([
      '2018-01-08T19:00:00.000Z Branch meeting',
      // Mars/Olympus is read as if in the calendar's zone.
      '2018-01-11T12:00:00.000Z Solidarity call',
      '2018-01-14T12:00:00.000Z Demo',
    ]);
  });

  it('names the feed and the line of each problem, in the order of the file', async () => {
    expect(plain((await read(broken)).problems)).toEqual([
      {
        code: 'unknown-time-zone',
        field: 'line 4',
        message: `Line 4 of ${SOURCE}: X-WR-TIMEZONE “Mars/Olympus” is not a time zone Placard knows, so it was ignored. Use an IANA zone name such as Europe/London.`,
      },
      {
        code: 'malformed-document',
        field: 'line 14',
        message: `Line 14 of ${SOURCE} is not a valid iCalendar line (it has no “:” between the name and the value). The event that starts on line 10 was left out. Correct the line, or export the calendar again from your calendar program.`,
      },
      {
        code: 'invalid-date',
        field: 'line 19',
        message: `Line 19 of ${SOURCE}: the DTSTART “20180230T090000Z” is not a real date or time. Correct it in your calendar program; a date is written 20180315 and a time 20180315T183000.`,
      },
      {
        code: 'missing-field',
        field: 'line 21',
        message: `Line 21 of ${SOURCE}: This event has no name. Add a SUMMARY line to the event in your calendar program.`,
      },
      {
        code: 'unknown-time-zone',
        field: 'line 28',
        message: `Line 28 of ${SOURCE} gives the time zone “Mars/Olympus”, which Placard does not know, and the file has no VTIMEZONE describing it. Those times are shown as if they were in Europe/London. Export the calendar again with its time zones, or use an IANA zone name such as Europe/London.`,
      },
      {
        code: 'malformed-document',
        field: 'line 34',
        message: `Line 34 of ${SOURCE} is not a valid iCalendar line (invalid frequency "SOMETIMES" expected: "SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY"). The event that starts on line 30 was left out. Correct the line, or export the calendar again from your calendar program.`,
      },
      {
        code: 'end-before-start',
        field: 'line 40',
        message: `Line 40 of ${SOURCE}: The end (11:00) is before the start (12:00). Correct its DTEND, or leave it out if the end time is not known.`,
      },
      {
        code: 'malformed-document',
        field: 'line 42',
        message: `Line 42 of ${SOURCE} begins a VEVENT that is never closed with END:VEVENT; the file may have been cut short. Placard read what it could of it. Export the calendar again.`,
      },
    ]);
  });

  it('counts the lines an unknown zone is used on, and names the first', async () => {
    const text = calendar(
      ...['a', 'b', 'c'].flatMap((uid, i) => [
        'BEGIN:VEVENT',
        `UID:${uid}`,
        'SUMMARY:Call',
        `DTSTART;TZID=Branch Time:2018011${i}T120000`,
        'END:VEVENT',
      ]),
    );
    expect(plain((await read(text)).problems)).toEqual([
      {
        code: 'unknown-time-zone',
        field: 'line 7',
        message: `Line 7 of ${SOURCE} gives the time zone “Branch Time”, which Placard does not know, and the file has no VTIMEZONE describing it (it is used on 3 lines). Those times are shown as if they were in Europe/London. Export the calendar again with its time zones, or use an IANA zone name such as Europe/London.`,
      },
    ]);
  });

  it('names the DTSTART line of a repeating event in an unknown zone, and counts it once', async () => {
    const text = calendar(
      'BEGIN:VEVENT', // 4
      'UID:call',
      'SUMMARY:Call',
      'DTSTART;TZID=Mars/Olympus:20180111T120000', // 7
      'RRULE:FREQ=WEEKLY;COUNT=2',
      'END:VEVENT',
    );
    const feed = await read(text);
    expect(plain(feed.problems)).toEqual([
      {
        code: 'unknown-time-zone',
        field: 'line 7',
        message: `Line 7 of ${SOURCE} gives the time zone “Mars/Olympus”, which Placard does not know, and the file has no VTIMEZONE describing it. Those times are shown as if they were in Europe/London. Export the calendar again with its time zones, or use an IANA zone name such as Europe/London.`,
      },
    ]);
    // Expanding it finds nothing more to say.
    const { items, problems } = expandCalendar(feed, days('2018-01-01', '2018-01-31'));
    expect(problems).toEqual(feed.problems);
    expect(items.map(seen)).toEqual(['2018-01-11T12:00:00.000Z Call', '2018-01-18T12:00:00.000Z Call']);
  });

  it('quotes a date that is not one as the file writes it', async () => {
    const text = calendar('BEGIN:VEVENT', 'UID:a', 'SUMMARY:Rally', 'DTSTART:2018031T190000Z', 'END:VEVENT');
    expect(plain((await read(text)).problems)).toEqual([
      {
        code: 'invalid-date',
        field: 'line 7',
        message: `Line 7 of ${SOURCE}: the DTSTART “2018031T190000Z” is not a real date or time. Correct it in your calendar program; a date is written 20180315 and a time 20180315T183000.`,
      },
    ]);
  });

  it('ignores an EXDATE or RDATE that is not a real date or time, naming its line, and shows the rest of the series', async () => {
    const text = calendar(
      'BEGIN:VEVENT', // 4
      'UID:meeting',
      'SUMMARY:Branch meeting',
      'DTSTART:20180301T190000Z',
      'RRULE:FREQ=WEEKLY;COUNT=4', // 8
      'EXDATE:2018-13-45',
      'EXDATE:20180308T190000Z,20180230T190000Z', // 10
      'RDATE:20180310T110000Z,2018031T110000Z',
      'RDATE;VALUE=PERIOD:20180311T110000Z/2018031T120000Z', // 12
      'END:VEVENT',
    );
    const feed = await read(text);
    const ignored = (line: number, property: string, value: string) => ({
      code: 'invalid-date',
      field: `line ${line}`,
      message: `Line ${line} of ${SOURCE}: the ${property} “${value}” is not a real date or time, so Placard ignored it. Correct it in your calendar program; a date is written 20180315 and a time 20180315T183000.`,
    });
    expect(plain(feed.problems)).toEqual([
      ignored(9, 'EXDATE', '2018-13-45'),
      ignored(10, 'EXDATE', '20180230T190000Z'),
      ignored(11, 'RDATE', '2018031T110000Z'),
      ignored(12, 'RDATE', '20180311T110000Z/2018031T120000Z'),
    ]);
    const { items, problems } = expandCalendar(feed, days('2018-03-01', '2018-03-31'));
    expect(problems).toEqual(feed.problems);
    expect(items.map(seen)).toEqual([
      '2018-03-01T19:00:00.000Z Branch meeting',
      '2018-03-10T11:00:00.000Z Branch meeting',
      '2018-03-15T19:00:00.000Z Branch meeting',
      '2018-03-22T19:00:00.000Z Branch meeting',
    ]);
  });

  it('numbers lines as an editor does, counting folded lines', async () => {
    const text = ics(
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:folded',
      'DESCRIPTION:A long description that a calendar program folded over',
      ' two lines.',
      'DTSTART:20180113T120000Z',
      'END:VEVENT',
      'END:VCALENDAR',
    );
    expect(plain((await read(text)).problems)).toEqual([
      {
        code: 'missing-field',
        field: 'line 2',
        message: `Line 2 of ${SOURCE}: This event has no name. Add a SUMMARY line to the event in your calendar program.`,
      },
    ]);
  });
});

describe('documents that are not calendars', () => {
  it('says so of a web page', async () => {
    const message = `What Placard read as ${SOURCE} is a web page, not a calendar feed. Use the calendar’s iCal address, which usually ends in .ics (in Google Calendar: “Public address in iCal format”; in Outlook: “Publish calendar”, then the ICS link). A calendar that is not public answers with a sign-in page.`;
    await expectInputError(read('<!DOCTYPE html><html><head><title>Sign in</title></head></html>'), {
      code: 'unsupported-format',
      field: 'src',
      message,
    });
    await expectInputError(parseCalendarText('<!doctype html><p>Events</p>', { source: SOURCE }), {
      code: 'unsupported-format',
      field: 'src',
      message,
    });
  });

  it('says so of text without BEGIN:VCALENDAR', async () => {
    await expectInputError(read('BEGIN:VEVENT\r\nSUMMARY:Rally\r\nEND:VEVENT\r\n'), {
      code: 'malformed-document',
      field: 'src',
      message: `Placard cannot read ${SOURCE}: it does not contain BEGIN:VCALENDAR, so it is not an iCalendar (.ics) file. Export the calendar again from your calendar program.`,
    });
    await expectInputError(parseCalendarText('Strike on Tuesday', { source: SOURCE }), {
      code: 'unsupported-format',
      field: 'src',
      message: `Placard cannot read ${SOURCE}: it is not an iCalendar (.ics), JSON or JSON-LD calendar.`,
    });
  });

  it('reads an empty calendar as a calendar with nothing in it', async () => {
    const feed = await read(calendar());
    expect(feed.entries).toEqual([]);
    expect(feed.problems).toEqual([]);
  });
});

describe('loading a feed', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    clearDocumentCache();
  });

  it('says how to fix a feed that cannot be reached or is refused by CORS', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expectInputError(
      loadCalendarFeed('https://calendar.google.com/calendar/ical/abc/public/basic.ics'),
      {
        code: 'network',
        field: 'src',
        message:
          'Placard could not read the calendar feed at https://calendar.google.com/calendar/ical/abc/public/basic.ics. Either the site did not answer, or it does not let other websites read the feed (CORS); Google Calendar and Outlook feeds never do. Download the .ics file and put it on this website, or, for a Google calendar, use the Google Calendar API: give Placard the calendar ID and an API key.',
      },
    );
  });

  it('passes on an HTTP error', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(new Response('Not found', { status: 404, statusText: 'Not Found' })),
    );
    await expectInputError(loadCalendarFeed('https://branch.example/missing.ics'), {
      code: 'http-status',
      field: 'src',
      message:
        'The address https://branch.example/missing.ics answered 404 Not Found. Check that the src address is right.',
    });
  });

  it('says when the address gives a web page', async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValue(
          new Response('<!DOCTYPE html><title>Events</title>', { headers: { 'content-type': 'text/html' } }),
        ),
    );
    await expectInputError(loadCalendarFeed('https://branch.example/events/'), {
      code: 'unsupported-format',
      field: 'src',
      message:
        'What Placard read as the calendar feed at https://branch.example/events/ is a web page, not a calendar feed. Use the calendar’s iCal address, which usually ends in .ics (in Google Calendar: “Public address in iCal format”; in Outlook: “Publish calendar”, then the ICS link). A calendar that is not public answers with a sign-in page.',
    });
  });

  it('rejects, rather than throws, for a src that is not a web address', async () => {
    let reading: Promise<unknown> | undefined;
    expect(() => (reading = loadCalendarFeed('https://[not an address]/feed.ics'))).not.toThrow();
    await expectInputError(reading!, {
      code: 'invalid-value',
      field: 'src',
      message: 'The src "https://[not an address]/feed.ics" is not a web address.',
    });
  });

  it('reads an iCalendar feed, named by its address', async () => {
    const body = calendar('BEGIN:VEVENT', 'UID:a', 'SUMMARY:Rally', 'DTSTART:20180315T183000Z', 'END:VEVENT');
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(new Response(body, { headers: { 'content-type': 'text/calendar' } })),
    );
    const feed = await loadCalendarFeed('https://branch.example/calendar.ics');
    expect(feed.sourceId).toBe('https://branch.example/calendar.ics');
    const { items } = expandCalendar(feed, days('2018-03-01', '2018-03-31'));
    expect(items.map((item) => [item.name, item.sourceId])).toEqual([
      ['Rally', 'https://branch.example/calendar.ics'],
    ]);
  });
});

describe('expanding never throws', () => {
  it('turns a broken entry or window into a problem and shows the rest', async () => {
    const feed = await read(
      calendar('BEGIN:VEVENT', 'UID:a', 'SUMMARY:Rally', 'DTSTART:20180315T183000Z', 'END:VEVENT'),
    );
    const broken: CalendarFeed = {
      ...feed,
      entries: [
        ...feed.entries,
        {
          categories: ['other'],
          occurrences: () => {
            throw new Error('boom');
          },
        },
      ],
    };
    const result = expandCalendar(broken, days('2018-03-01', '2018-03-31'));
    expect(result.items.map((item) => item.name)).toEqual(['Rally']);
    expect(plain(result.problems)).toEqual([
      {
        code: 'invalid-value',
        field: undefined,
        message: 'Something unexpected went wrong reading an event in the calendar “calendar”: Error: boom',
      },
    ]);
    const badZone = expandCalendar(feed, { ...days('2018-03-01', '2018-03-31'), timeZone: 'Mars/Olympus' });
    expect(badZone.items).toEqual([]);
    expect(badZone.problems.map((problem) => problem.code)).toEqual(['unknown-time-zone']);
  });
});
