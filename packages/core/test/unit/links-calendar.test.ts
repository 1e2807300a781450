import { describe, expect, it } from 'vitest';
import { calendarLinks } from '../../src/links/calendar-links.js';
import { RALLY_DESCRIPTION, RALLY_LOCATION, RALLY_NAME, RALLY_URL, allDay, rally } from './links-fixtures.js';

/** The query of a link as a plain object, after checking no parameter appears twice. */
function params(link: string): Record<string, string> {
  const url = new URL(link);
  const keys = [...url.searchParams.keys()];
  expect(new Set(keys).size, `duplicate parameter in ${link}`).toBe(keys.length);
  return Object.fromEntries(url.searchParams);
}

function place(link: string): string {
  const url = new URL(link);
  return `${url.origin}${url.pathname}`;
}

const RALLY_DETAILS = `${RALLY_DESCRIPTION}\n\n${RALLY_URL}`;

describe('calendarLinks: the 15 March 2018 rally (GMT)', () => {
  const links = calendarLinks(rally());

  it('Google: venue wall times with ctz, title, details and one-line location', () => {
    expect(place(links.google)).toBe('https://calendar.google.com/calendar/render');
    expect(params(links.google)).toEqual({
      action: 'TEMPLATE',
      text: RALLY_NAME,
      dates: '20180315T183000/20180315T200000',
      ctz: 'Europe/London',
      details: RALLY_DETAILS,
      location: RALLY_LOCATION,
    });
  });

  it('Outlook.com: UTC instants with Z and allday=false', () => {
    expect(place(links.outlook)).toBe('https://outlook.live.com/calendar/0/action/compose');
    expect(params(links.outlook)).toEqual({
      rru: 'addevent',
      subject: RALLY_NAME,
      startdt: '2018-03-15T18:30:00Z',
      enddt: '2018-03-15T20:00:00Z',
      body: RALLY_DETAILS,
      location: RALLY_LOCATION,
      allday: 'false',
    });
  });

  it('Microsoft 365: the same form on outlook.office.com', () => {
    expect(place(links.office365)).toBe('https://outlook.office.com/calendar/0/action/compose');
    expect(params(links.office365)).toEqual(params(links.outlook));
  });

  it('Yahoo: basic UTC times', () => {
    expect(place(links.yahoo)).toBe('https://calendar.yahoo.com/');
    expect(params(links.yahoo)).toEqual({
      v: '60',
      title: RALLY_NAME,
      st: '20180315T183000Z',
      et: '20180315T200000Z',
      desc: RALLY_DETAILS,
      in_loc: RALLY_LOCATION,
    });
  });

  it('encodes spaces as %20, never +, and percent-encodes the typographic characters', () => {
    for (const link of Object.values(links)) {
      const query = new URL(link).search;
      expect(query).not.toContain('+');
      expect(query).toContain('Emergency%20rally%20%E2%80%93%20Keep%20Trump%E2%80%99s');
      expect(query).not.toMatch(/[\s’–]/);
    }
  });
});

describe('calendarLinks: times', () => {
  it('a British Summer Time event: wall 10:00 + ctz for Google, 09:00Z for Outlook and Yahoo', () => {
    const links = calendarLinks(
      rally({ start: new Date('2018-07-10T09:00:00Z'), end: new Date('2018-07-10T11:30:00Z') }),
    );
    expect(params(links.google).dates).toBe('20180710T100000/20180710T123000');
    expect(params(links.google).ctz).toBe('Europe/London');
    expect(params(links.outlook).startdt).toBe('2018-07-10T09:00:00Z');
    expect(params(links.outlook).enddt).toBe('2018-07-10T11:30:00Z');
    expect(params(links.office365).startdt).toBe('2018-07-10T09:00:00Z');
    expect(params(links.yahoo).st).toBe('20180710T090000Z');
    expect(params(links.yahoo).et).toBe('20180710T113000Z');
  });

  it('uses the event zone, not the host zone, for Google wall times (New York, negative offset, across midnight UTC)', () => {
    const links = calendarLinks(
      rally({
        start: new Date('2018-03-15T22:30:00Z'),
        end: new Date('2018-03-16T01:00:00Z'),
        timeZone: 'America/New_York',
      }),
    );
    expect(params(links.google).dates).toBe('20180315T183000/20180315T210000');
    expect(params(links.google).ctz).toBe('America/New_York');
    expect(params(links.outlook).enddt).toBe('2018-03-16T01:00:00Z');
    expect(params(links.yahoo).et).toBe('20180316T010000Z');
  });

  it('an event across the clocks going forward keeps both ends right', () => {
    // 25 March 2018: 00:30 GMT until 03:00 BST (02:00 UTC).
    const links = calendarLinks(
      rally({ start: new Date('2018-03-25T00:30:00Z'), end: new Date('2018-03-25T02:00:00Z') }),
    );
    expect(params(links.google).dates).toBe('20180325T003000/20180325T030000');
    expect(params(links.outlook).enddt).toBe('2018-03-25T02:00:00Z');
  });

  it('reports an unknown zone as a plain input error', () => {
    expect(() => calendarLinks(rally({ timeZone: 'Mars/Olympus_Mons' }))).toThrow(
      expect.objectContaining({ name: 'PlacardInputError', code: 'unknown-time-zone' }),
    );
  });

  it('a missing end becomes one hour after the start in every provider', () => {
    const links = calendarLinks(rally({ end: undefined }));
    expect(params(links.google).dates).toBe('20180315T183000/20180315T193000');
    expect(params(links.outlook).enddt).toBe('2018-03-15T19:30:00Z');
    expect(params(links.office365).enddt).toBe('2018-03-15T19:30:00Z');
    expect(params(links.yahoo).et).toBe('20180315T193000Z');
  });

  it('drops milliseconds rather than writing them', () => {
    const links = calendarLinks(rally({ start: new Date('2018-03-15T18:30:00.999Z') }));
    expect(params(links.outlook).startdt).toBe('2018-03-15T18:30:00Z');
    expect(params(links.yahoo).st).toBe('20180315T183000Z');
  });
});

