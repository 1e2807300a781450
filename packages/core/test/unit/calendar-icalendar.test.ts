import { describe, expect, it } from 'vitest';
import type { CalendarItem } from '../../src/calendar/calendar-item.js';
import { expandCalendar } from '../../src/calendar/expand-calendar.js';
import { parseICalendarFeed } from '../../src/calendar/icalendar-feed.js';
import { calendar, days, fixture, plain, seen } from './calendar-helpers.js';

const LONDON_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'DTSTART:19700329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'DTSTART:19701025T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The only item of a one-event calendar, expanded over its year. */
async function only(text: string, defaultTimeZone = 'America/New_York'): Promise<CalendarItem> {
  const feed = await parseICalendarFeed(text, { defaultTimeZone });
  const { items, problems } = expandCalendar(feed, days('2018-01-01', '2018-12-31', defaultTimeZone));
  expect(plain(problems)).toEqual([]);
  expect(items).toHaveLength(1);
  return items[0]!;
}

const event = (...lines: string[]) =>
  calendar('BEGIN:VEVENT', 'UID:one@example.org', 'SUMMARY:Picket', ...lines, 'END:VEVENT');

describe('reading an iCalendar feed: Google’s export', () => {
  it('reads the calendar’s name, each event, and its repeats, overrides and cancellations', async () => {
    const feed = await parseICalendarFeed(fixture('google-export.ics'), { sourceId: 'baps' });
    expect(feed.name).toBe('Barnet Alliance for Public Services');
    const { items, problems } = expandCalendar(feed, days('2018-02-01', '2018-04-30'));
    expect(problems).toEqual([]);
    expect(items.map(seen)).toEqual([
      '2018-02-08T18:30:00.000Z..2018-02-08T20:30:00.000Z Barnet Alliance meeting',
      '2018-02-12..2018-02-18 ❤UNIONS 2018 – TUC #heartunions week',
      '2018-02-15T18:30:00.000Z..2018-02-15T20:30:00.000Z Barnet Alliance meeting',
      '2018-02-22T18:30:00.000Z..2018-02-22T20:30:00.000Z Barnet Alliance meeting',
      // 1 March is an EXDATE.
      '2018-03-08T18:30:00.000Z..2018-03-08T20:30:00.000Z Barnet Alliance meeting',
      '2018-03-10T10:00:00.000Z..2018-03-10T16:00:00.000Z Campaign Against Climate Change Trades Union Conference [cancelled]',
      '2018-03-15T18:30:00.000Z..2018-03-15T20:00:00.000Z Emergency rally – Keep Trump’s Hands Off Latin America!',
      '2018-03-15T19:00:00.000Z..2018-03-15T21:00:00.000Z Barnet Alliance meeting (moved for the emergency rally)',
      '2018-03-22T18:30:00.000Z..2018-03-22T20:30:00.000Z Barnet Alliance meeting [cancelled]',
      // British Summer Time from 25 March: still 18:30 in London.
      '2018-03-29T17:30:00.000Z..2018-03-29T19:30:00.000Z Barnet Alliance meeting',
      '2018-04-05T17:30:00.000Z..2018-04-05T19:30:00.000Z Barnet Alliance meeting',
      // UNTIL is exactly this start (17:30Z), so it is included.
      '2018-04-12T17:30:00.000Z..2018-04-12T19:30:00.000Z Barnet Alliance meeting',
    ]);
  });

  it('reads escaped commas, paragraphs, non-ASCII text and categories', async () => {
    const feed = await parseICalendarFeed(fixture('google-export.ics'));
    const { items } = expandCalendar(feed, days('2018-03-15', '2018-03-15'));
    const rally = items.find((item) => item.name.startsWith('Emergency rally'))!;
    expect(rally.venue).toEqual({ name: 'Unite The Union, 128 Theobalds Road, London WC1X 8TN' });
    expect(rally.description).toBe(
      'With Chris Williamson MP; Christine Blower, National Education Union, NUT Section; Dr. Francisco Dominguez plus guests from Bolivia, Nicaragua and Venezuela.\n\nHosted by VSC. Supported by the Nicaragua Solidarity Action Group.',
    );
    expect(rally.category).toBe('demo');
    // UTC times are shown in the calendar's X-WR-TIMEZONE.
    expect(rally.timeZone).toBe('Europe/London');
  });

  it('gives each occurrence a stable key, the same as the override that replaces it', async () => {
    const text = fixture('google-export.ics');
    const first = expandCalendar(
      await parseICalendarFeed(text, { sourceId: 'baps' }),
      days('2018-03-01', '2018-03-31'),
    );
    const again = expandCalendar(
      await parseICalendarFeed(text, { sourceId: 'baps' }),
      days('2018-03-01', '2018-03-31'),
    );
    expect(again.items.map((item) => item.key)).toEqual(first.items.map((item) => item.key));
    expect(new Set(first.items.map((item) => item.key)).size).toBe(first.items.length);
    const moved = first.items.find((item) => item.name.includes('moved'))!;
    expect(moved.recurrenceId).toBe('2018-03-15T18:30:00.000Z');
    expect(moved.key).toBe(
      JSON.stringify(['baps', 'bapsmeeting2018@google.com', '2018-03-15T18:30:00.000Z']),
    );
    expect(first.items.find((item) => item.recurrenceId === '2018-03-08T18:30:00.000Z')?.key).toBe(
      JSON.stringify(['baps', 'bapsmeeting2018@google.com', '2018-03-08T18:30:00.000Z']),
    );
  });
});

