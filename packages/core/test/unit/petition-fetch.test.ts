import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlacardInputError, type PlacardErrorCode } from '../../src/model/errors.js';
import { fetchPetitionJson, type PetitionRequest } from '../../src/petition/fetch-petition.js';
import { fixtureText } from './fixtures/petition/index.js';

const COUNT_URL = 'https://petition.parliament.uk/petitions/700001/count.json';
const OWN_URL = 'https://branch.example/campaign/stats.json';
const PAGE_ORIGIN = 'https://branch.example';

type FetchStub = (url: string, init: RequestInit) => Promise<Response>;

/** A fetch that answers every request with `make()`. */
const answering = (make: () => Response) => vi.fn<FetchStub>(async () => make());

/** A fetch that never answers, until its request is aborted. */
const silent = () =>
  vi.fn<FetchStub>(
    (_url, init) =>
      new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      }),
  );

async function failure(
  promise: Promise<unknown>,
): Promise<{ code: PlacardErrorCode; field: string | undefined; message: string }> {
  const error = await promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PlacardInputError);
  const { code, field, message } = error as PlacardInputError;
  return { code, field, message };
}

const request = (extra: Partial<PetitionRequest> = {}): PetitionRequest => ({
  url: COUNT_URL,
  field: 'petition-id',
  ...extra,
});

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('fetchPetitionJson: answers', () => {
  it('reads the body and the headers that matter, without credentials', async () => {
    const fetch = answering(
      () =>
        new Response(fixtureText('parliament-count'), {
          headers: {
            'Content-Type': 'application/json; charset=utf-8',
            'Cache-Control': 'max-age=60, public',
            ETag: 'W/"5b1d8c"',
            'Last-Modified': 'Tue, 14 Jan 2025 18:40:02 GMT',
          },
        }),
    );
    expect(await fetchPetitionJson(request(), { fetch })).toEqual({
      status: 'ok',
      body: JSON.parse(fixtureText('parliament-count')),
      etag: 'W/"5b1d8c"',
      lastModified: 'Tue, 14 Jan 2025 18:40:02 GMT',
      maxAge: 60,
    });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(COUNT_URL);
    expect(init).toMatchObject({ credentials: 'omit', headers: { Accept: 'application/json' } });
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('uses the global fetch when given none', async () => {
    const fetch = answering(() => new Response('{"signature_count": 1}'));
    vi.stubGlobal('fetch', fetch);
    try {
      expect(await fetchPetitionJson(request())).toMatchObject({ body: { signature_count: 1 } });
      expect(fetch).toHaveBeenCalledOnce();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('fetchPetitionJson: conditional requests', () => {
  const validators = { etag: '"v1"', lastModified: 'Tue, 14 Jan 2025 18:40:02 GMT' };

  it('sends the validators back to the page’s own site, and reads 304 as "unchanged"', async () => {
    const fetch = answering(
      () => new Response(null, { status: 304, headers: { 'Cache-Control': 'max-age=30' } }),
    );
    const result = await fetchPetitionJson(request({ url: OWN_URL, field: 'src', ...validators }), {
      fetch,
      pageOrigin: PAGE_ORIGIN,
    });
    expect(result).toEqual({ status: 'not-modified', maxAge: 30 });
    expect(fetch.mock.calls[0]![1].headers).toEqual({
      Accept: 'application/json',
      'If-None-Match': '"v1"',
      'If-Modified-Since': 'Tue, 14 Jan 2025 18:40:02 GMT',
    });
  });

  it('sends only the validators it has', async () => {
    const fetch = answering(() => new Response(null, { status: 304 }));
    await fetchPetitionJson(request({ url: OWN_URL, etag: '"v1"' }), { fetch, pageOrigin: PAGE_ORIGIN });
    expect(fetch.mock.calls[0]![1].headers).toEqual({ Accept: 'application/json', 'If-None-Match': '"v1"' });
  });

  it('leaves them to the browser’s cache on other sites, which would refuse the preflight they cause', async () => {
    const fetch = answering(() => new Response('{"signature_count": 48390}'));
    const result = await fetchPetitionJson(request(validators), { fetch, pageOrigin: PAGE_ORIGIN });
    expect(result.status).toBe('ok');
    expect(fetch.mock.calls[0]![1].headers).toEqual({ Accept: 'application/json' });
    // Outside a page there is no origin, so nothing is conditional.
    await fetchPetitionJson(request({ url: OWN_URL, ...validators }), { fetch });
    expect(fetch.mock.calls[1]![1].headers).toEqual({ Accept: 'application/json' });
  });

  it('does not take a 304 to an unconditional request for "unchanged"', async () => {
    const fetch = answering(() => new Response(null, { status: 304, statusText: 'Not Modified' }));
    expect((await failure(fetchPetitionJson(request({ url: OWN_URL, field: 'src' }), { fetch }))).code).toBe(
      'http-status',
    );
  });
});

describe('fetchPetitionJson: failures', () => {
  it('gives up after 10 seconds', async () => {
    const fetch = silent();
    const answer = failure(fetchPetitionJson(request(), { fetch }));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(fetch.mock.calls[0]![1].signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await answer).toEqual({
      code: 'timeout',
      field: 'petition-id',
      message:
        'The address https://petition.parliament.uk/petitions/700001/count.json did not answer within 10 seconds. Placard will try again; if this goes on, check the petition-id attribute and that the site is up.',
    });
  });

  it('explains a refused or failed connection (CORS, offline)', async () => {
    const fetch = vi.fn<FetchStub>(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await failure(fetchPetitionJson(request({ url: OWN_URL, field: 'src' }), { fetch }))).toEqual({
      code: 'network',
      field: 'src',
      message:
        'Placard could not read https://branch.example/campaign/stats.json. Either the site did not answer, or it does not let other websites read it (CORS). Check the src attribute; if the file is your own, put it on this website or have its host allow cross-origin requests.',
    });
  });

  it('tells the webmaster to check the attribute for a 404, and to wait for a server’s own trouble', async () => {
    const status = (code: number, statusText: string) =>
      failure(
        fetchPetitionJson(request(), {
          fetch: answering(() => new Response('<h1>Error</h1>', { status: code, statusText })),
        }),
      );
    expect(await status(404, 'Not Found')).toEqual({
      code: 'http-status',
      field: 'petition-id',
      message:
        'The address https://petition.parliament.uk/petitions/700001/count.json answered 404 Not Found. Check the petition-id attribute.',
    });
    expect((await status(503, 'Service Unavailable')).message).toBe(
      'The address https://petition.parliament.uk/petitions/700001/count.json answered 503 Service Unavailable. The site is busy or has a problem of its own; Placard will keep trying.',
    );
    expect((await status(429, '')).message).toBe(
      'The address https://petition.parliament.uk/petitions/700001/count.json answered 429. The site is busy or has a problem of its own; Placard will keep trying.',
    );
  });

  it('says when the answer is a web page or broken JSON', async () => {
    const body = (text: string) =>
      failure(
        fetchPetitionJson(request({ url: OWN_URL, field: 'src' }), {
          fetch: answering(() => new Response(text)),
        }),
      );
    expect(await body('\n  <!DOCTYPE html><html><title>Sign in</title></html>')).toEqual({
      code: 'malformed-document',
      field: 'src',
      message:
        'The address https://branch.example/campaign/stats.json answered with a web page, not JSON. Check that the src attribute is the address of the JSON itself.',
    });
    expect(await body('{"count": 12,}')).toEqual({
      code: 'malformed-document',
      field: 'src',
      message:
        'The answer from https://branch.example/campaign/stats.json is not valid JSON: there is a mistake near line 1, column 14. Look for a missing comma, quote or bracket there, or paste the text into a JSON checker.',
    });
    expect((await body('')).message).toContain('there is a mistake near the end');
  });

  it('rejects with the caller’s reason when cancelled, not with a message for the webmaster', async () => {
    const controller = new AbortController();
    const answer = fetchPetitionJson(request(), { fetch: silent(), signal: controller.signal });
    const reason = new DOMException('Counter removed', 'AbortError');
    controller.abort(reason);
    await expect(answer).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
  });
});
