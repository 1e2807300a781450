/**
 * Everything `<placard-action-calendar>` can be given events through, read in
 * the architecture's order: feeds at addresses (its `src`, its
 * `<placard-calendar-source>` children, a Google calendar, a WordPress site),
 * else a child script, else `h-event` markup. Feeds at addresses are all read,
 * in parallel, and shown together; one that fails becomes a problem naming it
 * while the others still show.
 */
import { GENERATED_ATTRIBUTE } from '../elements/json-ld-script.js';
import { PlacardInputError, toInputError } from '../model/errors.js';
import type { CalendarCategory, CalendarFeed } from './calendar-item.js';
import type { CalendarSourceOptions } from './calendar-options.js';

/** One feed at an address, with what the webmaster said about it. */
export interface CalendarSourceSpec {
  /** Address of an iCalendar (.ics), Placard calendar JSON or JSON-LD document. */
  src: string;
  /** The kind of action for the feed's items that name none. */
  category?: CalendarCategory;
  /** What to call the feed (in "Subscribe" links); default: the feed's own name. */
  label?: string;
}

/** Everything the calendar element can be given. */
export interface CalendarInputs {
  sources?: readonly CalendarSourceSpec[];
  /** A public Google calendar, read through the Google Calendar API for the span given. */
  google?: { calendarId: string; apiKey: string; from: Date; to: Date };
  /** The REST address of a WordPress site's The Events Calendar (`…/wp-json/tribe/events/v1/events`). */
  wordpress?: string;
  /** The element whose light DOM may hold a script or `h-event` markup. */
  host: Element;
  /** The element's `time-zone`, for times written without one. */
  defaultTimeZone?: string;
}

/** A feed that was read, and what is known about where it came from. */
export interface ReadCalendarFeed {
  feed: CalendarFeed;
  /** The spec it was read from, for feeds at addresses. */
  spec?: CalendarSourceSpec;
  /** True for an iCalendar document at an http(s) address: one calendar programs can subscribe to. */
  subscribable: boolean;
}

/** The calendar's inputs, read. */
export interface CalendarInputsResult {
  feeds: ReadCalendarFeed[];
  /** Feeds that could not be read at all; each message names the feed. */
  problems: PlacardInputError[];
}

/**
 * Reads the calendar's inputs. Parse once, with this; then expand the feeds
 * for each window shown with `expandCalendar`.
 *
 * @throws PlacardInputError when there is nothing to show: every feed failed
 *   (the first failure is thrown), or there is no input at all.
 */
export async function readCalendarInputs(inputs: CalendarInputs): Promise<CalendarInputsResult> {
  const base: CalendarSourceOptions = inputs.defaultTimeZone
    ? { defaultTimeZone: inputs.defaultTimeZone }
    : {};
  const remote = remoteReads(inputs, base);
  if (remote.length > 0) {
    const settled = await Promise.allSettled(remote);
    const feeds: ReadCalendarFeed[] = [];
    const problems: PlacardInputError[] = [];
    for (const outcome of settled) {
      if (outcome.status === 'fulfilled') feeds.push(outcome.value);
      else problems.push(toInputError(outcome.reason, 'a calendar feed'));
    }
    if (feeds.length === 0) throw problems[0]!;
    return { feeds, problems };
  }
  const script = [...inputs.host.querySelectorAll<HTMLScriptElement>(':scope > script')].find(
    (element) =>
      !element.hasAttribute(GENERATED_ATTRIBUTE) &&
      ['application/json', 'application/ld+json', 'text/calendar'].includes(element.type),
  );
  if (script) {
    const { parseCalendarText } = await import('./parse-calendar.js');
    const feed = await parseCalendarText(script.textContent ?? '', {
      ...base,
      sourceId: 'script',
      source: 'the calendar in the page’s script',
      contentType: script.type,
    });
    return { feeds: [{ feed, subscribable: false }], problems: [] };
  }
  const { hEventElements, parseHEventCalendar } = await import('./calendar-markup.js');
  if (hEventElements(inputs.host).length === 0) throw noInput();
  const feed = await parseHEventCalendar(inputs.host, base);
  return { feeds: [{ feed, subscribable: false }], problems: [] };
}

/** Nothing to read: a calendar with no feed, no script and no markup is a set-up slip, not an empty calendar. */
function noInput(): PlacardInputError {
  return new PlacardInputError(
    'not-found',
    'The calendar has no events to read. Give it the address of a calendar feed in src (an .ics, JSON or JSON-LD file), a Google calendar with google-calendar-id and google-api-key, a WordPress events address in wordpress, a <script type="application/json"> inside it, or a list of events marked up with class="h-event".',
    'src',
  );
}

/** Starts reading every feed at an address. */
function remoteReads(inputs: CalendarInputs, base: CalendarSourceOptions): Promise<ReadCalendarFeed>[] {
  const reads: Promise<ReadCalendarFeed>[] = [];
  for (const spec of inputs.sources ?? []) reads.push(readSource(spec, base));
  if (inputs.google) {
    const google = inputs.google;
    reads.push(
      import('./load-google-calendar.js').then(async ({ loadGoogleCalendar }) => ({
        feed: await loadGoogleCalendar({ ...base, ...google }),
        subscribable: false,
      })),
    );
  }
  if (inputs.wordpress) {
    const url = inputs.wordpress;
    reads.push(
      import('./load-tribe-events.js').then(async ({ loadTribeEvents }) => ({
        feed: await loadTribeEvents(url, base),
        subscribable: false,
      })),
    );
  }
  return reads;
}

/** A path ending in `.ics`, before any query or fragment. */
const ICALENDAR_ADDRESS = /\.ics(?:[?#]|$)/iu;

async function readSource(spec: CalendarSourceSpec, base: CalendarSourceOptions): Promise<ReadCalendarFeed> {
  // The code that fetches and reads feeds loads with the first feed, not with the
  // calendar (not every calendar has an address). The feed itself is asked for as
  // soon as the small fetching module is in, while the reading code is still
  // loading, so on a slow connection the two overlap.
  const fetching = import('../loading/fetch-document.js').then(({ fetchDocument }) =>
    fetchDocument(spec.src),
  );
  // A failure is reported by the reading below; this only keeps it from being "unhandled" if that never runs.
  fetching.catch(() => undefined);
  // An address ending in .ics is almost surely iCalendar: its reader (with ical.js)
  // loads during the fetch rather than after it. Which reader is used is still
  // decided by the document itself.
  if (ICALENDAR_ADDRESS.test(spec.src)) import('./icalendar-feed.js').catch(() => undefined);
  const { readFetchedFeed, isSubscribable } = await import('./load-calendar.js');
  const feed = await readFetchedFeed(spec.src, fetching, {
    ...base,
    ...(spec.category ? { defaultCategory: spec.category } : {}),
  });
  return { feed, spec, subscribable: await isSubscribable(spec.src) };
}
