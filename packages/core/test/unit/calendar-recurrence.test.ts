import { describe, expect, it } from 'vitest';
import type { CalendarItem } from '../../src/calendar/calendar-item.js';
import { expandCalendar } from '../../src/calendar/expand-calendar.js';
import { parseICalendarFeed } from '../../src/calendar/icalendar-feed.js';
import { MAX_PER_WINDOW, MAX_STEPS } from '../../src/calendar/icalendar-series.js';
import { calendar, days, plain, seen } from './calendar-helpers.js';

const SOURCE = 'the calendar feed at https://branch.example/calendar.ics';

/** The items of a calendar of these events in the window. */
async function expand(lines: string[], window = days('2018-01-01', '2018-12-31')) {
  const feed = await parseICalendarFeed(calendar(...lines), {
    source: SOURCE,
    defaultTimeZone: 'Europe/London',
  });
  return expandCalendar(feed, window);
}

const starts = (items: readonly CalendarItem[]) =>
  items.map((item) => (item.allDay ? item.startDate : item.start.toISOString()));

const weekly = (...extra: string[]) => [
  'BEGIN:VEVENT',
  'UID:branch-meeting@barnet.example',
  'SUMMARY:Branch meeting',
  'DTSTART;TZID=Europe/London:20180301T190000',
  'DTEND;TZID=Europe/London:20180301T203000',
  ...extra,
  'END:VEVENT',
];

