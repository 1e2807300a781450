/**
 * The list view: the items of the months shown, under a heading per month.
 * Each item says what, when (its whole date range), where, what kind, and
 * links to its page; its name is a button that opens the details.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  numberFormat,
  renderHeading,
  safeUrl,
  type CalendarListEntry,
  type CalendarMonthGroup,
} from '@placard/core';
import { categoryIcon, categoryLabel } from './category-labels.js';
import { itemWhen } from './item-when.js';
import { monthName } from './month-name.js';
import type { ViewContext } from './view-context.js';

/** How many entries the list's months hold: an event over two months counts in each, as it is shown in each. */
export function entryCount(groups: readonly CalendarMonthGroup[]): number {
  return groups.reduce((count, group) => count + group.entries.length, 0);
}

/**
 * The list's first `limit` entries, and below them how many are shown and a
 * "Show more" button: more of these months' items while there are any, then
 * more months (`onMore` is told which).
 */
export function renderListPage(
  groups: CalendarMonthGroup[],
  limit: number,
  context: ViewContext,
  onMore: (more: 'events' | 'months') => void,
): TemplateResult {
  const total = entryCount(groups);
  const shown = Math.min(total, limit);
  const count = (value: number) => numberFormat(context.locale).format(value);
  return html`
    ${renderListView(limitEntries(groups, limit), context)}
    <div class="more">
      <p role="status">
        ${
          shown < total
            ? msg(str`${count(shown)} of ${count(total)} events shown`, { id: 'calendar-shown-count' })
            : ''
        }
      </p>
      <button
        part="more"
        type="button"
        class="button secondary"
        @click=${() => onMore(shown < total ? 'events' : 'months')}
      >
        ${
          shown < total
            ? msg('Show more events', { id: 'calendar-show-more-events' })
            : msg('Show more months', { id: 'calendar-show-more' })
        }
      </button>
    </div>
  `;
}

/** The first `limit` entries of `groups`, keeping each month's heading with its entries. */
export function limitEntries(groups: CalendarMonthGroup[], limit: number): CalendarMonthGroup[] {
  const limited: CalendarMonthGroup[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    limited.push(group.entries.length <= left ? group : { ...group, entries: group.entries.slice(0, left) });
    left -= group.entries.length;
  }
  return limited;
}

/** The list, or its empty state. */
export function renderListView(groups: CalendarMonthGroup[], context: ViewContext): TemplateResult {
  if (groups.length === 0) {
    return html`<p part="empty" class="empty">
      ${msg('Nothing is planned in these months.', { id: 'calendar-list-empty' })}
    </p>`;
  }
  return html`<div part="list" class="list">${groups.map((group) => renderMonth(group, context))}</div>`;
}

function renderMonth(group: CalendarMonthGroup, context: ViewContext): TemplateResult {
  const id = `month-${group.yearMonth}`;
  return html`
    <section class="list-month" aria-labelledby=${id}>
      ${renderHeading(Math.min(6, context.headingLevel + 1), monthName(group.yearMonth, context.locale), {
        id,
        part: 'month-heading',
      })}
      <ul class="list-items">
        ${group.entries.map((entry) => renderEntry(entry, context))}
      </ul>
    </section>
  `;
}

function renderEntry(entry: CalendarListEntry, context: ViewContext): TemplateResult {
  const { item, continued } = entry;
  const when = itemWhen(item, context.locale);
  const url = safeUrl(item.url);
  const place = [item.venue?.name, item.venue?.address?.replace(/\s*\n\s*/gu, ', ')]
    .filter(Boolean)
    .join(', ');
  const cancelled = item.status === 'cancelled';
  return html`
    <li part="item" class="list-item category-${item.category} ${cancelled ? 'cancelled' : ''}">
      <p class="category">${categoryIcon(item.category)}<span>${categoryLabel(item.category)}</span></p>
      ${renderHeading(
        Math.min(6, context.headingLevel + 2),
        html`<button
          type="button"
          class="item-button"
          data-key=${item.key}
          @click=${(event: Event) => context.open(item, event.currentTarget as HTMLElement)}
        >
          ${item.name}
        </button>`,
        { part: 'item-name' },
      )}
      ${
        cancelled
          ? html`<p class="status"><strong>${msg('Cancelled', { id: 'calendar-cancelled' })}</strong></p>`
          : nothing
      }
      <p class="when">
        <time datetime=${when.startDatetime}>${when.text}</time>
        ${
          continued
            ? html`<span class="continued">${msg('(continued)', { id: 'calendar-continued' })}</span>`
            : nothing
        }
        ${
          when.inReaderZone
            ? html`<span class="reader-zone"
                >${msg(str`(${when.inReaderZone} where you are)`, { id: 'in-reader-zone' })}</span
              >`
            : nothing
        }
      </p>
      ${place ? html`<p class="place">${place}</p>` : nothing}
      ${
        item.tags.length > 0
          ? html`<ul class="tags" aria-label=${msg('Tags', { id: 'calendar-tags' })}>
              ${item.tags.map((tag) => html`<li>${tag}</li>`)}
            </ul>`
          : nothing
      }
      ${
        url
          ? html`<p class="link">
              <a href=${url}
                >${msg('Event page', { id: 'calendar-event-page' })}<span class="visually-hidden"
                  >: ${item.name}</span
                ></a
              >
            </p>`
          : nothing
      }
    </li>
  `;
}
