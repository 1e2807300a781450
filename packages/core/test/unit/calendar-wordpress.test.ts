import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadTribeEvents } from '../../src/calendar/load-tribe-events.js';
import { parseTribeEventsPage } from '../../src/calendar/tribe-events.js';
import { expandCalendar } from '../../src/calendar/expand-calendar.js';
import { clearDocumentCache } from '../../src/loading/fetch-document.js';
import { days, plain, seen } from './calendar-helpers.js';
import { expectInputError } from './sources-helpers.js';

const API = 'https://www.barnetunison.me.uk/wp-json/tribe/events/v1/events';

const agm = {
  id: 1234,
  title: 'Barnet UNISON AGM &#8211; Fighting Apartheid to Fighting Austerity',
  description:
    '<p>&#8220;I am deeply honoured to have as our grassroots speaker Paul Joseph.&#8221;</p>\n<p>All members welcome<br />\nRefreshments &amp; cr&egrave;che</p><img src=x onerror="alert(1)"><script>alert(2)</script>',
  url: 'https://www.barnetunison.me.uk/wp/event/agm-2017/',
  all_day: false,
  start_date: '2017-03-07 18:00:00',
  end_date: '2017-03-07 20:30:00',
  utc_start_date: '2017-03-07 18:00:00',
  utc_end_date: '2017-03-07 20:30:00',
  timezone: 'Europe/London',
  image: { url: 'https://www.barnetunison.me.uk/wp/wp-content/uploads/agm.jpg' },
  venue: { id: 9, venue: 'Hendon Town Hall', address: 'The Burroughs', city: 'London', zip: 'NW4 4BG' },
  organizer: [{ id: 3, organizer: 'Barnet UNISON', website: 'https://www.barnetunison.me.uk/' }],
  categories: [{ name: 'AGM', slug: 'agm' }],
  tags: [{ name: 'Mandela', slug: 'mandela' }],
};

const demo = {
  id: 1235,
  title: 'National &#8220;Save Our NHS&#8221; demo &lt;b&gt;',
  description: '',
  url: 'https://www.barnetunison.me.uk/wp/event/nhs-demo/',
  all_day: true,
  start_date: '2017-03-04 00:00:00',
  end_date: '2017-03-04 23:59:59',
  utc_start_date: '2017-03-04 00:00:00',
  utc_end_date: '2017-03-04 23:59:59',
  timezone: 'UTC+0',
  venue: [],
  organizer: [],
  categories: [
    { name: 'National', slug: 'national' },
    { name: 'Demonstrations', slug: 'demo' },
  ],
  tags: [],
};