describe('expanding repeating events in a window', () => {
  it('expands only the occurrences in the window', async () => {
    const { items } = await expand(weekly('RRULE:FREQ=WEEKLY'), days('2018-06-01', '2018-06-30'));
    expect(starts(items)).toEqual([
      '2018-06-07T18:00:00.000Z',
      '2018-06-14T18:00:00.000Z',
      '2018-06-21T18:00:00.000Z',
      '2018-06-28T18:00:00.000Z',
    ]);
    expect(items[0]).toMatchObject({
      name: 'Branch meeting',
      recurrenceId: '2018-06-07T18:00:00.000Z',
      timeZone: 'Europe/London',
    });
    expect(!items[0]!.allDay && items[0]!.end?.toISOString()).toBe('2018-06-07T19:30:00.000Z');
  });

  it('includes an occurrence that began before the window and runs into it, and none that ended as it began', async () => {
    const lines = [
      'BEGIN:VEVENT',
      'UID:vigil',
      'SUMMARY:Overnight vigil',
      'DTSTART;TZID=Europe/London:20180630T220000',
      'DTEND;TZID=Europe/London:20180701T060000',
      'RRULE:FREQ=WEEKLY;COUNT=3',
      'END:VEVENT',
    ];
    const { items } = await expand(lines, days('2018-07-01', '2018-07-06'));
    expect(starts(items)).toEqual(['2018-06-30T21:00:00.000Z']);
    const later = await expand(lines, days('2018-07-08', '2018-07-08'));
    expect(starts(later.items)).toEqual(['2018-07-07T21:00:00.000Z']);
  });

  it('keeps a weekly 19:00 London meeting at 19:00 across the clock changes, moving its UTC instant', async () => {
    const { items } = await expand(weekly('RRULE:FREQ=WEEKLY;BYDAY=TH'), days('2018-03-15', '2018-11-08'));
    const around = (date: string) =>
      items.find((item) => !item.allDay && item.start.toISOString().startsWith(date));
    // Clocks go forward on Sunday 25 March 2018 and back on Sunday 28 October 2018.
    expect(
      starts([around('2018-03-22')!, around('2018-03-29')!, around('2018-10-25')!, around('2018-11-01')!]),
    ).toEqual([
      '2018-03-22T19:00:00.000Z',
      '2018-03-29T18:00:00.000Z',
      '2018-10-25T18:00:00.000Z',
      '2018-11-01T19:00:00.000Z',
    ]);
  });

  it('follows COUNT, UNTIL and BYDAY', async () => {
    const count = await expand(weekly('RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=TU,TH'));
    expect(starts(count.items)).toEqual([
      '2018-03-01T19:00:00.000Z',
      '2018-03-06T19:00:00.000Z',
      '2018-03-08T19:00:00.000Z',
    ]);
    // UNTIL in UTC is 19:00 BST on 5 April: that occurrence is the last.
    const until = await expand(weekly('RRULE:FREQ=WEEKLY;UNTIL=20180405T180000Z'));
    expect(starts(until.items).slice(-2)).toEqual(['2018-03-29T18:00:00.000Z', '2018-04-05T18:00:00.000Z']);
    const monthly = await expand(weekly('RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=3'));
    expect(starts(monthly.items)).toEqual([
      '2018-03-30T18:00:00.000Z',
      '2018-04-27T18:00:00.000Z',
      '2018-05-25T18:00:00.000Z',
    ]);
  });

  it('honours UNTIL, EXDATE and RECURRENCE-ID in UTC when the TZID has no VTIMEZONE', async () => {
    const { items } = await expand(
      weekly('RRULE:FREQ=WEEKLY;UNTIL=20180412T180000Z', 'EXDATE:20180405T180000Z').concat([
        'BEGIN:VEVENT',
        'UID:branch-meeting@barnet.example',
        'RECURRENCE-ID:20180329T180000Z',
        'SUMMARY:Branch meeting (at the library)',
        'DTSTART;TZID=Europe/London:20180329T183000',
        'DTEND;TZID=Europe/London:20180329T200000',
        'END:VEVENT',
      ]),
      days('2018-03-26', '2018-04-30'),
    );
    expect(items.map(seen)).toEqual([
      '2018-03-29T17:30:00.000Z..2018-03-29T19:00:00.000Z Branch meeting (at the library)',
      '2018-04-12T18:00:00.000Z..2018-04-12T19:30:00.000Z Branch meeting',
    ]);
  });

  it('adds RDATEs and removes EXDATEs', async () => {
    const { items } = await expand(
      weekly(
        'RRULE:FREQ=WEEKLY;COUNT=3',
        'RDATE;TZID=Europe/London:20180310T110000',
        'EXDATE;TZID=Europe/London:20180308T190000',
      ),
    );
    expect(starts(items)).toEqual([
      '2018-03-01T19:00:00.000Z',
      '2018-03-10T11:00:00.000Z',
      '2018-03-15T19:00:00.000Z',
    ]);
  });

  it('counts DTSTART as the first occurrence of an event with RDATEs and no RRULE', async () => {
    const { items } = await expand(weekly('RDATE;TZID=Europe/London:20180310T110000,20180317T110000'));
    expect(starts(items)).toEqual([
      '2018-03-01T19:00:00.000Z',
      '2018-03-10T11:00:00.000Z',
      '2018-03-17T11:00:00.000Z',
    ]);
    const excluded = await expand(
      weekly('RDATE;TZID=Europe/London:20180310T110000', 'EXDATE;TZID=Europe/London:20180301T190000'),
    );
    expect(starts(excluded.items)).toEqual(['2018-03-10T11:00:00.000Z']);
  });

  it('shows an RDATE that is also an occurrence of the RRULE, or DTSTART, once', async () => {
    const { items } = await expand(
      weekly(
        'RRULE:FREQ=WEEKLY;COUNT=3',
        'RDATE;TZID=Europe/London:20180308T190000',
        // The same instant as the third occurrence, written in UTC.
        'RDATE:20180315T190000Z',
      ),
    );
    expect(starts(items)).toEqual([
      '2018-03-01T19:00:00.000Z',
      '2018-03-08T19:00:00.000Z',
      '2018-03-15T19:00:00.000Z',
    ]);
    expect(new Set(items.map((item) => item.key)).size).toBe(3);
    const rdates = await expand(weekly('RDATE;TZID=Europe/London:20180301T190000,20180310T110000'));
    expect(starts(rdates.items)).toEqual(['2018-03-01T19:00:00.000Z', '2018-03-10T11:00:00.000Z']);
    // An EXDATE removes it however many times it is given.
    const excluded = await expand(
      weekly(
        'RRULE:FREQ=WEEKLY;COUNT=3',
        'RDATE;TZID=Europe/London:20180308T190000',
        'EXDATE;TZID=Europe/London:20180308T190000',
      ),
    );
    expect(starts(excluded.items)).toEqual(['2018-03-01T19:00:00.000Z', '2018-03-15T19:00:00.000Z']);
  });

  it('reads an RDATE period as an occurrence from its start to its end', async () => {
    const lines = weekly(
      'RRULE:FREQ=WEEKLY;COUNT=2',
      'RDATE;VALUE=PERIOD:20180320T100000Z/20180320T150000Z,20180324T100000Z/PT2H',
      // An end before the start leaves the event's own length.
      'RDATE;VALUE=PERIOD:20180322T100000Z/20180322T090000Z',
      'RDATE;VALUE=PERIOD;TZID=Europe/London:20180329T100000/20180403T100000',
    );
    const { items, problems } = await expand(lines, days('2018-03-01', '2018-03-31'));
    expect(problems).toEqual([]);
    expect(items.map(seen)).toEqual([
      '2018-03-01T19:00:00.000Z..2018-03-01T20:30:00.000Z Branch meeting',
      '2018-03-08T19:00:00.000Z..2018-03-08T20:30:00.000Z Branch meeting',
      '2018-03-20T10:00:00.000Z..2018-03-20T15:00:00.000Z Branch meeting',
      '2018-03-22T10:00:00.000Z..2018-03-22T11:30:00.000Z Branch meeting',
      '2018-03-24T10:00:00.000Z..2018-03-24T12:00:00.000Z Branch meeting',
      '2018-03-29T09:00:00.000Z..2018-04-03T09:00:00.000Z Branch meeting',
    ]);
    // A long period that began before the window still reaches into it.
    const april = await expand(lines, days('2018-04-02', '2018-04-02'));
    expect(starts(april.items)).toEqual(['2018-03-29T09:00:00.000Z']);
  });

  it('compares EXDATE and RECURRENCE-ID with the occurrences as instants, whatever zone each is in', async () => {
    const { items } = await expand(
      [
        'BEGIN:VEVENT',
        'UID:vigil@barnet.example',
        'SUMMARY:Vigil',
        'DTSTART:20180322T190000Z',
        'DTEND:20180322T200000Z',
        'RRULE:FREQ=WEEKLY;COUNT=4',
        // 19:00 UTC, on a day when London is an hour ahead.
        'EXDATE;TZID=Europe/London:20180329T200000',
        'END:VEVENT',
        'BEGIN:VEVENT',
        'UID:vigil@barnet.example',
        'RECURRENCE-ID;TZID=America/New_York:20180405T150000',
        'SUMMARY:Vigil (earlier)',
        'DTSTART:20180405T180000Z',
        'DTEND:20180405T190000Z',
        'END:VEVENT',
      ],
      days('2018-03-01', '2018-04-30'),
    );
    expect(items.map(seen)).toEqual([
      '2018-03-22T19:00:00.000Z..2018-03-22T20:00:00.000Z Vigil',
      '2018-04-05T18:00:00.000Z..2018-04-05T19:00:00.000Z Vigil (earlier)',
      '2018-04-12T19:00:00.000Z..2018-04-12T20:00:00.000Z Vigil',
    ]);
    expect(items[1]!.recurrenceId).toBe('2018-04-05T19:00:00.000Z');
    // And when DTSTART is a wall time: 14:00 in New York is 19:00 in London on 8 March.
    const london = await expand(
      weekly('RRULE:FREQ=WEEKLY;COUNT=3', 'EXDATE;TZID=America/New_York:20180308T140000'),
    );
    expect(starts(london.items)).toEqual(['2018-03-01T19:00:00.000Z', '2018-03-15T19:00:00.000Z']);
  });

  it('ends each occurrence a DURATION in hours after its start, and one in days at the same wall time', async () => {
    // Clocks in London go forward at 01:00 GMT on 25 March 2018.
    const night = (start: string, duration: string) => [
      'BEGIN:VEVENT',
      'UID:vigil',
      'SUMMARY:Vigil',
      start,
      `DURATION:${duration}`,
      'RRULE:FREQ=WEEKLY;COUNT=2',
      'END:VEVENT',
    ];
    for (const start of ['DTSTART;TZID=Europe/London:20180317T230000', 'DTSTART:20180317T230000']) {
      const hours = await expand(night(start, 'PT4H'), days('2018-03-01', '2018-03-31'));
      expect(hours.items.map(seen)).toEqual([
        '2018-03-17T23:00:00.000Z..2018-03-18T03:00:00.000Z Vigil',
        '2018-03-24T23:00:00.000Z..2018-03-25T03:00:00.000Z Vigil',
      ]);
      const day = await expand(night(start, 'P1D'), days('2018-03-01', '2018-03-31'));
      expect(day.items.map(seen)).toEqual([
        '2018-03-17T23:00:00.000Z..2018-03-18T23:00:00.000Z Vigil',
        '2018-03-24T23:00:00.000Z..2018-03-25T22:00:00.000Z Vigil',
      ]);
    }
  });

  it('shows a moved occurrence at its new time, even when it moved into the window from outside it', async () => {
    const override = [
      'BEGIN:VEVENT',
      'UID:branch-meeting@barnet.example',
      'RECURRENCE-ID;TZID=Europe/London:20180329T190000',
      'SUMMARY:Branch meeting (moved)',
      'DTSTART;TZID=Europe/London:20180403T190000',
      'DTEND;TZID=Europe/London:20180403T203000',
      'END:VEVENT',
    ];
    const { items } = await expand(
      [...weekly('RRULE:FREQ=WEEKLY;COUNT=6'), ...override],
      days('2018-04-01', '2018-04-07'),
    );
    expect(items.map(seen)).toEqual([
      '2018-04-03T18:00:00.000Z..2018-04-03T19:30:00.000Z Branch meeting (moved)',
      '2018-04-05T18:00:00.000Z..2018-04-05T19:30:00.000Z Branch meeting',
    ]);
    expect(items[0]!.recurrenceId).toBe('2018-03-29T18:00:00.000Z');
    const march = await expand(
      [...weekly('RRULE:FREQ=WEEKLY;COUNT=6'), ...override],
      days('2018-03-26', '2018-03-31'),
    );
    expect(march.items).toEqual([]);
  });

  it('tells the kinds of a series, with any an occurrence’s own version gives it', async () => {
    const feed = await parseICalendarFeed(
      calendar(
        ...weekly('RRULE:FREQ=WEEKLY;COUNT=3', 'CATEGORIES:Meeting'),
        'BEGIN:VEVENT',
        'UID:branch-meeting@barnet.example',
        'RECURRENCE-ID;TZID=Europe/London:20180308T190000',
        'SUMMARY:Branch meeting on the picket line',
        'DTSTART;TZID=Europe/London:20180308T070000',
        'CATEGORIES:Picket',
        'END:VEVENT',
      ),
      { source: SOURCE, defaultTimeZone: 'Europe/London' },
    );
    expect(feed.entries.map((entry) => entry.categories)).to.deep.equal([['meeting', 'picket']]);
  });

  it('keeps a cancelled occurrence, marked cancelled', async () => {
    const { items } = await expand([
      ...weekly('RRULE:FREQ=WEEKLY;COUNT=3'),
      'BEGIN:VEVENT',
      'UID:branch-meeting@barnet.example',
      'RECURRENCE-ID;TZID=Europe/London:20180308T190000',
      'SUMMARY:Branch meeting',
      'DTSTART;TZID=Europe/London:20180308T190000',
      'STATUS:CANCELLED',
      'END:VEVENT',
    ]);
    expect(items.map((item) => item.status)).toEqual(['scheduled', 'cancelled', 'scheduled']);
  });

  it('applies a THISANDFUTURE override to the occurrences after it', async () => {
    const { items } = await expand([
      ...weekly('RRULE:FREQ=WEEKLY;COUNT=4'),
      'BEGIN:VEVENT',
      'UID:branch-meeting@barnet.example',
      'RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/London:20180315T190000',
      'SUMMARY:Branch meeting (new room)',
      'DTSTART;TZID=Europe/London:20180315T183000',
      'DTEND;TZID=Europe/London:20180315T200000',
      'END:VEVENT',
    ]);
    expect(items.map(seen)).toEqual([
      '2018-03-01T19:00:00.000Z..2018-03-01T20:30:00.000Z Branch meeting',
      '2018-03-08T19:00:00.000Z..2018-03-08T20:30:00.000Z Branch meeting',
      '2018-03-15T18:30:00.000Z..2018-03-15T20:00:00.000Z Branch meeting (new room)',
      '2018-03-22T18:30:00.000Z..2018-03-22T20:00:00.000Z Branch meeting (new room)',
    ]);
  });

  it('repeats all-day events by date', async () => {
    const { items } = await expand(
      [
        'BEGIN:VEVENT',
        'UID:strike',
        'SUMMARY:Strike day',
        'DTSTART;VALUE=DATE:20180710',
        'DTEND;VALUE=DATE:20180712',
        'RRULE:FREQ=WEEKLY;COUNT=2',
        'CATEGORIES:Strike',
        'END:VEVENT',
      ],
      days('2018-07-01', '2018-07-31'),
    );
    expect(items.map((item) => `${seen(item)} ${item.recurrenceId} ${item.category}`)).toEqual([
      '2018-07-10..2018-07-11 Strike day 2018-07-10 strike',
      '2018-07-17..2018-07-18 Strike day 2018-07-17 strike',
    ]);
  });

  it('shows a lone override whose series is not in the feed', async () => {
    const { items } = await expand([
      'BEGIN:VEVENT',
      'UID:shared-occurrence',
      'RECURRENCE-ID:20180315T190000Z',
      'SUMMARY:Shared meeting',
      'DTSTART:20180315T190000Z',
      'END:VEVENT',
    ]);
    expect(items.map(seen)).toEqual(['2018-03-15T19:00:00.000Z Shared meeting']);
  });
});

