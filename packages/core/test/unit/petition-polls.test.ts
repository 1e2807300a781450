/**
 * The page's shared polls, over vitest's fake timers, a switchable visibility,
 * an in-memory storage and a stubbed fetch answering with the fixtures.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readCachedPetition, type PetitionStorage } from '../../src/petition/petition-cache.js';
import {
  createPetitionPolls,
  domPollEnvironment,
  type PetitionPollEnvironment,
  type PetitionUpdate,
} from '../../src/petition/petition-polls.js';
import type { PolledPetitionSource } from '../../src/petition/petition-source.js';
import { readPetitionSource } from '../../src/petition/providers.js';
import { fixtureJson, fixtureText, type PetitionFixture } from './fixtures/petition/index.js';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const PETITION_URL = 'https://petition.parliament.uk/petitions/700001.json';
const COUNT_URL = 'https://petition.parliament.uk/petitions/700001/count.json';
const CAMPAIGN_URL = 'https://branch.example/campaign/stats.json';
const START = new Date('2025-01-15T12:00:00Z');

type FetchStub = (url: string, init: RequestInit) => Promise<Response>;
type Answer = Response | (() => Response | Promise<Response>);

function polled(attrs: Record<string, string>): PolledPetitionSource {
  const source = readPetitionSource(attrs, 'https://branch.example/campaign/');
  if (source.kind !== 'polled') throw new Error('expected a polled source');
  return source;
}

const PARLIAMENT = polled({ 'petition-id': '700001' });
const CAMPAIGN = polled({
  src: 'stats.json',
  'count-path': '/campaign/signatures/count',
  'goal-path': '/campaign/signatures/goal',
});

/** A JSON answer from a fixture, as Parliament sends it. */
const json = (name: PetitionFixture, headers: Record<string, string> = {}) =>
  new Response(fixtureText(name), {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'max-age=60, public', ...headers },
  });

/**
 * A fetch that answers each URL from its own queue of answers; the last
 * answer in a queue repeats. Answers are functions so each request gets a
 * fresh body.
 */
function routes(table: Record<string, Answer[]>) {
  const queues = new Map(Object.entries(table).map(([url, answers]) => [url, [...answers]]));
  return vi.fn<FetchStub>(async (url) => {
    const queue = queues.get(url);
    if (!queue || queue.length === 0) throw new TypeError(`no route for ${url}`);
    const answer = queue.length > 1 ? queue.shift()! : queue[0]!;
    return typeof answer === 'function' ? answer() : answer;
  });
}

const parliamentRoutes = () =>
  routes({
    [PETITION_URL]: [() => json('parliament-open')],
    [COUNT_URL]: [() => json('parliament-count')],
  });

/** A fetch that never answers, until its request is aborted. */
const silent = () =>
  vi.fn<FetchStub>(
    (_url, init) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      }),
  );

function memoryStorage(): PetitionStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

/** An environment over the fake timers, with visibility a test can switch. */
function fakeEnvironment(fetch: FetchStub) {
  const visibility = new Set<() => void>();
  const storage = memoryStorage();
  const warn = vi.fn<(message: string, detail: unknown) => void>();
  let hidden = false;
  const env: PetitionPollEnvironment = {
    setTimeout: (callback, delay) => setTimeout(callback, delay),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    now: () => Date.now(),
    isHidden: () => hidden,
    onVisibilityChange(listener) {
      visibility.add(listener);
      return () => visibility.delete(listener);
    },
    fetch,
    origin: () => 'https://branch.example',
    storage: () => storage,
    random: () => 0,
    warn,
  };
  return {
    env,
    storage,
    warn,
    visibility,
    setHidden(value: boolean) {
      hidden = value;
      for (const listener of [...visibility]) listener();
    },
  };
}

/** A listener that keeps what it hears. */
function recorder() {
  const updates: PetitionUpdate[] = [];
  const listener = (update: PetitionUpdate) => void updates.push(update);
  return { updates, listener, last: () => updates.at(-1) };
}

/** Lets pending promises (a fetch and its body) settle without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0);

/** Seconds since the start at which `fetch` was called. */
const callTimes = (times: number[]) => times.map((time) => (time - START.getTime()) / SECOND);

