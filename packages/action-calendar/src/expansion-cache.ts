/**
 * The feeds expanded for what the calendar shows, kept while the feeds and
 * the window stay the same: a focus move or a filter re-renders the calendar,
 * and expanding (and, for the list, grouping) a regional feed again each time
 * would make every key press slow.
 */
import {
  expandCalendar,
  groupByMonth,
  type CalendarInputsResult,
  type CalendarMonthGroup,
  type ExpandedCalendar,
  type TemporalAPI,
} from '@placard/core';
import type { CalendarLayout } from './calendar-layout.js';

export class ExpansionCache {
  #feeds?: CalendarInputsResult;
  #key?: string;
  #expanded?: ExpandedCalendar;
  #groups?: CalendarMonthGroup[];

  /** The items (all kinds) on in the layout's window, and the feeds' problems. */
  expand(feeds: CalendarInputsResult, layout: CalendarLayout): ExpandedCalendar {
    const { window } = layout;
    const key = `${window.from.getTime()}|${window.to.getTime()}|${window.timeZone}|${layout.cursor}|${layout.lastMonth}`;
    if (this.#feeds !== feeds || this.#key !== key || !this.#expanded) {
      this.#feeds = feeds;
      this.#key = key;
      this.#groups = undefined;
      this.#expanded = expandCalendar(
        feeds.feeds.map((read) => read.feed),
        window,
      );
    }
    return this.#expanded;
  }

  /** The list's months, each with its items of every kind (filter them when showing). */
  groups(Temporal: TemporalAPI, feeds: CalendarInputsResult, layout: CalendarLayout): CalendarMonthGroup[] {
    const { items } = this.expand(feeds, layout);
    this.#groups ??= groupByMonth(Temporal, items, {
      timeZone: layout.timeZone,
      from: layout.cursor,
      to: layout.lastMonth,
    });
    return this.#groups;
  }
}