describe('WordPress: The Events Calendar REST API', () => {
  it('reads events, with titles and descriptions as text, never HTML', async () => {
    const result = await parseTribeEventsPage(
      { events: [agm, demo], rest_url: API, total: 2, total_pages: 1 },
      { sourceId: 'wp', defaultTimeZone: 'Europe/London' },
    );
    expect(result.problems).toEqual([]);
    expect(result.total).toBe(2);
    expect(result.nextUrl).toBeUndefined();
    expect(result.items.map((item) => `${seen(item)} {${item.category}} ${item.timeZone}`)).toEqual([
      '2017-03-07T18:00:00.000Z..2017-03-07T20:30:00.000Z Barnet UNISON AGM – Fighting Apartheid to Fighting Austerity {meeting} Europe/London',
      // A site set to a bare offset shows times in the element's zone; &lt;b&gt; is text.
      '2017-03-04 National “Save Our NHS” demo <b> {demo} Europe/London',
    ]);
    expect(result.items[0]).toMatchObject({
      description:
        '“I am deeply honoured to have as our grassroots speaker Paul Joseph.”\n\nAll members welcome\nRefreshments & crèche',
      venue: { name: 'Hendon Town Hall', address: 'The Burroughs\nLondon\nNW4 4BG' },
      organiser: { name: 'Barnet UNISON', url: 'https://www.barnetunison.me.uk/' },
      image: 'https://www.barnetunison.me.uk/wp/wp-content/uploads/agm.jpg',
      url: 'https://www.barnetunison.me.uk/wp/event/agm-2017/',
      tags: ['Mandela'],
      key: JSON.stringify(['wp', '1234']),
    });
    expect(result.items[1]!.description).toBeUndefined();
    expect(result.items[1]!.venue).toBeUndefined();
  });

  it('reports a bad event by its path and keeps the others', async () => {
    const result = await parseTribeEventsPage({
      events: [{ ...agm, utc_start_date: null, start_date: 'soon' }, demo],
    });
    expect(result.items.map((item) => item.id)).toEqual(['1235']);
    expect(plain(result.problems)).toEqual([
      {
        code: 'invalid-date',
        field: 'events[0].start_date',
        message:
          'The events[0].start_date "soon" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.',
      },
    ]);
  });

  it('names the feed in the problems of its events, keeping the path as the field', async () => {
    const source = `the WordPress events at ${API}`;
    const result = await parseTribeEventsPage(
      {
        events: [
          { ...agm, utc_start_date: null, start_date: 'soon' },
          { ...demo, title: '' },
        ],
      },
      { source },
    );
    expect(plain(result.problems)).toEqual([
      {
        code: 'invalid-date',
        field: 'events[0].start_date',
        message: `In ${source}: The events[0].start_date "soon" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.`,
      },
      {
        // Already names the feed, so it is not named twice.
        code: 'missing-field',
        field: 'events[1].title',
        message: `Event 2 of ${source} has no name. Correct the event in WordPress (Events, then Edit).`,
      },
    ]);
  });

  it('explains WordPress’s error answers', async () => {
    await expectInputError(
      parseTribeEventsPage(
        { code: 'rest_no_route', message: 'No route was found', data: { status: 404 } },
        { source: `the WordPress events at ${API}` },
      ),
      {
        code: 'not-found',
        field: 'src',
        message: `Placard found no The Events Calendar REST API at the WordPress events at ${API} (WordPress answered rest_no_route). Check that The Events Calendar plugin is active, and that the address ends in /wp-json/tribe/events/v1/events.`,
      },
    );
    await expectInputError(
      parseTribeEventsPage({ code: 'rest_forbidden', message: 'Sorry, you are not allowed to do that.' }),
      {
        code: 'http-status',
        field: 'src',
        message:
          'WordPress could not list the events of the calendar feed: Sorry, you are not allowed to do that. (rest_forbidden).',
      },
    );
    await expectInputError(parseTribeEventsPage({ posts: [] }), {
      code: 'malformed-document',
      field: 'src',
      message:
        'Placard cannot read the calendar feed: it is not The Events Calendar’s list of events (it has no "events" list). Use the address of its REST API, ending in /wp-json/tribe/events/v1/events.',
    });
  });
});

describe('loading every page from WordPress', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    clearDocumentCache();
  });

  const json = (body: unknown) =>
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

  it('follows next_rest_url on the same site', async () => {
    const fetch = vi.fn(async (url: string) =>
      url.includes('page=2')
        ? json({
            events: [demo],
            next_rest_url: 'https://elsewhere.example/wp-json/tribe/events/v1/events?page=3',
          })
        : json({ events: [agm], next_rest_url: `${API}?page=2`, total: 3 }),
    );
    vi.stubGlobal('fetch', fetch);
    const feed = await loadTribeEvents(API, { defaultTimeZone: 'Europe/London' });
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([API, `${API}?page=2`]);
    expect(feed.sourceId).toBe(API);
    expect(expandCalendar(feed, days('2017-03-01', '2017-03-31')).items.map((item) => item.id)).toEqual([
      '1235',
      '1234',
    ]);
  });

  it('names the feed in a bad event’s problem', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ events: [{ ...agm, utc_start_date: null, start_date: 'soon' }, demo] })),
    );
    const feed = await loadTribeEvents(API);
    expect(feed.entries).toHaveLength(1);
    expect(plain(feed.problems)).toEqual([
      {
        code: 'invalid-date',
        field: 'events[0].start_date',
        message: `In the WordPress events at ${API}: The events[0].start_date "soon" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.`,
      },
    ]);
  });

  it('stops at the page limit, and keeps what it read when a later page fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => json({ events: [{ ...agm, id: url.length }], next_rest_url: `${url}&x` })),
    );
    const limited = await loadTribeEvents(`${API}?page=1`, { maxPages: 3 });
    expect(limited.entries).toHaveLength(3);
    expect(plain(limited.problems).map((problem) => problem.code)).toEqual(['too-large']);

    clearDocumentCache();
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.endsWith('page=2')
          ? new Response('Oops', { status: 500 })
          : json({ events: [agm], next_rest_url: `${API}?page=2` }),
      ),
    );
    const partial = await loadTribeEvents(API);
    expect(partial.entries).toHaveLength(1);
    expect(plain(partial.problems).map((problem) => problem.code)).toEqual(['http-status']);
  });
});
