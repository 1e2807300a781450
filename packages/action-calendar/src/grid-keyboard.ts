/**
 * The month grid's keyboard, on the DOM: keys on a day move the grid's tab
 * stop (to the day `gridMove` names); Enter, Space or F2 go into the day's
 * items, where Up and Down move between them and Escape or F2 go back to the
 * day, as the WAI-ARIA grid pattern has it for cells that hold controls.
 */
import type { TemporalAPI } from '@placard/core';
import { gridMove } from './grid-keys.js';

/**
 * Handles `event` from inside the grid. Returns the day the tab stop should
 * move to, or `undefined` when the key was handled here or is not the grid's.
 */
export function gridKeydown(
  Temporal: TemporalAPI,
  event: KeyboardEvent,
  weekStart: number,
): string | undefined {
  const target = event.target as HTMLElement;
  const cell = target.closest<HTMLElement>('td[data-date]');
  const date = cell?.dataset.date;
  if (!cell || !date) return undefined;
  const buttons = [...cell.querySelectorAll<HTMLButtonElement>('button')];
  if (target !== cell) {
    const index = buttons.indexOf(target as HTMLButtonElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      buttons[Math.min(buttons.length - 1, Math.max(0, next))]?.focus();
      return undefined;
    }
    if (event.key === 'Escape' || event.key === 'F2') {
      event.preventDefault();
      cell.focus();
      return undefined;
    }
    // Enter and Space press the item's button.
    if (event.key === 'Enter' || event.key === ' ') return undefined;
  } else if (event.key === 'Enter' || event.key === ' ' || event.key === 'F2') {
    event.preventDefault();
    buttons[0]?.focus();
    return undefined;
  }
  const next = gridMove(Temporal, date, event, weekStart, cell.matches(':dir(rtl)') ? 'rtl' : 'ltr');
  if (next !== undefined) event.preventDefault();
  return next;
}