describe('the calendar’s name', () => {
  it('undoes the escapes of iCalendar text in X-WR-CALNAME', async () => {
    const name = async (line: string) => (await parseICalendarFeed(calendar(line))).name;
    expect(await name('X-WR-CALNAME:Barnet\\, Enfield \\; Haringey')).toBe('Barnet, Enfield ; Haringey');
    expect(await name('X-WR-CALNAME:Branch\\ncalendar \\\\ 2018')).toBe('Branch calendar \\ 2018');
  });
});

describe('reading an iCalendar feed: Outlook’s export', () => {
  it('maps Windows zone names to IANA zones and reads all-day strike days', async () => {
    const feed = await parseICalendarFeed(fixture('outlook-export.ics'), {
      defaultTimeZone: 'Europe/London',
    });
    expect(feed.name).toBe('PCS strike action 2014');
    const { items, problems } = expandCalendar(feed, days('2014-07-01', '2014-08-31'));
    expect(problems).toEqual([]);
    expect(items.map((item) => `${seen(item)} {${item.category}} ${item.timeZone}`)).toEqual([
      '2014-07-10 1-day strike for fair pay {strike} Europe/London',
      '2014-07-26..2014-07-31 Strike against privatisation – MoJ shared services, Bootle {strike} Europe/London',
      '2014-07-28T06:00:00.000Z..2014-07-28T08:00:00.000Z Picket line {picket} Europe/London',
      '2014-07-29T06:00:00.000Z..2014-07-29T08:00:00.000Z Picket line {picket} Europe/London',
      '2014-07-30T06:00:00.000Z..2014-07-30T08:00:00.000Z Picket line {picket} Europe/London',
      // Outlook's UNTIL is the last start exactly, in UTC.
      '2014-07-31T06:00:00.000Z..2014-07-31T08:00:00.000Z Picket line {picket} Europe/London',
      '2014-08-01..2014-08-31 Overtime ban extended for MoJ shared services members {strike} Europe/London',
    ]);
  });
});

