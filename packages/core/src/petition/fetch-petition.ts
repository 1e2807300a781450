/**
 * One request for a petition source's JSON, asked again every refresh.
 *
 * Not `fetchDocument`, which keeps a document for the page's lifetime: a count
 * must be asked for again. What it shares with it: credentials are never sent,
 * requests time out after 10 seconds, and every failure becomes a
 * `PlacardInputError` saying what to fix.
 *
 * Conditional requests: when the last answer from the same address carried an
 * `ETag` or `Last-Modified`, the request sends them back (`If-None-Match`,
 * `If-Modified-Since`) and a `304 Not Modified` means "no change" — but only
 * for addresses on the page's own site. Those headers are not among the few a
 * page may add to a cross-site request without first asking the other site's
 * permission (a CORS preflight), and petition.parliament.uk, which allows only
 * `Origin, X-Requested-With, Content-Type, Accept` and only GET, would refuse
 * it. Cross-site, the browser's own HTTP cache does the same job unasked: once
 * an answer's `max-age` has passed, it revalidates with the validators it
 * stored, and the page sees the cached answer again.
 */
import { PlacardInputError } from '../model/errors.js';
import { readJsonValue } from '../sources/json-text.js';
import type { TickerEnvironment } from '../elements/clock-controller.js';
import { petitionMessages } from './petition-messages.js';
import { maxAgeSeconds } from './refresh-interval.js';

const DEFAULT_TIMEOUT_MS = 10_000;

/** What to fetch. */
export interface PetitionRequest {
  url: string;
  /** The attribute that names the address, for messages (`src`, `petition-id`). */
  field: string;
  /** The `ETag` of the last good answer from this address. */
  etag?: string | undefined;
  /** The `Last-Modified` of the last good answer from this address. */
  lastModified?: string | undefined;
}

export interface PetitionFetchOptions {
  /** The fetch to use; default the global one, looked up when called. */
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  /** Timers for the time-out; default the global ones. */
  timers?: Pick<TickerEnvironment, 'setTimeout' | 'clearTimeout'>;
  /** Give up after this long. Default 10 s. */
  timeoutMs?: number;
  /** Cancels the request; it then rejects with the signal's reason, not a PlacardInputError. */
  signal?: AbortSignal;
  /** The page's origin (`https://branch.example`): only requests to it are made conditional. */
  pageOrigin?: string | undefined;
}

/** The answer: a new body, or confirmation that the last one still holds. */
export type PetitionFetchResult =
  | { status: 'not-modified'; maxAge?: number | undefined }
  | {
      status: 'ok';
      body: unknown;
      etag?: string | undefined;
      lastModified?: string | undefined;
      /** The answer's `Cache-Control: max-age`, in seconds. */
      maxAge?: number | undefined;
    };

/** The global timers, looked up when called so that test doubles installed later are used. */
const globalTimers: Pick<TickerEnvironment, 'setTimeout' | 'clearTimeout'> = {
  setTimeout: (callback, delay) => globalThis.setTimeout(callback, delay),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function isSameOrigin(url: string, pageOrigin: string | undefined): boolean {
  return pageOrigin !== undefined && new URL(url).origin === pageOrigin;
}

/**
 * Fetches and parses a petition source's JSON.
 *
 * @throws PlacardInputError `timeout`, `network` (no answer, or refused by
 *   CORS), `http-status`, or `malformed-document` (not JSON).
 */
export async function fetchPetitionJson(
  request: PetitionRequest,
  options: PetitionFetchOptions = {},
): Promise<PetitionFetchResult> {
  const { url, field } = request;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timers = options.timers ?? globalTimers;
  const fetchFn = options.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init));
  const controller = new AbortController();
  let timedOut = false;
  const timer = timers.setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`No answer within ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  const cancel = (): void => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', cancel, { once: true });

  const headers: Record<string, string> = { Accept: 'application/json' };
  if (isSameOrigin(url, options.pageOrigin)) {
    if (request.etag) headers['If-None-Match'] = request.etag;
    if (request.lastModified) headers['If-Modified-Since'] = request.lastModified;
  }
  const conditional = Object.keys(headers).length > 1;

  try {
    let response: Response;
    let text: string;
    try {
      response = await fetchFn(url, { credentials: 'omit', headers, signal: controller.signal });
      if (response.status === 304 && conditional) {
        return { status: 'not-modified', maxAge: maxAgeSeconds(response.headers.get('cache-control')) };
      }
      if (!response.ok) throw petitionMessages.httpStatus(url, field, response.status, response.statusText);
      // The body is read under the same time-out: a server can stall half-way.
      text = await response.text();
    } catch (cause) {
      if (cause instanceof PlacardInputError) throw cause;
      if (timedOut) throw petitionMessages.timeout(url, field, timeoutMs, cause);
      if (options.signal?.aborted) throw cause;
      throw petitionMessages.network(url, field, cause);
    }
    return {
      status: 'ok',
      body: readBody(text, url, field),
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
      maxAge: maxAgeSeconds(response.headers.get('cache-control')),
    };
  } finally {
    timers.clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

/** The JSON in `text`, or a message that says what came instead. */
function readBody(text: string, url: string, field: string): unknown {
  // A login page, a "moved" page, a CMS's 200-status error page: the webmaster
  // gave the address of a page rather than of the data.
  if (text.trimStart().startsWith('<')) throw petitionMessages.webPage(url, field);
  try {
    return readJsonValue(text, `The answer from ${url}`);
  } catch (error) {
    if (!(error instanceof PlacardInputError)) throw error;
    throw new PlacardInputError(error.code, error.message, field, { cause: error.cause });
  }
}
