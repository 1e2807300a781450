/**
 * The order things load in when a calendar reads a feed at an address: on a
 * slow connection each step that waits for another costs a round trip, so the
 * feed is asked for while the code that reads it is still arriving.
 *
 * The reading module's import is held back until the test lets it through,
 * standing in for a slow network.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { branchCalendar as ics } from './calendar-helpers.js';

const emptyHost = { querySelectorAll: () => [] } as unknown as Element;
const ICS = 'https://branch.example/calendar.ics';
const JSON_FEED = 'https://branch.example/calendar.json';

/**
 * Fresh modules whose reading module waits for `open()`, and a record of
 * whether the iCalendar reader was asked for.
 */
function slowReadingCode() {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const loaded = { icalendarReader: false };
  vi.resetModules();
  vi.doMock('../../src/calendar/load-calendar.js', async (importOriginal) => {
    await gate;
    return importOriginal();
  });
  vi.doMock('../../src/calendar/icalendar-feed.js', async (importOriginal) => {
    loaded.icalendarReader = true;
    return importOriginal();
  });
  return { open, loaded };
}

async function readInputs(src: string) {
  const { readCalendarInputs } = await import('../../src/calendar/calendar-inputs.js');
  return readCalendarInputs({ sources: [{ src }], host: emptyHost });
}

describe('loading a feed at an address', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.doUnmock('../../src/calendar/load-calendar.js');
    vi.doUnmock('../../src/calendar/icalendar-feed.js');
  });

  it('asks for the feed, and loads the iCalendar reader for an .ics address, while the reading code is still loading', async () => {
    const { open, loaded } = slowReadingCode();
    let answer!: (response: Response) => void;
    const fetch = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    vi.stubGlobal('fetch', fetch);

    const reading = readInputs(ICS);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledWith(ICS, expect.anything()));
    await vi.waitFor(() => expect(loaded.icalendarReader).toBe(true));

    open();
    answer(new Response(ics, { headers: { 'content-type': 'text/calendar' } }));
    const { feeds } = await reading;
    expect(feeds.map((read) => [read.feed.name, read.subscribable])).toEqual([['Branch', true]]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('reports a feed that fails before the reading code has loaded, without asking again', async () => {
    const { open, loaded } = slowReadingCode();
    const fetch = vi.fn(async () => new Response('Not found', { status: 404, statusText: 'Not Found' }));
    vi.stubGlobal('fetch', fetch);

    const reading = readInputs(JSON_FEED);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledOnce());
    // Let the failure settle before the reading code arrives.
    await new Promise((resolve) => setTimeout(resolve, 10));
    open();

    await expect(reading).rejects.toMatchObject({
      code: 'http-status',
      message: expect.stringContaining(`${JSON_FEED} answered 404`),
    });
    expect(fetch).toHaveBeenCalledOnce();
    // Not an .ics address: ical.js is only loaded if the document turns out to be iCalendar.
    expect(loaded.icalendarReader).toBe(false);
  });
});