describe('limits on repeating events', () => {
  it('stops a rule that never ends and fills the window, with a problem', async () => {
    const { items, problems } = await expand(
      [
        'BEGIN:VEVENT',
        'UID:x',
        'SUMMARY:Reminder',
        'DTSTART:20180101T000000Z',
        'RRULE:FREQ=MINUTELY',
        'END:VEVENT',
      ],
      days('2018-01-01', '2018-01-31'),
    );
    expect(items).toHaveLength(MAX_PER_WINDOW);
    expect(plain(problems)).toEqual([
      {
        code: 'invalid-value',
        field: 'line 8',
        message: `Line 8 of ${SOURCE}: “Reminder” repeats more than 1,000 times in the dates shown, so only the first 1,000 are shown. Check its RRULE (for example FREQ=MINUTELY where FREQ=WEEKLY was meant).`,
      },
    ]);
  });

  it('stops counting a rule that takes too many steps to reach the window, with a problem', async () => {
    const { items, problems } = await expand(
      [
        'BEGIN:VEVENT',
        'UID:x',
        'SUMMARY:Hourly check',
        'DTSTART:20170101T000000Z',
        'RRULE:FREQ=HOURLY',
        'END:VEVENT',
      ],
      days('2018-12-01', '2018-12-31'),
    );
    // The window starts more hours after DTSTART than Placard will step through.
    expect((Date.UTC(2018, 11, 1) - Date.UTC(2017, 0, 1)) / 3_600_000).toBeGreaterThan(MAX_STEPS);
    expect(items).toEqual([]);
    expect(plain(problems)).toEqual([
      {
        code: 'invalid-value',
        field: 'line 8',
        message: `Line 8 of ${SOURCE}: “Hourly check” repeats so often that Placard stopped counting after 10,000 repeats before reaching the dates shown, so some are missing. Check its RRULE (for example FREQ=MINUTELY where FREQ=WEEKLY was meant), or end the series and start a new one nearer today.`,
      },
    ]);
  });

  it('expands a weekly rule begun years before the window', async () => {
    const { items, problems } = await expand(
      [
        'BEGIN:VEVENT',
        'UID:x',
        'SUMMARY:Branch meeting',
        'DTSTART;TZID=Europe/London:19900104T190000',
        'RRULE:FREQ=WEEKLY',
        'END:VEVENT',
      ],
      days('2018-03-01', '2018-03-31'),
    );
    expect(problems).toEqual([]);
    expect(starts(items)).toEqual([
      '2018-03-01T19:00:00.000Z',
      '2018-03-08T19:00:00.000Z',
      '2018-03-15T19:00:00.000Z',
      '2018-03-22T19:00:00.000Z',
      '2018-03-29T18:00:00.000Z',
    ]);
  });
});
