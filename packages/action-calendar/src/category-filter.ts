/**
 * The key to the kinds of action, which is also the filter: one toggle button
 * per kind in the feeds, pressed while that kind is shown. A tick and the
 * pressed border say which are on, so the state never rests on colour.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { CALENDAR_CATEGORIES, type CalendarCategory, type CalendarInputsResult } from '@placard/core';
import { categoryIcon, categoryLabel } from './category-labels.js';
import { itemCount } from './item-count.js';

export interface CategoryFilterOptions {
  /** The kinds the calendar's events are of (see {@link feedKinds}). */
  present: ReadonlySet<CalendarCategory>;
  hidden: ReadonlySet<CalendarCategory>;
  /**
   * After a toggle, how many events the view now shows: said in a status
   * message, as the pressed state alone does not tell a screen-reader user
   * what changed.
   */
  shownAfterToggle?: number | undefined;
  onToggle(category: CalendarCategory): void;
}

/**
 * The kinds of action in the feeds, in every month and not only those shown,
 * so that the toggles stay put as the reader moves: a toggle that vanished in
 * a month without its kind would take the reader's focus with it, and could
 * not be turned back on there.
 */
export function feedKinds(inputs: CalendarInputsResult): ReadonlySet<CalendarCategory> {
  return new Set(inputs.feeds.flatMap((read) => read.feed.entries.flatMap((entry) => entry.categories)));
}

export function renderCategoryFilter(options: CategoryFilterOptions): TemplateResult | typeof nothing {
  const shown = CALENDAR_CATEGORIES.filter(
    (category) => options.present.has(category) || options.hidden.has(category),
  );
  if (shown.length === 0) return nothing;
  return html`
    <div part="filters" class="filters" role="group" aria-labelledby="filters-label">
      <span id="filters-label" class="filters-label">${msg('Show:', { id: 'calendar-filter-label' })}</span>
      ${shown.map((category) => {
        const on = !options.hidden.has(category);
        return html`<button
          type="button"
          class="filter category-${category}"
          aria-pressed=${on ? 'true' : 'false'}
          @click=${() => options.onToggle(category)}
        >
          <span class="tick" aria-hidden="true">${on ? '✓' : ''}</span>
          ${categoryIcon(category)}<span>${categoryLabel(category)}</span>
        </button>`;
      })}
    </div>
    <p class="visually-hidden" role="status">
      ${
        options.shownAfterToggle === undefined
          ? ''
          : msg(str`${itemCount(options.shownAfterToggle)} shown.`, { id: 'calendar-filter-shown' })
      }
    </p>
  `;
}
