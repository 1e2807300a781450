/**
 * The details dialog: one item in full, through `<placard-event-card>` (with
 * "Add to calendar"), or every item of a busy day as a list to choose from. A
 * native `<dialog>` opened with `showModal()` keeps focus inside, makes the
 * rest of the page inert, and closes on Escape; the element puts focus back
 * on whatever opened it.
 *
 * This module (with the event card) loads when a reader first opens an item
 * or a busy day, not with the calendar: most visits only look at the dates.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CalendarDay, CalendarItem } from '@placard/core';
import { categoryIcon, categoryLabel } from './category-labels.js';
import { itemStartTime } from './item-when.js';
import { fullDate } from './month-name.js';
import type { ViewContext } from './view-context.js';
import '@placard/event-card/placard-event-card.js';

export { detailsDialogStyles } from './details-dialog.styles.js';

export interface DetailsDialogOptions {
  /** The item shown, if any. */
  item: CalendarItem | undefined;
  /** The busy day whose items are listed (when no item is chosen), or the day the item was chosen from. */
  day: CalendarDay | undefined;
  /** Passed to the event card, for previews and tests. */
  now: string | undefined;
  /** Chooses an item from the day's list. */
  onChoose(item: CalendarItem | undefined): void;
  onClose(): void;
}

export function renderDetailsDialog(options: DetailsDialogOptions, context: ViewContext): TemplateResult {
  const { item, day } = options;
  const label = item
    ? item.name
    : day
      ? fullDate(day.date, context.locale)
      : msg('Event details', { id: 'calendar-details' });
  return html`
    <dialog part="dialog" class="dialog" aria-label=${label} @close=${options.onClose}>
      <div class="dialog-bar">
        ${
          item && day
            ? html`<button
                type="button"
                class="button secondary back"
                @click=${() => options.onChoose(undefined)}
              >
                <span aria-hidden="true">‹</span>
                ${msg(str`All events on ${fullDate(day.date, context.locale)}`, { id: 'calendar-back-to-day' })}
              </button>`
            : nothing
        }
        ${
          item
            ? html`<p class="category">
                ${categoryIcon(item.category)}<span>${categoryLabel(item.category)}</span>
              </p>`
            : nothing
        }
        <form method="dialog">
          <button class="button secondary close" type="submit">
            ${msg('Close', { id: 'calendar-close' })}
          </button>
        </form>
      </div>
      ${
        item
          ? html`<placard-event-card
              .event=${item}
              now=${options.now ?? nothing}
              heading-level=${Math.min(6, context.headingLevel + 1)}
            ></placard-event-card>`
          : day
            ? renderDayList(day, options, context)
            : nothing
      }
    </dialog>
  `;
}

function renderDayList(
  day: CalendarDay,
  options: DetailsDialogOptions,
  context: ViewContext,
): TemplateResult {
  return html`
    <p class="day-heading">${fullDate(day.date, context.locale)}</p>
    <ul class="day-list">
      ${day.items.map(({ item }) => {
        const time = itemStartTime(item, context.locale, context.readerTimeZone);
        return html`<li class="category-${item.category}">
          <button type="button" class="item-chip day-list-button" @click=${() => options.onChoose(item)}>
            ${categoryIcon(item.category)} ${time ? html`<span class="time">${time}</span>` : nothing}
            <span class="name">${item.name}</span>
            <span class="visually-hidden">(${categoryLabel(item.category)})</span>
          </button>
        </li>`;
      })}
    </ul>
  `;
}