function timedFetch(fetch: ReturnType<typeof vi.fn<FetchStub>>) {
  const times: number[] = [];
  const wrapped = vi.fn<FetchStub>((url, init) => {
    times.push(Date.now());
    return fetch(url, init);
  });
  return { fetch: wrapped, times: () => callTimes(times) };
}

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('sharing: one request for every counter on the source', () => {
  it('makes twenty counters for one petition cost one request per interval over five minutes', async () => {
    const fetch = parliamentRoutes();
    const { env } = fakeEnvironment(fetch);
    const polls = createPetitionPolls(env);
    const counters = Array.from({ length: 20 }, () => recorder());
    for (const counter of counters) polls.subscribe(PARLIAMENT, counter.listener);
    expect(polls.size).toBe(1);

    await vi.advanceTimersByTimeAsync(5 * MINUTE);

    // The full petition once, then count.json at 1, 2, 3, 4 and 5 minutes.
    expect(fetch).toHaveBeenCalledTimes(6);
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([PETITION_URL, ...Array(5).fill(COUNT_URL)]);
    for (const counter of counters) {
      expect(counter.updates).toHaveLength(6);
      expect(counter.last()).toMatchObject({ snapshot: { count: 48390, state: 'open' }, final: false });
    }
  });

  it('tells a counter that joins late the latest reading at once', async () => {
    const { env } = fakeEnvironment(parliamentRoutes());
    const polls = createPetitionPolls(env);
    polls.subscribe(PARLIAMENT, recorder().listener);
    await settle();
    const late = recorder();
    polls.subscribe(PARLIAMENT, late.listener);
    expect(late.updates).toEqual([
      {
        snapshot: expect.objectContaining({
          count: 48213,
          title: 'Fund a 10% pay rise for school support staff',
        }),
        fetchedAt: START,
        error: undefined,
        final: false,
      },
    ]);
    expect(env.fetch).toHaveBeenCalledTimes(1);
  });

  it('polls different sources separately', async () => {
    const fetch = routes({
      [PETITION_URL]: [() => json('parliament-open')],
      [COUNT_URL]: [() => json('parliament-count')],
      [CAMPAIGN_URL]: [() => json('campaign')],
    });
    const { env } = fakeEnvironment(fetch);
    const polls = createPetitionPolls(env);
    const petition = recorder();
    const campaign = recorder();
    polls.subscribe(PARLIAMENT, petition.listener);
    polls.subscribe(CAMPAIGN, campaign.listener);
    await settle();
    expect(polls.size).toBe(2);
    expect(campaign.last()?.snapshot).toEqual({ count: 8421, goal: 10000, milestones: [] });
    expect(petition.last()?.snapshot?.count).toBe(48213);
  });

  it('stops when the last counter leaves, and cancels a request under way', async () => {
    const fetch = silent();
    const { env, visibility } = fakeEnvironment(fetch);
    const polls = createPetitionPolls(env);
    const first = polls.subscribe(PARLIAMENT, recorder().listener);
    const second = polls.subscribe(PARLIAMENT, recorder().listener);
    expect(vi.getTimerCount()).toBe(1); // the request's time-out
    first();
    expect(fetch.mock.calls[0]![1].signal?.aborted).toBe(false);
    second();
    expect(fetch.mock.calls[0]![1].signal?.aborted).toBe(true);
    await settle();
    expect(polls.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    expect(visibility.size).toBe(0);
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(fetch).toHaveBeenCalledTimes(1);
    // Ending a subscription twice does nothing more.
    second();
    expect(polls.size).toBe(0);
  });

  it('starts afresh for a counter that comes after everyone left', async () => {
    const { env } = fakeEnvironment(parliamentRoutes());
    const polls = createPetitionPolls(env);
    polls.subscribe(PARLIAMENT, recorder().listener)();
    await settle();
    const counter = recorder();
    polls.subscribe(PARLIAMENT, counter.listener);
    await settle();
    expect(counter.updates).toHaveLength(1);
    expect(vi.mocked(env.fetch).mock.calls.map(([url]) => url)).toEqual([PETITION_URL, PETITION_URL]);
  });
});

describe('timing', () => {
  it('follows the fastest refresh any counter asks for, but not faster than 15 s', async () => {
    const { fetch, times } = timedFetch(
      routes({ [CAMPAIGN_URL]: [() => new Response(fixtureText('campaign'))] }),
    );
    const { env } = fakeEnvironment(fetch);
    const polls = createPetitionPolls(env);
    polls.subscribe(CAMPAIGN, recorder().listener, { refreshSeconds: 120 });
    polls.subscribe(CAMPAIGN, recorder().listener, { refreshSeconds: 30 });
    await vi.advanceTimersByTimeAsync(90 * SECOND);
    expect(times()).toEqual([0, 30, 60, 90]);
  });

  it('never asks more often than every 15 seconds', async () => {
    const { fetch, times } = timedFetch(
      routes({ [CAMPAIGN_URL]: [() => new Response(fixtureText('campaign'))] }),
    );
    const polls = createPetitionPolls(fakeEnvironment(fetch).env);
    polls.subscribe(CAMPAIGN, recorder().listener, { refreshSeconds: 1 });
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(times()).toEqual([0, 15, 30, 45, 60]);
  });

  it('waits at least as long as the answers’ max-age', async () => {
    const { fetch, times } = timedFetch(
      routes({ [CAMPAIGN_URL]: [() => json('campaign', { 'Cache-Control': 'public, max-age=300' })] }),
    );
    const polls = createPetitionPolls(fakeEnvironment(fetch).env);
    polls.subscribe(CAMPAIGN, recorder().listener, { refreshSeconds: 60 });
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(times()).toEqual([0, 300, 600]);
  });
});

describe('visibility', () => {
  it('sleeps while the page is hidden and asks at once on return when the wait ran out', async () => {
    const { fetch, times } = timedFetch(parliamentRoutes());
    const page = fakeEnvironment(fetch);
    const polls = createPetitionPolls(page.env);
    polls.subscribe(PARLIAMENT, recorder().listener);
    await vi.advanceTimersByTimeAsync(30 * SECOND);
    page.setHidden(true);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(times()).toEqual([0]);
    page.setHidden(false);
    await settle();
    expect(times()).toEqual([0, 630]);
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(times()).toEqual([0, 630, 690]);
  });

  it('waits out the rest of the interval on a quick return', async () => {
    const { fetch, times } = timedFetch(parliamentRoutes());
    const page = fakeEnvironment(fetch);
    createPetitionPolls(page.env).subscribe(PARLIAMENT, recorder().listener);
    await vi.advanceTimersByTimeAsync(20 * SECOND);
    page.setHidden(true);
    await vi.advanceTimersByTimeAsync(10 * SECOND);
    page.setHidden(false);
    await vi.advanceTimersByTimeAsync(29 * SECOND);
    expect(times()).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1 * SECOND);
    expect(times()).toEqual([0, 60]);
  });

  it('makes no request for a counter that arrives on a hidden page until the page is shown', async () => {
    const { fetch, times } = timedFetch(parliamentRoutes());
    const page = fakeEnvironment(fetch);
    page.setHidden(true);
    const counter = recorder();
    createPetitionPolls(page.env).subscribe(PARLIAMENT, counter.listener);
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(fetch).not.toHaveBeenCalled();
    page.setHidden(false);
    await settle();
    expect(times()).toEqual([300]);
    expect(counter.last()?.snapshot?.count).toBe(48213);
  });

  it('does not schedule the next request from an answer that arrives once the page is hidden', async () => {
    let answer: (response: Response) => void = () => {};
    const fetch = vi.fn<FetchStub>(() => new Promise<Response>((resolve) => (answer = resolve)));
    const page = fakeEnvironment(fetch);
    const counter = recorder();
    createPetitionPolls(page.env).subscribe(PARLIAMENT, counter.listener);
    await vi.advanceTimersByTimeAsync(2 * SECOND);
    page.setHidden(true);
    answer(json('parliament-open'));
    await settle();
    expect(counter.last()?.snapshot?.count).toBe(48213);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('failures', () => {
  it('keeps the last good reading, backs off, logs each fault once, and resets after a success', async () => {
    const { fetch, times } = timedFetch(
      routes({
        [PETITION_URL]: [() => json('parliament-open')],
        [COUNT_URL]: [
          () => new Response('down', { status: 503, statusText: 'Service Unavailable' }),
          () => new Response('down', { status: 503, statusText: 'Service Unavailable' }),
          () => new Response('down', { status: 503, statusText: 'Service Unavailable' }),
          () => json('parliament-count'),
        ],
      }),
    );
    const page = fakeEnvironment(fetch);
    const counter = recorder();
    createPetitionPolls(page.env).subscribe(PARLIAMENT, counter.listener);
    await vi.advanceTimersByTimeAsync(20 * MINUTE);

    // Good at 0; failures at 60, 120 (+60), 240 (+120); good at 480 (+240); then every minute again.
    expect(times().slice(0, 7)).toEqual([0, 60, 120, 240, 480, 540, 600]);
    const failed = counter.updates[1]!;
    expect(failed.snapshot?.count).toBe(48213);
    expect(failed.fetchedAt).toEqual(START);
    expect(failed.error).toMatchObject({
      code: 'http-status',
      field: 'petition-id',
      message:
        'The address https://petition.parliament.uk/petitions/700001/count.json answered 503 Service Unavailable. The site is busy or has a problem of its own; Placard will keep trying.',
    });
    expect(counter.updates[4]).toMatchObject({ snapshot: { count: 48390 }, error: undefined });
    expect(page.warn).toHaveBeenCalledTimes(1);
    expect(page.warn).toHaveBeenCalledWith(`Placard petition counter: ${failed.error!.message}`, '');
  });

  it('logs a new kind of fault once more', async () => {
    const fetch = routes({
      [CAMPAIGN_URL]: [
        () => new Response('{"campaign": {}}'),
        () => new Response('{"campaign": {}}'),
        () => Promise.reject(new TypeError('Failed to fetch')),
        () => Promise.reject(new TypeError('Failed to fetch')),
      ],
    });
    const page = fakeEnvironment(fetch);
    const counter = recorder();
    createPetitionPolls(page.env).subscribe(CAMPAIGN, counter.listener);
    await vi.advanceTimersByTimeAsync(30 * MINUTE);
    expect(page.warn.mock.calls.map(([message]) => message)).toEqual([
      'Placard petition counter: The count-path "/campaign/signatures/count" finds nothing in https://branch.example/campaign/stats.json: there is no "signatures" in the object at /campaign (it is empty). Check the count-path against the file.',
      'Placard petition counter: Placard could not read https://branch.example/campaign/stats.json. Either the site did not answer, or it does not let other websites read it (CORS). Check the src attribute; if the file is your own, put it on this website or have its host allow cross-origin requests.',
    ]);
    expect(page.warn.mock.calls[1]![1]).toBeInstanceOf(TypeError);
    expect(counter.last()).toMatchObject({ snapshot: undefined, error: { code: 'network' } });
  });

  it('times a request out after 10 seconds and tries again later', async () => {
    const { fetch, times } = timedFetch(silent());
    const counter = recorder();
    createPetitionPolls(fakeEnvironment(fetch).env).subscribe(PARLIAMENT, counter.listener);
    await vi.advanceTimersByTimeAsync(10 * SECOND);
    expect(counter.last()?.error).toMatchObject({ code: 'timeout', field: 'petition-id' });
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(times()).toEqual([0, 70]);
  });

  it('turns an unexpected error into a message, and never lets it out of the timer', async () => {
    const broken: PolledPetitionSource = {
      ...CAMPAIGN,
      key: 'broken',
      read: () => {
        throw new RangeError('oops');
      },
    };
    const counter = recorder();
    createPetitionPolls(fakeEnvironment(routes({ [CAMPAIGN_URL]: [() => json('campaign')] })).env).subscribe(
      broken,
      counter.listener,
    );
    await vi.advanceTimersByTimeAsync(5 * MINUTE);
    expect(counter.last()?.error).toMatchObject({
      code: 'invalid-value',
      message:
        'Something unexpected went wrong reading the petition count from https://branch.example/campaign/stats.json: RangeError: oops',
    });
  });

  it('tells every counter even when one of them throws, and reports that as uncaught', async () => {
    const reported: unknown[] = [];
    vi.stubGlobal('queueMicrotask', (task: () => void) => {
      try {
        task();
      } catch (error) {
        reported.push(error);
      }
    });
    const polls = createPetitionPolls(fakeEnvironment(parliamentRoutes()).env);
    const after = recorder();
    polls.subscribe(PARLIAMENT, () => {
      throw new Error('render failed');
    });
    polls.subscribe(PARLIAMENT, after.listener);
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(reported).toEqual([new Error('render failed'), new Error('render failed')]);
    expect(after.updates).toHaveLength(2);
  });
});

describe('conditional requests', () => {
  it('asks "changed since?" and keeps the last reading on 304, as a success', async () => {
    let version = 0;
    const fetch = vi.fn<FetchStub>(async (_url, init) => {
      const headers = new Headers(init.headers);
      if (version === 1 && headers.get('If-None-Match') === '"v1"') {
        return new Response(null, { status: 304 });
      }
      version++;
      return new Response(fixtureText('campaign'), {
        headers: { ETag: `"v${version}"`, 'Cache-Control': 'max-age=60' },
      });
    });
    const counter = recorder();
    createPetitionPolls(fakeEnvironment(fetch).env).subscribe(CAMPAIGN, counter.listener);
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(new Headers(fetch.mock.calls[0]![1].headers).has('If-None-Match')).toBe(false);
    expect(new Headers(fetch.mock.calls[1]![1].headers).get('If-None-Match')).toBe('"v1"');
    expect(counter.updates.map((update) => [update.snapshot?.count, update.fetchedAt, update.error])).toEqual(
      [
        [8421, START, undefined],
        [8421, new Date(START.getTime() + MINUTE), undefined],
        [8421, new Date(START.getTime() + 2 * MINUTE), undefined],
      ],
    );
  });

  it('counts a 304 after failures as a success that ends the back-off', async () => {
    const answers = [
      () => new Response(fixtureText('campaign'), { headers: { ETag: '"v1"' } }),
      () => new Response('', { status: 502, statusText: 'Bad Gateway' }),
      () => new Response(null, { status: 304 }),
    ];
    const { fetch, times } = timedFetch(routes({ [CAMPAIGN_URL]: answers }));
    const counter = recorder();
    createPetitionPolls(fakeEnvironment(fetch).env).subscribe(CAMPAIGN, counter.listener);
    await vi.advanceTimersByTimeAsync(4 * MINUTE);
    expect(times()).toEqual([0, 60, 120, 180, 240]);
    expect(counter.updates[1]?.error?.code).toBe('http-status');
    expect(counter.updates[2]).toMatchObject({ snapshot: { count: 8421 }, error: undefined });
  });

  it('asks the petition’s count.json without the full petition’s validators', async () => {
    const fetch = routes({
      [PETITION_URL]: [() => json('parliament-open', { ETag: '"full"' })],
      [COUNT_URL]: [() => json('parliament-count', { ETag: '"count"' })],
    });
    const page = fakeEnvironment(fetch);
    page.env.origin = () => 'https://petition.parliament.uk';
    createPetitionPolls(page.env).subscribe(PARLIAMENT, recorder().listener);
    await vi.advanceTimersByTimeAsync(2 * MINUTE);
    const sent = fetch.mock.calls.map(([, init]) => new Headers(init.headers).get('If-None-Match'));
    expect(sent).toEqual([null, null, '"count"']);
  });
});

describe('closed and rejected petitions', () => {
  it.each(['parliament-closed', 'parliament-rejected'] as const)(
    'stops polling a %s petition',
    async (name) => {
      const fetch = routes({
        [PETITION_URL]: [() => json(name)],
        [COUNT_URL]: [() => json('parliament-count')],
      });
      const polls = createPetitionPolls(fakeEnvironment(fetch).env);
      const counter = recorder();
      polls.subscribe(PARLIAMENT, counter.listener);
      await settle();
      expect(counter.last()?.final).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
      await vi.advanceTimersByTimeAsync(30 * MINUTE);
      expect(fetch).toHaveBeenCalledTimes(1);
      const late = recorder();
      polls.subscribe(PARLIAMENT, late.listener);
      expect(late.updates).toEqual([expect.objectContaining({ final: true })]);
      expect(fetch).toHaveBeenCalledTimes(1);
    },
  );

  it('keeps polling an open petition', async () => {
    const counter = recorder();
    createPetitionPolls(fakeEnvironment(parliamentRoutes()).env).subscribe(PARLIAMENT, counter.listener);
    await settle();
    expect(counter.last()?.final).toBe(false);
    expect(vi.getTimerCount()).toBe(1);
  });
});

describe('the cache for the next page view', () => {
  it('stores each good reading under the source’s key', async () => {
    const page = fakeEnvironment(parliamentRoutes());
    createPetitionPolls(page.env).subscribe(PARLIAMENT, recorder().listener);
    await settle();
    expect(readCachedPetition(PARLIAMENT.key, page.storage)).toEqual({
      snapshot: PARLIAMENT.read(fixtureJson('parliament-open'), PETITION_URL, undefined),
      fetchedAt: START,
    });
    await vi.advanceTimersByTimeAsync(MINUTE);
    expect(readCachedPetition(PARLIAMENT.key, page.storage)).toMatchObject({
      snapshot: { count: 48390 },
      fetchedAt: new Date(START.getTime() + MINUTE),
    });
  });
});

describe('domPollEnvironment', () => {
  it('reads the page’s globals when called', async () => {
    const env = domPollEnvironment();
    expect(env.origin()).toBeUndefined();
    vi.stubGlobal('location', { origin: 'https://branch.example' });
    expect(env.origin()).toBe('https://branch.example');
    vi.stubGlobal('location', { origin: 'null' });
    expect(env.origin()).toBeUndefined();
    const fetch = vi.fn<FetchStub>(async () => new Response('1'));
    vi.stubGlobal('fetch', fetch);
    await env.fetch('https://branch.example/n.json', {});
    expect(fetch).toHaveBeenCalledOnce();
    const random = env.random();
    expect(random).toBeGreaterThanOrEqual(0);
    expect(random).toBeLessThan(1);
    expect(env.storage()).toBeUndefined();
  });
});
