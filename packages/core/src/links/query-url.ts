/**
 * Building a link from a base address and query parameters.
 */

/**
 * `base` with `params` appended as its query, in the order given; parameters
 * whose value is `undefined` or empty are left out.
 *
 * The encoding is done by `URLSearchParams`, never by pasting strings together,
 * so no event text can break out of its parameter. `URLSearchParams` writes a
 * space as `+`, which Outlook on the web shows literally ("Emergency+rally");
 * because it writes a real `+` as `%2B`, every `+` left in its output is a
 * space, and turning those into `%20` is exact.
 */
export function urlWithQuery(
  base: string,
  params: ReadonlyArray<readonly [string, string | undefined]>,
): string {
  const url = new URL(base);
  const search = new URLSearchParams(url.search);
  for (const [name, value] of params) {
    if (value) search.append(name, value);
  }
  url.search = search.toString().replace(/\+/g, '%20');
  return url.href;
}
