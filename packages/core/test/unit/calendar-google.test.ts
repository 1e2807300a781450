import { afterEach, describe, expect, it, vi } from 'vitest';
import { expandCalendar } from '../../src/calendar/expand-calendar.js';
import { googleCalendarEventsUrl, parseGoogleCalendarPage } from '../../src/calendar/google-calendar.js';
import { loadGoogleCalendar } from '../../src/calendar/load-google-calendar.js';
import { clearDocumentCache } from '../../src/loading/fetch-document.js';
import { days, plain, seen } from './calendar-helpers.js';
import { expectInputError } from './sources-helpers.js';

const CALENDAR_ID = 'barnet.unison@group.calendar.google.com';
const from = new Date('2018-02-01T00:00:00Z');
const to = new Date('2018-04-01T00:00:00Z');

const page = {
  kind: 'calendar#events',
  summary: 'Barnet UNISON',
  timeZone: 'Europe/London',
  items: [
    {
      id: 'abc123_20180208T183000Z',
      status: 'confirmed',
      htmlLink: 'https://www.google.com/calendar/event?eid=abc',
      summary: 'Barnet Alliance meeting',
      description:
        'Agenda:<br><ol><li>Attendance &amp; apologies</li><li>Guest speaker from CWU</li></ol><script>alert(1)</script>',
      location: 'Greek Cypriot Brotherhood, Finchley',
      start: { dateTime: '2018-02-08T18:30:00Z', timeZone: 'Europe/London' },
      end: { dateTime: '2018-02-08T20:30:00Z', timeZone: 'Europe/London' },
      recurringEventId: 'abc123',
      originalStartTime: { dateTime: '2018-02-08T18:30:00Z', timeZone: 'Europe/London' },
    },
    {
      id: 'heartunions',
      status: 'confirmed',
      summary: 'TUC #heartunions week',
      description: 'Line one\nLine two',
      start: { date: '2018-02-12' },
      end: { date: '2018-02-19' },
    },
    {
      id: 'rally',
      status: 'cancelled',
      summary: 'Emergency rally',
      start: { dateTime: '2018-03-15T18:30:00+00:00' },
      end: { dateTime: '2018-03-15T20:00:00+00:00' },
    },
    { id: 'broken', status: 'confirmed', start: { dateTime: '2018-03-16T10:00:00Z' } },
  ],
};

describe('the Google Calendar API', () => {
  it('builds the events address with repeats expanded, sorted, for the span', () => {
    const url = new URL(
      googleCalendarEventsUrl({
        calendarId: 'en.uk#holiday@group.v.calendar.google.com',
        apiKey: 'KEY',
        from,
        to,
        pageToken: 'next',
      }),
    );
    expect(url.pathname).toBe('/calendar/v3/calendars/en.uk%23holiday%40group.v.calendar.google.com/events');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      key: 'KEY',
      singleEvents: 'true',
      orderBy: 'startTime',
      timeMin: '2018-02-01T00:00:00.000Z',
      timeMax: '2018-04-01T00:00:00.000Z',
      maxResults: '2500',
      pageToken: 'next',
    });
  });

  it('reads a page: timed and all-day events, cancellations, and HTML descriptions as text', async () => {
    const result = await parseGoogleCalendarPage(page, CALENDAR_ID, {
      sourceId: 'google',
      source: 'the Google calendar',
    });
    expect(result.name).toBe('Barnet UNISON');
    expect(result.items.map(seen)).toEqual([
      '2018-02-08T18:30:00.000Z..2018-02-08T20:30:00.000Z Barnet Alliance meeting',
      '2018-02-12..2018-02-18 TUC #heartunions week',
      '2018-03-15T18:30:00.000Z..2018-03-15T20:00:00.000Z Emergency rally [cancelled]',
    ]);
    expect(result.items[0]).toMatchObject({
      timeZone: 'Europe/London',
      venue: { name: 'Greek Cypriot Brotherhood, Finchley' },
      url: 'https://www.google.com/calendar/event?eid=abc',
      description: 'Agenda:\n\n• Attendance & apologies\n• Guest speaker from CWU',
      recurrenceId: '2018-02-08T18:30:00.000Z',
      key: JSON.stringify(['google', 'abc123', '2018-02-08T18:30:00.000Z']),
    });
    expect(result.items[1]!.description).toBe('Line one\nLine two');
    // Events without a zone of their own are shown in the calendar's.
    expect(result.items[2]!.timeZone).toBe('Europe/London');
    expect(plain(result.problems)).toEqual([
      {
        code: 'missing-field',
        field: 'items[3].summary',
        message: 'Event 4 of the Google calendar has no name. Correct the event in Google Calendar.',
      },
    ]);
  });

  it('names the calendar in the problems of its events, keeping the path as the field', async () => {
    const source = `the Google calendar ${CALENDAR_ID}`;
    const result = await parseGoogleCalendarPage(
      { items: [{ id: 'soon', summary: 'Picket', start: { dateTime: 'soon' } }, page.items[3]] },
      CALENDAR_ID,
      { source },
    );
    expect(plain(result.problems)).toEqual([
      {
        code: 'invalid-date',
        field: 'items[0].start',
        message: `In ${source}: The items[0].start "soon" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.`,
      },
      {
        // Already names the calendar, so it is not named twice.
        code: 'missing-field',
        field: 'items[1].summary',
        message: `Event 2 of ${source} has no name. Correct the event in Google Calendar.`,
      },
    ]);
  });

  const error = (code: number, message: string, reason: string) => ({
    error: { code, message, errors: [{ reason, message }] },
  });

  it.each([
    [
      error(400, 'API key not valid. Please pass a valid API key.', 'badRequest'),
      'http-status',
      'Google did not accept the API key: it is not a valid key. Copy it again from Google Cloud Console (APIs & Services, then Credentials).',
    ],
    [
      error(
        403,
        'Google Calendar API has not been used in project 123 before or it is disabled.',
        'accessNotConfigured',
      ),
      'http-status',
      'The Google Calendar API is not turned on for the project the API key belongs to. Turn it on in Google Cloud Console (APIs & Services, then Library, then Google Calendar API).',
    ],
    [
      error(403, 'Requests from referer https://branch.example/ are blocked.', 'forbidden'),
      'http-status',
      'The API key is not allowed on this website. In Google Cloud Console, add this site’s address to the key’s website restrictions.',
    ],
    [
      error(403, 'Rate Limit Exceeded', 'rateLimitExceeded'),
      'http-status',
      'Google’s limit of requests for this API key has been reached, so the calendar cannot be loaded just now. It will load again later; if this keeps happening, ask for a higher quota in Google Cloud Console.',
    ],
    [
      error(404, 'Not Found', 'notFound'),
      'not-found',
      `Google has no public calendar with the ID ${CALENDAR_ID}. Check the calendar ID (in Google Calendar: Settings, the calendar, then “Integrate calendar”), and that “Make available to public” is ticked in its access permissions.`,
    ],
    [
      error(500, 'Backend Error', 'backendError'),
      'http-status',
      'The Google Calendar API answered 500: Backend Error.',
    ],
  ] as const)('explains the error answer %#', async (answer, code, message) => {
    await expectInputError(parseGoogleCalendarPage(answer, CALENDAR_ID), { code, field: 'src', message });
  });

  it('refuses an answer that is not an events list', async () => {
    await expectInputError(parseGoogleCalendarPage('{"kind": "calendar#calendarList"}', CALENDAR_ID), {
      code: 'malformed-document',
      field: 'src',
      message: `The Google Calendar API’s answer for the calendar ${CALENDAR_ID} has no list of events. Check the address Placard was given.`,
    });
  });
});

