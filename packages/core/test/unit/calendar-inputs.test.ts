import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCalendarInputs } from '../../src/calendar/calendar-inputs.js';
import { expandCalendar } from '../../src/calendar/expand-calendar.js';
import { clearDocumentCache } from '../../src/loading/fetch-document.js';
import { branchCalendar as ics, days } from './calendar-helpers.js';

/** A light DOM with nothing in it: the inputs at addresses are what is read. */
const emptyHost = { querySelectorAll: () => [] } as unknown as Element;

const BRANCH = 'https://branch.example/calendar.ics';
const REGION = 'https://region.example/calendar.json';
const MISSING = 'https://branch.example/missing.ics';

const json = { name: 'Region', events: [{ name: 'Rally', start: '2018-02-24', category: 'demo' }] };

function answer(url: string): Response {
  if (url === BRANCH) return new Response(ics, { headers: { 'content-type': 'text/calendar' } });
  if (url === REGION)
    return new Response(JSON.stringify(json), { headers: { 'content-type': 'application/json' } });
  return new Response('Not found', { status: 404, statusText: 'Not Found' });
}

describe('reading the calendar’s inputs', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    clearDocumentCache();
  });

  it('reads every feed at an address, with each one’s default kind, and says which can be subscribed to', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => answer(url)),
    );
    const { feeds, problems } = await readCalendarInputs({
      sources: [{ src: BRANCH, category: 'strike', label: 'Branch strikes' }, { src: REGION }],
      host: emptyHost,
    });
    expect(problems).toEqual([]);
    expect(feeds.map((read) => [read.feed.name, read.subscribable, read.spec?.label])).toEqual([
      ['Branch', true, 'Branch strikes'],
      ['Region', false, undefined],
    ]);
    const { items } = expandCalendar(
      feeds.map((read) => read.feed),
      days('2018-02-01', '2018-02-28'),
    );
    expect(items.map((item) => `${item.name} {${item.category}}`)).toEqual([
      'Strike day {strike}',
      'Rally {demo}',
    ]);
  });

  it('lists a feed that fails by its address, and still returns the others', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => answer(url)),
    );
    const { feeds, problems } = await readCalendarInputs({
      sources: [{ src: MISSING }, { src: BRANCH }],
      host: emptyHost,
    });
    expect(feeds).toHaveLength(1);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(MISSING);
  });

  it('fails with the first problem when no feed can be read', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => answer(url)),
    );
    await expect(readCalendarInputs({ sources: [{ src: MISSING }], host: emptyHost })).rejects.toThrow(
      MISSING,
    );
  });

  it('names the feed at its address in a bad event’s problem', async () => {
    const bad = 'https://region.example/bad.json';
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ events: [{ name: 'Rally', start: 'soon' }] }), {
            headers: { 'content-type': 'application/json' },
          }),
      ),
    );
    const { feeds } = await readCalendarInputs({ sources: [{ src: bad }], host: emptyHost });
    expect(feeds[0]!.feed.problems.map((problem) => [problem.field, problem.message])).toEqual([
      [
        'events[0].start',
        `In the calendar feed at ${bad}: The events[0].start "soon" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.`,
      ],
    ]);
  });

  it('names the page’s script in a bad event’s problem', async () => {
    const script = {
      type: 'application/json',
      textContent: JSON.stringify({ events: [{ name: 'Rally', start: 'soon' }] }),
      hasAttribute: () => false,
    };
    const host = { querySelectorAll: () => [script] } as unknown as Element;
    const { feeds } = await readCalendarInputs({ host });
    expect(feeds[0]!.feed.problems.map((problem) => problem.message)).toEqual([
      'In the calendar in the page’s script: The events[0].start "soon" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.',
    ]);
  });

  it('says how to give it events when it has none', async () => {
    await expect(readCalendarInputs({ host: emptyHost })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('The calendar has no events to read'),
    });
  });
});