describe('calendarLinks: all-day and multi-day events', () => {
  it('a single day: exclusive end for Google and Outlook, dur=allday for Yahoo', () => {
    const links = calendarLinks(allDay('2018-02-12', '2018-02-12'));
    const google = params(links.google);
    expect(google.dates).toBe('20180212/20180213');
    expect(google.ctz).toBeUndefined();
    expect(params(links.outlook)).toEqual({
      rru: 'addevent',
      subject: 'Strike day',
      startdt: '2018-02-12',
      enddt: '2018-02-13',
      allday: 'true',
    });
    expect(params(links.office365)).toEqual(params(links.outlook));
    expect(params(links.yahoo)).toEqual({ v: '60', title: 'Strike day', st: '20180212', dur: 'allday' });
  });

  it('several days: Google and Outlook end the day after; Yahoo gets a floating 00:00–23:59 span', () => {
    const links = calendarLinks(allDay('2018-02-22', '2018-02-28'));
    expect(params(links.google).dates).toBe('20180222/20180301');
    expect(params(links.outlook).startdt).toBe('2018-02-22');
    expect(params(links.outlook).enddt).toBe('2018-03-01');
    expect(params(links.outlook).allday).toBe('true');
    const yahoo = params(links.yahoo);
    expect(yahoo.st).toBe('20180222T000000');
    expect(yahoo.et).toBe('20180228T235900');
    expect(yahoo.dur).toBeUndefined();
  });

  it('rolls over a year end and a leap day', () => {
    expect(params(calendarLinks(allDay('2018-12-31', '2018-12-31')).google).dates).toBe('20181231/20190101');
    expect(params(calendarLinks(allDay('2020-02-28', '2020-02-29')).outlook).enddt).toBe('2020-03-01');
  });
});

describe('calendarLinks: location and details', () => {
  it('an online-only event gives the joining link as the location', () => {
    const links = calendarLinks(rally({ venue: undefined, onlineUrl: 'https://meet.example.org/rally' }));
    expect(params(links.google).location).toBe('https://meet.example.org/rally');
    expect(params(links.yahoo).in_loc).toBe('https://meet.example.org/rally');
  });

  it('an event moved online uses the joining link, not the old venue', () => {
    const links = calendarLinks(
      rally({ status: 'moved-online', onlineUrl: 'https://meet.example.org/rally' }),
    );
    expect(params(links.outlook).location).toBe('https://meet.example.org/rally');
  });

  it('a mixed event keeps the venue as location and adds the joining link to the details', () => {
    const links = calendarLinks(rally({ onlineUrl: 'https://meet.example.org/rally' }));
    expect(params(links.google).location).toBe(RALLY_LOCATION);
    expect(params(links.google).details).toBe(`${RALLY_DETAILS}\n\nhttps://meet.example.org/rally`);
  });

  it('leaves out details and location when there are none', () => {
    const links = calendarLinks(rally({ venue: undefined, description: undefined, url: undefined }));
    expect(Object.keys(params(links.google)).sort()).toEqual(['action', 'ctz', 'dates', 'text']);
    expect(Object.keys(params(links.outlook)).sort()).toEqual([
      'allday',
      'enddt',
      'rru',
      'startdt',
      'subject',
    ]);
    expect(Object.keys(params(links.yahoo)).sort()).toEqual(['et', 'st', 'title', 'v']);
  });

  it('does not repeat the event page when the description already has it', () => {
    const links = calendarLinks(rally({ description: `Details at ${RALLY_URL}` }));
    expect(params(links.google).details).toBe(`Details at ${RALLY_URL}`);
  });

  it('cannot be broken by hostile text: every value comes back intact', () => {
    const name = 'A & B = C?dates=19700101/19700102#frag %20 + 100%';
    const description = 'line one\r\nline two & ctz=UTC';
    const links = calendarLinks(rally({ name, description, url: undefined }));
    const google = params(links.google);
    expect(google.text).toBe(name);
    expect(google.details).toBe(description);
    expect(google.dates).toBe('20180315T183000/20180315T200000');
    expect(google.ctz).toBe('Europe/London');
    expect(new URL(links.google).hash).toBe('');
    expect(params(links.outlook).subject).toBe(name);
    expect(params(links.yahoo).title).toBe(name);
  });
});
