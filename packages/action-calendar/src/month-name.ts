/** Names of months and days for headings, from the locale's own `Intl` data (through core). */
import { dateTimeFormat } from '@placard/core';

/**
 * A calendar date's parts as a UTC instant, so formatting in UTC shows that
 * very date whatever the reader's zone.
 */
function utcDate(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** "February 2018" (or "Chwefror 2018") for `YYYY-MM`. */
export function monthName(yearMonth: string, locale: string): string {
  return dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    utcDate(`${yearMonth}-01`),
  );
}

/** "Thursday, 8 February 2018" for `YYYY-MM-DD`. */
export function fullDate(date: string, locale: string): string {
  return dateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utcDate(date));
}

/** The week's days from `firstDayOfWeek` (1 = Monday), short ("Mon") and long ("Monday"). */
export function weekdayNames(locale: string, firstDayOfWeek: number): { short: string; long: string }[] {
  const short = dateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const long = dateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2018-01-01 was a Monday (ISO day 1).
  return Array.from({ length: 7 }, (_, index) => {
    const day = utcDate(`2018-01-0${((firstDayOfWeek - 1 + index) % 7) + 1}`);
    return { short: short.format(day), long: long.format(day) };
  });
}
