/**
 * The key to the kinds of action, which is also the filter: one toggle button
 * per kind on show, pressed while that kind is shown. A tick and the pressed
 * border say which are on, so the state never rests on colour.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { CALENDAR_CATEGORIES, type CalendarCategory } from '@placard/core';
import { categoryIcon, categoryLabel } from './category-labels.js';

export interface CategoryFilterOptions {
  /** The kinds the calendar's items are of (in this window), in Placard's order. */
  present: ReadonlySet<CalendarCategory>;
  hidden: ReadonlySet<CalendarCategory>;
  onToggle(category: CalendarCategory): void;
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
  `;
}
