/**
 * The month view: whole weeks from the locale's first day of the week, each
 * day with the items on it. An item on several days appears on each, with its
 * position in its run (`start`, `middle`, `end`) so it can be drawn as a bar;
 * an item on one day is `single`.
 */
import type { TemporalAPI } from '../time/temporal.js';
import type { CalendarItem, CalendarWindow } from './calendar-item.js';
import { itemDayRange } from './item-days.js';
import { sortCalendarItems } from './item-order.js';

/** Where a day falls in an item's run of days. */
export type DayPosition = 'single' | 'start' | 'middle' | 'end';

export interface CalendarDayItem {
  item: CalendarItem;
  position: DayPosition;
}

export interface CalendarDay {
  /** `YYYY-MM-DD` */
  date: string;
  /** False for the days of the months before and after that fill the first and last weeks. */
  inMonth: boolean;
  /** In list order (`sortCalendarItems`): items that began on earlier days first, so runs line up. */
  items: CalendarDayItem[];
}

export interface MonthGrid {
  yearMonth: string;
  /** Four to six weeks of seven days. */
  weeks: CalendarDay[][];
}

export interface MonthGridOptions {
  /** `YYYY-MM` */
  yearMonth: string;
  /** IANA zone of the calendar's days, for placing timed items. */
  timeZone: string;
  /** 1 = Monday … 7 = Sunday (see `firstDayOfWeek`). */
  firstDayOfWeek: number;
}

/** The first and last days (inclusive) of the grid for a month: whole weeks around it. */
export function monthGridDates(
  Temporal: TemporalAPI,
  yearMonth: string,
  firstDayOfWeek: number,
): { first: string; last: string } {
  const month = Temporal.PlainYearMonth.from(yearMonth);
  const firstOfMonth = month.toPlainDate({ day: 1 });
  const lastOfMonth = month.toPlainDate({ day: month.daysInMonth });
  const lead = (firstOfMonth.dayOfWeek - firstDayOfWeek + 7) % 7;
  const lastDayOfWeek = ((firstDayOfWeek + 5) % 7) + 1;
  const trail = (lastDayOfWeek - lastOfMonth.dayOfWeek + 7) % 7;
  return {
    first: firstOfMonth.subtract({ days: lead }).toString(),
    last: lastOfMonth.add({ days: trail }).toString(),
  };
}

/**
 * The window to expand feeds into for a month: from the start of its first day
 * to the start of the day after its last, in `timeZone`; with `firstDayOfWeek`,
 * the whole weeks the grid shows.
 */
export function monthWindow(
  Temporal: TemporalAPI,
  yearMonth: string,
  options: { timeZone: string; firstDayOfWeek?: number },
): CalendarWindow {
  const { timeZone, firstDayOfWeek } = options;
  const month = Temporal.PlainYearMonth.from(yearMonth);
  const { first, last } =
    firstDayOfWeek === undefined
      ? {
          first: month.toPlainDate({ day: 1 }).toString(),
          last: month.toPlainDate({ day: month.daysInMonth }).toString(),
        }
      : monthGridDates(Temporal, yearMonth, firstDayOfWeek);
  const startOf = (date: string) =>
    new Date(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds);
  return {
    from: startOf(first),
    to: startOf(Temporal.PlainDate.from(last).add({ days: 1 }).toString()),
    timeZone,
  };
}

/** Lays `items` out on the month grid of `options.yearMonth`. */
export function buildMonthGrid(
  Temporal: TemporalAPI,
  items: readonly CalendarItem[],
  options: MonthGridOptions,
): MonthGrid {
  const { yearMonth, timeZone } = options;
  const { first, last } = monthGridDates(Temporal, yearMonth, options.firstDayOfWeek);
  const days: CalendarDay[] = [];
  const index = new Map<string, number>();
  for (let day = Temporal.PlainDate.from(first); day.toString() <= last; day = day.add({ days: 1 })) {
    const date = day.toString();
    index.set(date, days.length);
    days.push({ date, inMonth: date.startsWith(yearMonth), items: [] });
  }
  for (const item of sortCalendarItems(items, timeZone)) {
    const range = itemDayRange(item, timeZone);
    const from = index.get(range.first < first ? first : range.first);
    const to = index.get(range.last > last ? last : range.last);
    if (from === undefined || to === undefined) continue;
    for (let i = from; i <= to; i += 1) {
      const date = days[i]!.date;
      const position: DayPosition =
        range.first === range.last
          ? 'single'
          : date === range.first
            ? 'start'
            : date === range.last
              ? 'end'
              : 'middle';
      days[i]!.items.push({ item, position });
    }
  }
  const weeks: CalendarDay[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return { yearMonth, weeks };
}
