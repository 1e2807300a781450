import { PlacardInputError } from '../model/errors.js';
import { decodeText } from './decode-text.js';

/** A document fetched for a widget's `src`. */
export interface FetchedDocument {
  /** The final URL, after redirects. */
  url: string;
  /** The media type without parameters, lower-cased (`application/json`), or '' when none was sent. */
  contentType: string;
  text: string;
  /** The HTTP status: always 2xx unless `allowErrorStatus` was asked for. */
  status?: number;
}

export interface FetchDocumentOptions {
  /** Give up after this long. Default 10 s. */
  timeoutMs?: number;
  /** Refuse bodies larger than this. Default 5 MB: a feed bigger than that is a mistake. */
  maxBytes?: number;
  /**
   * Return an HTTP error answer (4xx, 5xx) as a document instead of failing, for
   * APIs whose error bodies say what went wrong (the Google Calendar API).
   */
  allowErrorStatus?: boolean;
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Requests for the same URL share one fetch while it is in flight and reuse its
 * result for this page's lifetime, so ten widgets pointed at one feed cost one
 * request. A failure is not kept: the next widget (or a retry) asks again.
 */
const requests = new Map<string, Promise<FetchedDocument>>();

/**
 * Fetches a widget's source document, with a time-out and a size limit, and turns
 * every failure into a `PlacardInputError` whose message tells the webmaster what
 * to fix.
 */
export function fetchDocument(url: string, options: FetchDocumentOptions = {}): Promise<FetchedDocument> {
  const key = absoluteUrl(url);
  let request = requests.get(key);
  if (!request) {
    request = fetchOnce(key, options);
    requests.set(key, request);
    // Failures, and error answers kept by `allowErrorStatus`, are asked again next time.
    request.then(
      (document) => {
        if (document.status !== undefined && document.status >= 400) requests.delete(key);
      },
      () => requests.delete(key),
    );
  }
  return request;
}

/** Forgets cached documents, so the next request goes to the network. For tests and manual refresh. */
export function clearDocumentCache(): void {
  requests.clear();
}

function absoluteUrl(url: string): string {
  try {
    return new URL(url, globalThis.document?.baseURI).href;
  } catch (cause) {
    throw new PlacardInputError('invalid-value', `The src "${url}" is not a web address.`, 'src', { cause });
  }
}

async function fetchOnce(url: string, options: FetchDocumentOptions): Promise<FetchedDocument> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      headers: { Accept: 'application/ld+json, application/json, text/calendar;q=0.9, */*;q=0.1' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'TimeoutError') {
      throw new PlacardInputError(
        'timeout',
        `The address ${url} did not answer within ${timeoutMs / 1000} seconds. Check that the address is right and the site is up.`,
        'src',
        { cause },
      );
    }
    throw new PlacardInputError(
      'network',
      `Placard could not read ${url}. Either the site did not answer, or it does not let other websites read the file (CORS). Put the file on this website, or ask its host to allow cross-origin requests.`,
      'src',
      { cause },
    );
  }
  if (!response.ok && !options.allowErrorStatus) {
    throw new PlacardInputError(
      'http-status',
      `The address ${url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}. Check that the src address is right.`,
      'src',
    );
  }
  const declaredLength = Number(response.headers.get('content-length'));
  if (declaredLength > maxBytes) throw tooLarge(url, maxBytes);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > maxBytes) throw tooLarge(url, maxBytes);
  const text = decodeText(bytes);
  const contentType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  return { url: response.url || url, contentType, text, status: response.status };
}

function tooLarge(url: string, maxBytes: number): PlacardInputError {
  return new PlacardInputError(
    'too-large',
    `The file at ${url} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, which is too big for a web page widget.`,
    'src',
  );
}
