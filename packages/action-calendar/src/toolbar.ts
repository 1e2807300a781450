/**
 * The row above the calendar: Previous / Today / Next, the month (or months)
 * shown, announced when it changes, and the view switcher (toggle buttons).
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { CalendarView } from './calendar-layout.js';

export interface ToolbarOptions {
  view: CalendarView;
  /** "February 2018", or "February 2018 – April 2018" for the list. */
  caption: string;
  onPrevious(): void;
  onToday(): void;
  onNext(): void;
  onView(view: CalendarView): void;
}

export function renderToolbar(options: ToolbarOptions): TemplateResult {
  return html`
    <div part="toolbar" class="toolbar">
      <div class="navigation" role="group" aria-label=${msg('Months', { id: 'calendar-months' })}>
        <button type="button" class="button secondary" @click=${options.onPrevious}>
          <span aria-hidden="true">‹</span> ${msg('Previous', { id: 'calendar-previous' })}
        </button>
        <button type="button" class="button secondary" @click=${options.onToday}>
          ${msg('Today', { id: 'calendar-today' })}
        </button>
        <button type="button" class="button secondary" @click=${options.onNext}>
          ${msg('Next', { id: 'calendar-next' })} <span aria-hidden="true">›</span>
        </button>
      </div>
      <p part="caption" id="caption" class="caption" aria-live="polite">${options.caption}</p>
      <div class="views" role="group" aria-label=${msg('View', { id: 'calendar-view' })}>
        ${(['list', 'month'] as const).map(
          (view) =>
            html`<button
              type="button"
              class="button secondary view-button"
              aria-pressed=${view === options.view ? 'true' : 'false'}
              @click=${() => options.onView(view)}
            >
              ${
                view === 'list'
                  ? msg('List', { id: 'calendar-view-list' })
                  : msg('Month', { id: 'calendar-view-month' })
              }
            </button>`,
        )}
      </div>
    </div>
  `;
}