describe('reading an iCalendar feed: Apple’s export', () => {
  it('reads a monthly rule with COUNT and BYDAY, and folded Welsh text', async () => {
    const feed = await parseICalendarFeed(fixture('apple-export.ics'));
    expect(feed.name).toBe('Cangen UNISON – Branch calendar');
    const { items } = expandCalendar(feed, days('2017-01-01', '2017-12-31'));
    const meetings = items.filter((item) => item.category === 'meeting');
    expect(meetings.map((item) => (item.allDay ? '' : item.start.toISOString()))).toEqual([
      '2017-02-07T18:00:00.000Z',
      '2017-03-07T18:00:00.000Z',
      '2017-04-04T17:00:00.000Z',
      '2017-05-02T17:00:00.000Z',
      '2017-06-06T17:00:00.000Z',
      '2017-07-04T17:00:00.000Z',
    ]);
    expect(meetings[0]).toMatchObject({
      name: 'Cyfarfod y gangen / Branch committee',
      description:
        'Croeso i bawb – all members welcome. Agenda: reports, motions, any other business. Paned a bisgedi ☕.',
      venue: { name: 'Neuadd y Dref, Caerdydd' },
    });
    expect(items.find((item) => item.allDay)).toMatchObject({
      name: 'Join the Durham Teaching Assistants in Durham',
      startDate: '2017-03-25',
      endDate: '2017-03-25',
      category: 'demo',
      url: 'https://www.barnetunison.me.uk/wp/2017/02/03/saturday-25-march-join-the-durham-teaching-assistants-in-durham/',
    });
  });
});

describe('the branch calendar of action', () => {
  it('holds single days, ranges and a whole month, each with its kind of action', async () => {
    const feed = await parseICalendarFeed(fixture('branch-calendar-of-action.ics'), { sourceId: 'barnet' });
    expect(feed.name).toBe('Barnet UNISON calendar of action');
    const { items, problems } = expandCalendar(feed, days('2018-01-01', '2018-12-31'));
    expect(problems).toEqual([]);
    expect(items.map((item) => `${seen(item)} {${item.category}}`)).toEqual([
      '2018-02-08T18:30:00.000Z..2018-02-08T20:30:00.000Z Meeting of Barnet Alliance for Public Services {meeting}',
      '2018-02-10 Labour Party conference on Alternative Models of Ownership {conference}',
      '2018-02-10 Stand Up To Racism Trades Union conference {conference}',
      '2018-02-12..2018-02-18 TUC #heartunions week {other}',
      '2018-03-08 BTUC Annual General Meeting {meeting}',
      '2018-03-10 Campaign Against Climate Change Trades Union Conference {conference}',
      '2018-03-15T18:30:00.000Z..2018-03-15T20:00:00.000Z Emergency rally – Keep Trump’s Hands Off Latin America! {demo}',
      '2018-03-17 International March Against Racism {demo}',
      '2018-04-28 Workers’ Memorial Day {other}',
      '2018-05-03 Local Elections {other}',
      '2018-05-12 TUC Demonstration: New Deal for Working People {demo}',
      '2018-07-14 Durham Miners’ Gala {social}',
      '2018-07-20..2018-07-22 Tolpuddle Martyrs Festival {social}',
      '2018-11-01..2018-11-30 TUC Young Workers’ Month {other}',
    ]);
  });

  it('reads its 2017 calendar of action with quotes, hashtags and flyer links', async () => {
    const feed = await parseICalendarFeed(fixture('branch-calendar-of-action.ics'));
    const { items } = expandCalendar(feed, days('2017-02-01', '2017-03-31'));
    expect(items).toHaveLength(8);
    expect(items.find((item) => item.allDay && item.startDate === '2017-02-20')).toMatchObject({
      name: '1 Day Without Us',
      category: 'demo',
      url: 'https://www.barnetunison.me.uk/wp/wp-content/uploads/2017/02/2017.02.02-One-day-without-us-flyer.pdf',
      description:
        'We want to demonstrate our solidarity for our migrant colleagues by wearing a purple or green ribbon, and by taking solidarity selfies of you and your workmates. #20Feb #1DayWithoutUs #BarnetUNISON',
    });
    expect(items.find((item) => item.allDay && item.startDate === '2017-02-28')?.name).toBe(
      '“I, Daniel Blake” – screening and Q & A with Ken Loach',
    );
  });
});

