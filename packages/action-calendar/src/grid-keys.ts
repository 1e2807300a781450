/**
 * The month grid's keyboard, as the WAI-ARIA date-picker grid pattern has it
 * (https://www.w3.org/WAI/ARIA/apg/patterns/dialog-modal/examples/datepicker-dialog/):
 * which day a key moves focus to. Pure, so it can be reasoned about apart from
 * the DOM; the element moves the roving tab stop to the answer.
 */
import type { TemporalAPI } from '@placard/core';

/** The parts of a keyboard event the grid looks at. */
export interface GridKey {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

/**
 * The day (`YYYY-MM-DD`) `key` moves focus to from `date`, or `undefined` when
 * the key is not one the grid handles.
 *
 * - Arrows: a day left or right (mirrored when `direction` is `rtl`, where
 *   weeks run from right to left), a week up or down.
 * - Home / End: the first / last day of the week (`firstDayOfWeek`, 1 = Monday).
 * - Page Up / Page Down: the same day a month earlier / later (a year with Shift).
 * - Ctrl+Home / Ctrl+End: the first / last day of the month.
 */
export function gridMove(
  Temporal: TemporalAPI,
  date: string,
  key: GridKey,
  firstDayOfWeek: number,
  direction: 'ltr' | 'rtl' = 'ltr',
): string | undefined {
  const day = Temporal.PlainDate.from(date);
  const control = key.ctrlKey === true || key.metaKey === true;
  switch (key.key) {
    case 'ArrowLeft':
    case 'ArrowRight':
      // The next day is to the right in left-to-right text, to the left in right-to-left.
      return day.add({ days: (key.key === 'ArrowRight') === (direction === 'ltr') ? 1 : -1 }).toString();
    case 'ArrowUp':
      return day.subtract({ weeks: 1 }).toString();
    case 'ArrowDown':
      return day.add({ weeks: 1 }).toString();
    case 'Home':
      return control
        ? day.with({ day: 1 }).toString()
        : day.subtract({ days: (day.dayOfWeek - firstDayOfWeek + 7) % 7 }).toString();
    case 'End':
      return control
        ? day.with({ day: day.daysInMonth }).toString()
        : day.add({ days: 6 - ((day.dayOfWeek - firstDayOfWeek + 7) % 7) }).toString();
    case 'PageUp':
      // Temporal keeps the day in range: 31 March goes to 28 or 29 February.
      return day.subtract(key.shiftKey ? { years: 1 } : { months: 1 }).toString();
    case 'PageDown':
      return day.add(key.shiftKey ? { years: 1 } : { months: 1 }).toString();
    default:
      return undefined;
  }
}
