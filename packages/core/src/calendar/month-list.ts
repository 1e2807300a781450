/**
 * The list view: items grouped under the months they are on.
 *
 * An item on days in several months is listed under each of them, marked
 * `continued` after the first, so that a reader who opens March still sees the
 * strike that began in February and runs into March. Within a month, items are
 * in list order (`sortCalendarItems`), so continuing items come first.
 */
import type { TemporalAPI } from '../time/temporal.js';
import type { CalendarItem } from './calendar-item.js';
import { itemDayRange } from './item-days.js';
import { sortCalendarItems } from './item-order.js';
import { nextMonth } from './year-month.js';

export interface CalendarListEntry {
  item: CalendarItem;
  /** True when the item began in an earlier month. */
  continued: boolean;
}

export interface CalendarMonthGroup {
  /** `YYYY-MM` */
  yearMonth: string;
  entries: CalendarListEntry[];
}

export interface MonthListOptions {
  /** IANA zone of the calendar's days, for placing timed items. */
  timeZone: string;
  /** The first and last months shown (`YYYY-MM`, inclusive); items' days outside them are not listed. */
  from: string;
  to: string;
}

/** `items` grouped by month, earliest month first; months without items are left out. */
export function groupByMonth(
  Temporal: TemporalAPI,
  items: readonly CalendarItem[],
  options: MonthListOptions,
): CalendarMonthGroup[] {
  const { timeZone, from, to } = options;
  const groups = new Map<string, CalendarListEntry[]>();
  for (const item of sortCalendarItems(items, timeZone)) {
    const range = itemDayRange(item, timeZone);
    const startMonth = range.first.slice(0, 7);
    const first = startMonth < from ? from : startMonth;
    const last = range.last.slice(0, 7) > to ? to : range.last.slice(0, 7);
    for (const yearMonth of monthsFromTo(Temporal, first, last)) {
      const entries = groups.get(yearMonth) ?? [];
      entries.push({ item, continued: yearMonth !== startMonth });
      groups.set(yearMonth, entries);
    }
  }
  return [...groups.keys()].sort().map((yearMonth) => ({ yearMonth, entries: groups.get(yearMonth)! }));
}

/** The months from `first` to `last` (`YYYY-MM`, inclusive); none when `last` is before `first`. */
function monthsFromTo(Temporal: TemporalAPI, first: string, last: string): string[] {
  // Most items are within one month, which needs no month arithmetic: a feed of
  // thousands of items would otherwise build a Temporal object for each.
  if (last < first) return [];
  const months = [first];
  for (let month = first; month < last; months.push(month)) month = nextMonth(Temporal, month);
  return months;
}
