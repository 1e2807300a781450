/**
 * Loading every page of a WordPress site's The Events Calendar REST API, by
 * following its `next_rest_url`, up to a limit.
 */
import { fetchDocument } from '../loading/fetch-document.js';
import { toInputError, type PlacardInputError } from '../model/errors.js';
import { safeUrl } from '../sources/safe-url.js';
import { singleEntry } from './calendar-entry.js';
import type { CalendarFeed, CalendarItem } from './calendar-item.js';
import { calendarMessages } from './calendar-messages.js';
import type { CalendarSourceOptions } from './calendar-options.js';
import { parseTribeEventsPage } from './tribe-events.js';

export interface TribeEventsOptions extends CalendarSourceOptions {
  /** Stop after this many pages. Default 10. */
  maxPages?: number;
}

/**
 * Loads the events at `url` (`https://branch.example/wp-json/tribe/events/v1/events`,
 * with any `start_date`, `end_date` or `per_page` the page needs) and the pages
 * after it. Only next pages on the same site are followed. Items' `sourceId` is
 * `url` unless `sourceId` says otherwise.
 *
 * @throws PlacardInputError when the first page cannot be loaded or read; a
 *   later page that fails becomes a problem.
 */
export async function loadTribeEvents(url: string, options: TribeEventsOptions = {}): Promise<CalendarFeed> {
  const { maxPages = 10 } = options;
  const readerOptions: CalendarSourceOptions = {
    sourceId: url,
    source: `the WordPress events at ${url}`,
    ...options,
  };
  const items: CalendarItem[] = [];
  const problems: PlacardInputError[] = [];
  let next: string | undefined = url;
  for (let page = 0; next !== undefined; page += 1) {
    if (page === maxPages) {
      problems.push(calendarMessages.tooManyPages(readerOptions.source!, maxPages, items.length));
      break;
    }
    try {
      const document = await fetchDocument(next);
      const answer = await parseTribeEventsPage(document.text, readerOptions);
      items.push(...answer.items);
      problems.push(...answer.problems);
      next = sameSite(answer.nextUrl, document.url);
    } catch (error) {
      // A later page that fails leaves the pages already read on show.
      if (page === 0) throw error;
      problems.push(toInputError(error, `page ${page + 1} of ${readerOptions.source!}`));
      break;
    }
  }
  return { sourceId: readerOptions.sourceId!, entries: items.map(singleEntry), problems };
}

/** `next` when it is an http(s) address on the same site as `current`. */
function sameSite(next: string | undefined, current: string): string | undefined {
  const url = safeUrl(next, current);
  return url !== undefined && new URL(url).origin === new URL(current).origin ? url : undefined;
}