describe('loading a Google calendar', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    clearDocumentCache();
  });

  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('follows nextPageToken and covers the span asked for', async () => {
    const fetch = vi.fn(async (url: string) =>
      new URL(url).searchParams.get('pageToken') === 'p2'
        ? json({ summary: 'Barnet UNISON', items: [page.items[2]] })
        : json({ ...page, items: page.items.slice(0, 2), nextPageToken: 'p2' }),
    );
    vi.stubGlobal('fetch', fetch);
    const feed = await loadGoogleCalendar({ calendarId: CALENDAR_ID, apiKey: 'KEY', from, to });
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(feed).toMatchObject({
      sourceId: `google:${CALENDAR_ID}`,
      name: 'Barnet UNISON',
      covers: { from, to },
    });
    expect(expandCalendar(feed, days('2018-02-01', '2018-03-31')).items.map((item) => item.name)).toEqual([
      'Barnet Alliance meeting',
      'TUC #heartunions week',
      'Emergency rally',
    ]);
  });

  it('stops after the page limit, with a problem', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ ...page, items: page.items.slice(0, 1), nextPageToken: 'more' })),
    );
    const feed = await loadGoogleCalendar({ calendarId: CALENDAR_ID, apiKey: 'KEY', from, to, maxPages: 2 });
    expect(plain(feed.problems)).toEqual([
      {
        code: 'too-large',
        field: 'src',
        message: `Placard stopped after 2 pages of the Google calendar ${CALENDAR_ID} (2 events), and there are more. Ask for a shorter span of dates.`,
      },
    ]);
  });

  it('reads the error in an HTTP error answer, and asks again next time', async () => {
    const fetch = vi.fn(async () =>
      json({ error: { code: 404, message: 'Not Found', errors: [{ reason: 'notFound' }] } }, 404),
    );
    vi.stubGlobal('fetch', fetch);
    const options = { calendarId: CALENDAR_ID, apiKey: 'KEY', from, to };
    await expect(loadGoogleCalendar(options)).rejects.toMatchObject({ code: 'not-found' });
    await expect(loadGoogleCalendar(options)).rejects.toMatchObject({ code: 'not-found' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('names the calendar in a bad event’s problem', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ ...page, items: [{ summary: 'Picket', start: { dateTime: 'soon' } }] })),
    );
    const feed = await loadGoogleCalendar({ calendarId: CALENDAR_ID, apiKey: 'KEY', from, to });
    expect(plain(feed.problems)).toEqual([
      {
        code: 'invalid-date',
        field: 'items[0].start',
        message: `In the Google calendar ${CALENDAR_ID}: The items[0].start "soon" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.`,
      },
    ]);
  });

  it('says when the API cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expectInputError(loadGoogleCalendar({ calendarId: CALENDAR_ID, apiKey: 'KEY', from, to }), {
      code: 'network',
      field: 'src',
      message:
        'Placard could not reach the Google Calendar API. Check the internet connection, or whether a browser extension blocks googleapis.com.',
    });
  });
});
