/**
 * The order things load in when a card reads an event at an address: the
 * reader that the address's extension promises loads during the fetch, so on
 * a slow connection the two round trips overlap.
 *
 * The response is held back until the test sends it, standing in for a slow
 * network.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RALLY_NAME, RALLY_PLACARD_JSON } from './sources-fixtures.js';

const READERS = {
  placardJson: '../../src/sources/placard-json.js',
  icalendar: '../../src/sources/icalendar-event.js',
} as const;

/** Fresh modules, and a record of which readers have been asked for. */
function watchReaders() {
  const loaded = { placardJson: false, icalendar: false };
  vi.resetModules();
  for (const [reader, path] of Object.entries(READERS)) {
    vi.doMock(path, async (importOriginal) => {
      loaded[reader as keyof typeof loaded] = true;
      return importOriginal();
    });
  }
  return loaded;
}

/** A `fetch` that answers only when `answer` is called. */
function slowFetch() {
  let answer!: (response: Response) => void;
  const fetch = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
  vi.stubGlobal('fetch', fetch);
  return { fetch, answer: (response: Response) => answer(response) };
}

async function load(src: string) {
  const { loadEventDocument } = await import('../../src/sources/event-document.js');
  return loadEventDocument(src);
}

describe('loading an event at an address', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    for (const path of Object.values(READERS)) vi.doUnmock(path);
  });

  it('loads the Placard JSON reader for a .json address while the document is on its way', async () => {
    const loaded = watchReaders();
    const { fetch, answer } = slowFetch();
    const src = 'https://branch.example/events/rally.json?v=2';

    const reading = load(src);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledOnce());
    await vi.waitFor(() => expect(loaded.placardJson).toBe(true));
    expect(loaded.icalendar).toBe(false);

    answer(Response.json(RALLY_PLACARD_JSON));
    expect((await reading).name).toBe(RALLY_NAME);
  });

  it('loads the iCalendar reader for an .ics address while the document is on its way', async () => {
    const loaded = watchReaders();
    const { fetch } = slowFetch();

    void load('https://branch.example/rally.ics').catch(() => undefined);
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledOnce());
    await vi.waitFor(() => expect(loaded.icalendar).toBe(true));
    expect(loaded.placardJson).toBe(false);
  });

  it('loads no reader before the document says its format when the address does not', async () => {
    const loaded = watchReaders();
    const { fetch, answer } = slowFetch();

    const reading = load('https://branch.example/?event=rally');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledOnce());
    // Time enough for an import begun with the fetch to have been asked for.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loaded).toEqual({ placardJson: false, icalendar: false });

    answer(Response.json(RALLY_PLACARD_JSON));
    expect((await reading).name).toBe(RALLY_NAME);
    expect(loaded.placardJson).toBe(true);
  });
});
