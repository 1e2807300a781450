/**
 * What the calendar shows at a moment: which view, which months, in which
 * zone, and the window of time the feeds are expanded into for it.
 */
import { addMonths, firstDayOfWeek, monthWindow, type CalendarWindow, type TemporalAPI } from '@placard/core';

/** The views the calendar can show. */
export type CalendarView = 'list' | 'month';

export interface LayoutOptions {
  view: CalendarView;
  /** The first month shown, `YYYY-MM`. */
  cursor: string;
  /** How many months the list shows. */
  listMonths: number;
  /** IANA zone of the calendar's days. */
  timeZone: string;
  locale: string;
  now: Date;
}

export interface CalendarLayout {
  view: CalendarView;
  cursor: string;
  /** The last month shown: the cursor's for the month view. */
  lastMonth: string;
  timeZone: string;
  /** 1 = Monday … 7 = Sunday. */
  weekStart: number;
  /** Today in the calendar's zone, `YYYY-MM-DD`. */
  today: string;
  window: CalendarWindow;
}

export function calendarLayout(Temporal: TemporalAPI, options: LayoutOptions): CalendarLayout {
  const { view, cursor, timeZone } = options;
  const weekStart = firstDayOfWeek(options.locale);
  const today = Temporal.Instant.fromEpochMilliseconds(options.now.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
  const lastMonth = view === 'list' ? addMonths(Temporal, cursor, options.listMonths - 1) : cursor;
  let window: CalendarWindow;
  if (view === 'month') {
    // The whole weeks the grid shows, so the other months' days at its edges have their items too.
    window = monthWindow(Temporal, cursor, { timeZone, firstDayOfWeek: weekStart });
  } else {
    const first = monthWindow(Temporal, cursor, { timeZone });
    const last = monthWindow(Temporal, lastMonth, { timeZone });
    // The list is of what is coming: this month's past days are left out.
    const from = today.startsWith(cursor)
      ? new Date(Temporal.PlainDate.from(today).toZonedDateTime({ timeZone }).epochMilliseconds)
      : first.from;
    window = { from, to: last.to, timeZone };
  }
  return { view, cursor, lastMonth, timeZone, weekStart, today, window };
}
