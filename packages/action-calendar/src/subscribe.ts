/**
 * "Subscribe" links for the calendar's iCalendar feeds, so readers' calendar
 * programs keep up with new actions (core's `subscribeLinks` builds them).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { subscribeLinks } from '@placard/core';

export interface SubscribableFeed {
  url: string;
  /** The feed's label or name, when it has one. */
  name?: string;
}

export function renderSubscribe(feeds: readonly SubscribableFeed[]): TemplateResult | typeof nothing {
  const linked = feeds.flatMap((feed) => {
    const links = subscribeLinks(feed.url);
    return links ? [{ ...feed, links }] : [];
  });
  if (linked.length === 0) return nothing;
  const several = linked.length > 1;
  return html`
    <div part="subscribe" class="subscribe">
      ${linked.map(
        ({ name, links }) =>
          html`<p>
            <span class="subscribe-label"
              >${
                several && name
                  ? msg(str`Subscribe to ${name}:`, { id: 'calendar-subscribe-named' })
                  : msg('Subscribe to this calendar:', { id: 'calendar-subscribe' })
              }</span
            >
            <a href=${links.webcal}>${msg('Calendar app (webcal)', { id: 'calendar-subscribe-webcal' })}</a>
            <a href=${links.google}>${msg('Google Calendar', { id: 'calendar-google' })}</a>
          </p>`,
      )}
    </div>
  `;
}
