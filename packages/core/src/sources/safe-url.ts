/**
 * Links that came from a webmaster's markup or from someone else's feed are only
 * kept when they can do nothing but navigate: `http:`, `https:` and `mailto:`.
 * Everything else (`javascript:`, `data:`, `vbscript:`, `file:`, `blob:` …) is
 * dropped, so a hostile feed can never turn a "More details" link into script.
 */

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The document's base URL in a browser, `undefined` elsewhere (Node, workers). */
function documentBase(): string | undefined {
  return typeof document === 'undefined' ? undefined : document.baseURI;
}

/**
 * Returns `value` as an absolute `http:`, `https:` or `mailto:` URL, or
 * `undefined` when it is empty, malformed or of any other scheme.
 *
 * Relative URLs are resolved against `base`, which defaults to
 * `document.baseURI` in a browser; without a base (in Node) they are dropped.
 * A bare `www.example.org/…`, a common slip, is read as `https://www.example.org/…`
 * rather than as a path on the current site.
 *
 * @example safeUrl('javascript:alert(1)') // undefined
 * @example safeUrl('/events/agm', 'https://branch.example/news/') // 'https://branch.example/events/agm'
 */
export function safeUrl(
  value: string | undefined,
  base: string | undefined = documentBase(),
): string | undefined {
  if (typeof value !== 'string') return undefined;
  // The URL parser itself removes tabs and newlines anywhere and C0 controls and
  // spaces at the ends ("java\tscript:" is "javascript:"), so checking the parsed
  // protocol is enough; trimming first only makes the `www.` test reliable.
  const text = value.trim();
  if (text === '') return undefined;
  const candidate = /^www\.[^\s/]/i.test(text) ? `https://${text}` : text;
  let url: URL;
  try {
    url = base === undefined ? new URL(candidate) : new URL(candidate, base);
  } catch {
    return undefined;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}