describe('time zones', () => {
  it('reads TZID=Europe/London 11:15 as 11:15 in London, whatever the calendar’s zone', async () => {
    for (const defaultTimeZone of ['America/New_York', 'Asia/Tokyo', 'UTC']) {
      const item = await only(event('DTSTART;TZID=Europe/London:20180710T111500'), defaultTimeZone);
      expect(item).toMatchObject({ allDay: false, timeZone: 'Europe/London' });
      expect(!item.allDay && item.start.toISOString()).toBe('2018-07-10T10:15:00.000Z');
    }
  });

  it('uses the file’s VTIMEZONE and an IANA TZID alike', async () => {
    const withZone = await only(
      calendar(
        ...LONDON_VTIMEZONE,
        'BEGIN:VEVENT',
        'UID:a',
        'SUMMARY:Rally',
        'DTSTART;TZID=Europe/London:20181201T111500',
        'END:VEVENT',
      ),
    );
    const without = await only(event('DTSTART;TZID=Europe/London:20181201T111500'));
    expect(!withZone.allDay && withZone.start.toISOString()).toBe('2018-12-01T11:15:00.000Z');
    expect(!without.allDay && without.start.toISOString()).toBe('2018-12-01T11:15:00.000Z');
  });

  it('maps an Outlook Windows zone name with no VTIMEZONE to its IANA zone', async () => {
    const item = await only(event('DTSTART;TZID=W. Europe Standard Time:20180710T111500'));
    expect(item.timeZone).toBe('Europe/Berlin');
    expect(!item.allDay && item.start.toISOString()).toBe('2018-07-10T09:15:00.000Z');
  });

  it('reads a zone only the file’s VTIMEZONE defines through it, shown in the calendar’s zone', async () => {
    const zone = LONDON_VTIMEZONE.map((line) =>
      line === 'TZID:Europe/London' ? 'TZID:Branch Office Time' : line,
    );
    const item = await only(
      calendar(
        ...zone,
        'BEGIN:VEVENT',
        'UID:a',
        'SUMMARY:Meeting',
        'DTSTART;TZID=Branch Office Time:20180710T111500',
        'END:VEVENT',
      ),
    );
    expect(!item.allDay && item.start.toISOString()).toBe('2018-07-10T10:15:00.000Z');
    expect(item.timeZone).toBe('America/New_York');
  });

  it('reads the IANA name at the end of a path-style TZID', async () => {
    const item = await only(
      event('DTSTART;TZID=/freeassociation.sourceforge.net/Tzfile/Europe/London:20180710T111500'),
    );
    expect(item.timeZone).toBe('Europe/London');
    expect(!item.allDay && item.start.toISOString()).toBe('2018-07-10T10:15:00.000Z');
  });

  it('reads TZID=UTC and TZID=GMT as UTC, on DTSTART, DTEND and RECURRENCE-ID', async () => {
    for (const tzid of ['UTC', 'GMT']) {
      const item = await only(
        event(
          `RECURRENCE-ID;TZID=${tzid}:20180301T190000`,
          `DTSTART;TZID=${tzid}:20180301T190000`,
          `DTEND;TZID=${tzid}:20180301T203000`,
        ),
        'Europe/London',
      );
      expect(seen(item)).toBe('2018-03-01T19:00:00.000Z..2018-03-01T20:30:00.000Z Picket');
      expect(item.recurrenceId).toBe('2018-03-01T19:00:00.000Z');
    }
  });

  it('reads floating times in X-WR-TIMEZONE, else the calendar’s zone', async () => {
    const floating = await only(
      calendar(
        'X-WR-TIMEZONE:Europe/London',
        'BEGIN:VEVENT',
        'UID:a',
        'SUMMARY:Demo',
        'DTSTART:20180710T111500',
        'END:VEVENT',
      ),
    );
    expect(!floating.allDay && floating.start.toISOString()).toBe('2018-07-10T10:15:00.000Z');
    const elementZone = await only(event('DTSTART:20180710T111500'), 'Asia/Tokyo');
    expect(!elementZone.allDay && elementZone.start.toISOString()).toBe('2018-07-10T02:15:00.000Z');
  });
});

