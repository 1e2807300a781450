/**
 * What the calendar's attributes and light DOM say about where its events
 * come from, turned into what core's `readCalendarInputs` takes.
 */
import {
  CALENDAR_CATEGORIES,
  categoryOf,
  type CalendarCategory,
  type CalendarSourceSpec,
} from '@placard/core';

/**
 * The feeds at addresses: `src` (addresses separated by spaces), and links
 * inside `host` marked `data-calendar-source`. Links rather than a child
 * element of Placard's own, because a link still works where the calendar
 * never loads: readers without JavaScript can open or subscribe to the feed.
 */
export function sourceSpecs(src: string | undefined, host: Element): CalendarSourceSpec[] {
  const fromAttribute = (src ?? '')
    .split(/\s+/u)
    .filter(Boolean)
    .map((address) => ({ src: address }));
  const fromLinks = [...host.querySelectorAll<HTMLAnchorElement>('a[data-calendar-source][href]')].map(
    (link) => {
      const category = categoryOf(link.dataset.category ?? '');
      const label = (link.dataset.label ?? link.textContent ?? '').replace(/\s+/gu, ' ').trim();
      return {
        src: link.getAttribute('href')!,
        ...(category ? { category } : {}),
        ...(label ? { label } : {}),
      };
    },
  );
  return [...fromAttribute, ...fromLinks];
}

/**
 * `months` months from the month `before` months before `yearMonth`, as
 * instants with a day to spare at each end (so no zone's days are cut off):
 * the span a Google calendar is asked for.
 */
export function monthSpan(yearMonth: string, before: number, months: number): { from: Date; to: Date } {
  const [year, month] = yearMonth.split('-').map(Number) as [number, number];
  const day = 86_400_000;
  return {
    from: new Date(Date.UTC(year, month - 1 - before, 1) - day),
    to: new Date(Date.UTC(year, month - 1 - before + months, 1) + day),
  };
}

/** The kinds the `categories` attribute leaves out; none when it names no kind Placard knows. */
export function kindsLeftOut(categories: string | undefined): ReadonlySet<CalendarCategory> {
  const listed = new Set(
    (categories ?? '')
      .split(/[\s,]+/u)
      .map((word) => categoryOf(word))
      .filter((category) => category !== undefined),
  );
  return new Set(listed.size === 0 ? [] : CALENDAR_CATEGORIES.filter((category) => !listed.has(category)));
}
