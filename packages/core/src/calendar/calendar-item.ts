/**
 * The action calendar's model: many events from one or more feeds, each a
 * `PlacardEvent` with a kind of action, the feed it came from, and which
 * occurrence it is when the feed repeats it.
 *
 * A feed is read once (`CalendarFeed`, the expensive step) and then expanded
 * into the items of any window (`expandCalendar`, cheap), so a calendar can
 * keep its feeds and expand them again for each month it shows.
 */
import type { PlacardInputError } from '../model/errors.js';
import type { PlacardEvent } from '../model/event.js';

/** The kinds of action a calendar colours and filters by. */
export const CALENDAR_CATEGORIES = [
  'strike',
  'picket',
  'demo',
  'meeting',
  'conference',
  'social',
  'other',
] as const;
export type CalendarCategory = (typeof CALENDAR_CATEGORIES)[number];

/**
 * One thing on the calendar: an event, or one occurrence of a repeating one.
 * Cancelled items (and cancelled occurrences) are kept, with `status`
 * `cancelled`, so the calendar can show them struck through.
 */
export type CalendarItem = PlacardEvent & {
  category: CalendarCategory;
  /** The feed the item came from (`CalendarSourceOptions.sourceId`). */
  sourceId: string;
  /**
   * Which occurrence of a repeating event this is: its original start, as an
   * ISO instant (`2018-03-20T19:00:00.000Z`) or, for all-day events, a date.
   * Absent for events that happen once.
   */
  recurrenceId?: string;
  /**
   * Unique among the items of all feeds and the same every time the feed is
   * read: built from the feed, the event's id (iCalendar UID) and the
   * occurrence. Opaque; use it to key rendered items.
   */
  key: string;
};

/**
 * A span of time to show, in the zone the calendar is displayed in: from the
 * start of its first day to the start of the day after its last (see
 * `monthWindow`). Timed items are placed by their instants, all-day items by
 * their dates.
 */
export interface CalendarWindow {
  from: Date;
  /** Exclusive. */
  to: Date;
  /** IANA zone of the calendar's days. */
  timeZone: string;
}

/** A window prepared once per expansion, for the feeds' entries to test against. */
export interface WindowBounds {
  from: number;
  to: number;
  /** The window's first and last calendar days (inclusive) in its zone, `YYYY-MM-DD`. */
  firstDate: string;
  lastDate: string;
  timeZone: string;
}

/** What one entry of a feed holds in a window. */
export interface EntryOccurrences {
  items: CalendarItem[];
  /** Set when the entry could not be expanded in full (a repeating rule that hit Placard's limits). */
  problem?: PlacardInputError;
}

/** One event of a feed, able to list its occurrences in any window. */
export interface CalendarEntry {
  /** The kinds its occurrences are of: one, unless an occurrence's own version changes it. */
  readonly categories: readonly CalendarCategory[];
  occurrences(bounds: WindowBounds): EntryOccurrences;
}

/** A feed read once, ready to expand into any window. */
export interface CalendarFeed {
  readonly sourceId: string;
  /** The calendar's own name (iCalendar `X-WR-CALNAME`, Google's `summary`, JSON `name`). */
  readonly name?: string;
  readonly entries: readonly CalendarEntry[];
  /** What was wrong in the document; the items that could be read are still there. */
  readonly problems: readonly PlacardInputError[];
  /**
   * For sources asked for one span of time (the Google Calendar API): the span
   * loaded. Expanding outside it shows nothing, so load again for it.
   */
  readonly covers?: { from: Date; to: Date };
}

/** A calendar expanded into one window. */
export interface ExpandedCalendar {
  name?: string;
  /** In the order a list shows them (see `sortCalendarItems`). */
  items: CalendarItem[];
  /** The feeds' reading problems, then any met while expanding. */
  problems: PlacardInputError[];
}