describe('all-day and multi-day events', () => {
  it('turns iCalendar’s exclusive DTEND into the last day', async () => {
    expect(await only(event('DTSTART;VALUE=DATE:20180212', 'DTEND;VALUE=DATE:20180219'))).toMatchObject({
      allDay: true,
      startDate: '2018-02-12',
      endDate: '2018-02-18',
    });
  });

  it('reads a day with no DTEND, or a DTEND equal to DTSTART, as one day', async () => {
    expect(await only(event('DTSTART;VALUE=DATE:20180710'))).toMatchObject({
      startDate: '2018-07-10',
      endDate: '2018-07-10',
    });
    expect(await only(event('DTSTART;VALUE=DATE:20180710', 'DTEND;VALUE=DATE:20180710'))).toMatchObject({
      startDate: '2018-07-10',
      endDate: '2018-07-10',
    });
  });

  it('reads DURATION for timed and all-day events', async () => {
    const timed = await only(event('DTSTART:20180227T100000Z', 'DURATION:PT2H'));
    expect(!timed.allDay && timed.end?.toISOString()).toBe('2018-02-27T12:00:00.000Z');
    expect(await only(event('DTSTART;VALUE=DATE:20180726', 'DURATION:P6D'))).toMatchObject({
      endDate: '2018-07-31',
    });
  });

  it('reads a DURATION in hours as exact time and one in days as wall-clock days, across a clock change', async () => {
    // Clocks in London go forward at 01:00 GMT on 25 March 2018: that day is 23 hours long.
    const ends = async (start: string, duration: string) => {
      const item = await only(event(start, `DURATION:${duration}`), 'Europe/London');
      return !item.allDay && item.end?.toISOString();
    };
    expect(await ends('DTSTART;TZID=Europe/London:20180324T230000', 'PT4H')).toBe('2018-03-25T03:00:00.000Z');
    expect(await ends('DTSTART:20180324T230000', 'PT4H')).toBe('2018-03-25T03:00:00.000Z');
    expect(await ends('DTSTART;TZID=Europe/London:20180324T230000', 'P1D')).toBe('2018-03-25T22:00:00.000Z');
    expect(await ends('DTSTART;TZID=Europe/London:20180324T230000', 'P1DT30M')).toBe(
      '2018-03-25T22:30:00.000Z',
    );
    // UTC has no clock changes: a day there is always 24 hours.
    expect(await ends('DTSTART:20180324T230000Z', 'P1D')).toBe('2018-03-25T23:00:00.000Z');
  });

  it('keeps STATUS:CANCELLED events, marked cancelled', async () => {
    expect((await only(event('DTSTART:20180318T120000Z', 'STATUS:CANCELLED'))).status).toBe('cancelled');
  });
});

describe('categories', () => {
  it('takes the first CATEGORIES word Placard knows, else the source’s default, else other', async () => {
    const item = async (categories: string, defaultCategory?: 'meeting') => {
      const feed = await parseICalendarFeed(event('DTSTART:20180318T120000Z', `CATEGORIES:${categories}`), {
        defaultCategory,
      });
      return expandCalendar(feed, days('2018-03-18', '2018-03-18')).items[0]!.category;
    };
    expect(await item('Barnet UNISON,Walkout')).toBe('strike');
    expect(await item('Barnet UNISON', 'meeting')).toBe('meeting');
    expect(await item('Barnet UNISON')).toBe('other');
  });
});
