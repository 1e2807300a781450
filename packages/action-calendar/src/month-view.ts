/**
 * The month view: a WAI-ARIA grid of whole weeks, one cell per day, each
 * listing the items on it. The grid is one tab stop; the element moves that
 * stop with the keys in `grid-keys.ts`. An item on several days is drawn as a
 * bar across them and each part says the item's whole date range.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CalendarDay, CalendarDayItem, MonthGrid } from '@placard/core';
import { categoryIcon, categoryLabel } from './category-labels.js';
import { itemCount } from './item-count.js';
import { itemStartTime, itemWhen } from './item-when.js';
import { fullDate } from './month-name.js';
import type { ViewContext } from './view-context.js';

export interface MonthViewOptions {
  grid: MonthGrid;
  /** The day holding the grid's tab stop. */
  focusDate: string;
  /** Today, in the calendar's zone. */
  today: string;
  weekdays: { short: string; long: string }[];
  /** Id of the element naming the grid (the month's heading). */
  labelledBy: string;
  onKeydown(event: KeyboardEvent): void;
  /** A click or focus inside a day: the tab stop follows it. */
  onDayFocus(date: string): void;
  /** "3 more": shows all the day's items. */
  onMore(day: CalendarDay, opener: HTMLElement): void;
}

/** How many items a day shows before "N more". */
const MAX_DAY_ITEMS = 3;

export function renderMonthView(options: MonthViewOptions, context: ViewContext): TemplateResult {
  const { grid, weekdays } = options;
  return html`
    <table
      part="grid"
      class="grid"
      role="grid"
      aria-labelledby=${options.labelledBy}
      @keydown=${options.onKeydown}
    >
      <thead>
        <tr>
          ${weekdays.map(
            (day) =>
              html`<th scope="col">
                <span aria-hidden="true">${day.short}</span><span class="visually-hidden">${day.long}</span>
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${grid.weeks.map(
          (week) =>
            html`<tr>
              ${week.map((day) => renderDay(day, options, context))}
            </tr>`,
        )}
      </tbody>
    </table>
  `;
}

function renderDay(day: CalendarDay, options: MonthViewOptions, context: ViewContext): TemplateResult {
  const isToday = day.date === options.today;
  const classes = ['day', day.inMonth ? 'in-month' : 'other-month', isToday ? 'today' : ''].join(' ');
  const count = day.items.length;
  // A busy day shows its first few items and a button for the rest, so the grid stays readable (and quick).
  const shown = count > MAX_DAY_ITEMS + 1 ? day.items.slice(0, MAX_DAY_ITEMS) : day.items;
  const date = fullDate(day.date, context.locale);
  return html`
    <td
      role="gridcell"
      class=${classes}
      data-date=${day.date}
      tabindex=${day.date === options.focusDate ? 0 : -1}
      aria-current=${isToday ? 'date' : nothing}
      @focusin=${() => options.onDayFocus(day.date)}
    >
      <span class="day-number" aria-hidden="true">${Number(day.date.slice(8))}</span>
      <span class="visually-hidden">${date}${count === 0 ? '' : `, ${itemCount(count)}`}</span>
      ${
        count === 0
          ? nothing
          : html`<ul class="day-items">
              ${shown.map((entry) => renderDayItem(entry, context))}
            </ul>`
      }
      ${
        shown.length < count
          ? html`<button
              type="button"
              tabindex="-1"
              class="more-button"
              @click=${(event: Event) => options.onMore(day, event.currentTarget as HTMLElement)}
            >
              ${msg(str`${count - shown.length} more`, { id: 'calendar-more-count' })}<span
                class="visually-hidden"
                >: ${date}</span
              >
            </button>`
          : nothing
      }
    </td>
  `;
}

function renderDayItem({ item, position }: CalendarDayItem, context: ViewContext): TemplateResult {
  const time = itemStartTime(item, context.locale, context.readerTimeZone);
  const multiDay = position !== 'single';
  const cancelled = item.status === 'cancelled';
  return html`
    <li class="day-item category-${item.category} position-${position} ${cancelled ? 'cancelled' : ''}">
      <button
        type="button"
        tabindex="-1"
        class="item-chip day-item-button"
        data-key=${item.key}
        @click=${(event: Event) => context.open(item, event.currentTarget as HTMLElement)}
      >
        ${categoryIcon(item.category)}
        ${
          position === 'middle' || position === 'end'
            ? html`<span class="continues" aria-hidden="true">←</span>`
            : nothing
        }
        ${time && position !== 'middle' && position !== 'end' ? html`<span class="time">${time}</span>` : nothing}
        <span class="name">${item.name}</span>
        <span class="visually-hidden"
          >(${categoryLabel(item.category)}${cancelled ? `, ${msg('Cancelled', { id: 'calendar-cancelled' })}` : ''}${
            multiDay ? `, ${itemWhen(item, context.locale).text}` : ''
          })</span
        >
      </button>
    </li>
  `;
}
