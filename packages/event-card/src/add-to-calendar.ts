import { html, nothing, type PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import {
  MenuButtonController,
  PlacardElement,
  buttonStyles,
  focusRing,
  loadCalendarTargets,
  safeUrl,
  themeTokens,
  visuallyHidden,
  type CalendarTargets,
  type PlacardEvent,
} from '@placard/core';
import { addToCalendarStyles } from './add-to-calendar.styles.js';

/** What the open menu links to: calendar services and the `.ics` file as a Blob URL. */
interface MenuTargets {
  event: PlacardEvent;
  links: CalendarTargets['links'];
  icsUrl: string;
  icsFileName: string;
}

/**
 * An "Add to calendar" menu button for one event: Google Calendar, Outlook.com,
 * Microsoft 365, Yahoo and a downloadable `.ics` file (Apple Calendar, desktop
 * Outlook). Follows the WAI-ARIA APG menu button pattern.
 *
 * Used inside `<placard-event-card>` and by other Placard widgets; give it an
 * event through the `event` property. The links and the file are made when the
 * menu is first opened (or the button is hovered or focused), so a page that
 * nobody adds to a calendar never downloads that code.
 *
 * @summary Add-to-calendar menu for a Placard event.
 * @tagname placard-add-to-calendar
 *
 * @csspart button - The "Add to calendar" button.
 * @csspart menu - The list of calendar services.
 * @csspart item - Each calendar service link.
 */
export class PlacardAddToCalendar extends PlacardElement {
  static override styles = [themeTokens, focusRing, visuallyHidden, buttonStyles, addToCalendarStyles];

  // Declared here rather than with decorators, which would cost every page ~1 KB (gzip).
  static override properties = {
    event: { attribute: false },
    icsUrl: { attribute: 'ics-url' },
    targets: { state: true, attribute: false },
  };

  /** The event to add. */
  event?: PlacardEvent;

  /**
   * Address of a hosted `.ics` file for the event. When set, the download item
   * links there instead of generating a file: the reliable path in iOS in-app
   * browsers, which ignore generated downloads.
   */
  icsUrl?: string;

  /** @internal Links and file for the current event, once made. */
  private targets?: MenuTargets;

  /** The event targets are being (or were) made for. */
  private targetsRequestedFor?: PlacardEvent;

  private readonly menu = new MenuButtonController(this, {
    button: () => this.renderRoot.querySelector('button'),
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')],
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseTargets();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('event') && this.targets?.event !== this.event) this.releaseTargets();
    if (this.menu.open) this.prepareTargets();
  }

  protected override render() {
    if (!this.event) return nothing;
    const targets = this.targets;
    const newTab = html`<span class="visually-hidden"
      >${msg('(opens in a new tab)', { id: 'opens-new-tab' })}</span
    >`;
    const item = (href: string | undefined, label: string) =>
      html`<li role="none">
        <a
          part="item"
          role="menuitem"
          tabindex="-1"
          href=${href ?? nothing}
          aria-disabled=${href ? nothing : 'true'}
          target="_blank"
          rel="noopener noreferrer"
          @click=${this.onItemChosen}
          >${label}${newTab}</a
        >
      </li>`;
    const hosted = safeUrl(this.icsUrl);
    const icsHref = hosted ?? targets?.icsUrl;
    const icsName = hosted ? fileNameOf(hosted) : targets?.icsFileName;
    return html`
      <button
        part="button"
        class="button secondary"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.menu.open ? 'true' : 'false'}
        aria-controls="menu"
        @click=${() => this.menu.toggle()}
        @keydown=${this.menu.onButtonKeydown}
        @pointerenter=${this.prepareTargets}
        @focus=${this.prepareTargets}
      >
        ${msg('Add to calendar', { id: 'add-to-calendar' })}<span class="visually-hidden"
          >: ${this.event.name}</span
        >
        <svg aria-hidden="true" viewBox="0 0 10 6" width="10" height="6">
          <path d="M0 0l5 6 5-6z" fill="currentColor" />
        </svg>
      </button>
      <ul
        id="menu"
        part="menu"
        role="menu"
        aria-label=${msg('Add to calendar', { id: 'add-to-calendar' })}
        aria-busy=${targets ? nothing : 'true'}
        ?hidden=${!this.menu.open}
        @keydown=${this.menu.onMenuKeydown}
      >
        ${item(targets?.links.google, msg('Google Calendar', { id: 'calendar-google' }))}
        ${item(targets?.links.outlook, msg('Outlook.com', { id: 'calendar-outlook' }))}
        ${item(targets?.links.office365, msg('Microsoft 365', { id: 'calendar-office365' }))}
        ${item(targets?.links.yahoo, msg('Yahoo Calendar', { id: 'calendar-yahoo' }))}
        <li role="none">
          <a
            part="item"
            role="menuitem"
            tabindex="-1"
            href=${icsHref ?? nothing}
            download=${icsName ?? nothing}
            aria-disabled=${icsHref ? nothing : 'true'}
            @click=${this.onItemChosen}
            >${msg('Download .ics (Apple Calendar, Outlook)', { id: 'calendar-ics' })}</a
          >
        </li>
      </ul>
    `;
  }

  private readonly onItemChosen = (): void => {
    this.menu.hide(true);
  };

  /** Makes the links and the `.ics` file (as a Blob URL, so the download item is a plain link) once per event. */
  private readonly prepareTargets = (): void => {
    const event = this.event;
    if (!event || this.targetsRequestedFor === event) return;
    this.targetsRequestedFor = event;
    loadCalendarTargets(event, { now: new Date() }).then(
      ({ links, ics }) => {
        if (event !== this.event) return; // a newer event arrived meanwhile
        const icsUrl = URL.createObjectURL(new Blob([ics.text], { type: 'text/calendar;charset=utf-8' }));
        this.targets = { event, links, icsUrl, icsFileName: ics.fileName };
      },
      (error: unknown) => {
        this.targetsRequestedFor = undefined; // let a later opening try again
        console.warn('Placard could not prepare the calendar links.', error);
      },
    );
  };

  private releaseTargets(): void {
    if (this.targets) URL.revokeObjectURL(this.targets.icsUrl);
    this.targets = undefined;
    this.targetsRequestedFor = undefined;
  }
}

/** The file name a hosted `.ics` address ends with, for the download attribute. */
function fileNameOf(url: string): string {
  return new URL(url).pathname.split('/').pop() || 'event.ics';
}
