import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import {
  PlacardElement,
  buttonStyles,
  focusRing,
  menuOpeningFocus,
  themeTokens,
  visuallyHidden,
  type PlacardEvent,
} from '@placard/core';
import type { AddToCalendarMenu } from './add-to-calendar-menu.js';
import { addToCalendarStyles } from './add-to-calendar.styles.js';

/**
 * An "Add to calendar" menu button for one event: Google Calendar, Outlook.com,
 * Microsoft 365, Yahoo and a downloadable `.ics` file (Apple Calendar, desktop
 * Outlook). Follows the WAI-ARIA APG menu button pattern.
 *
 * Used inside `<placard-event-card>` and by other Placard widgets; give it an
 * event through the `event` property. The menu, its links and the file load
 * when a reader first points at, focuses or presses the button, so a page that
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
  };

  /** The event to add. */
  event?: PlacardEvent;

  /**
   * Address of a hosted `.ics` file for the event. When set, the download item
   * links there instead of generating a file: the reliable path in iOS in-app
   * browsers, which ignore generated downloads.
   */
  icsUrl?: string;

  /** The menu, once a reader has shown interest in the button. */
  #menu?: AddToCalendarMenu;

  #menuLoading?: Promise<AddToCalendarMenu>;

  protected override render() {
    if (!this.event) return nothing;
    const menu = this.#menu;
    return html`
      <button
        part="button"
        class="button secondary"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${menu?.open ? 'true' : 'false'}
        aria-controls=${menu ? 'menu' : nothing}
        @click=${() => this.#withMenu((loaded) => loaded.toggle())}
        @keydown=${this.#onButtonKeydown}
        @pointerenter=${this.#loadMenu}
        @focus=${this.#loadMenu}
      >
        ${msg('Add to calendar', { id: 'add-to-calendar' })}<span class="visually-hidden"
          >: ${this.event.name}</span
        >
        <svg aria-hidden="true" viewBox="0 0 10 6" width="10" height="6">
          <path d="M0 0l5 6 5-6z" fill="currentColor" />
        </svg>
      </button>
      ${menu ? menu.render() : nothing}
    `;
  }

  readonly #onButtonKeydown = (event: KeyboardEvent): void => {
    if (this.#menu) {
      this.#menu.onButtonKeydown(event);
      return;
    }
    // The menu is still loading: claim the key now (Enter would click, Space scroll), open once it is here.
    const focus = menuOpeningFocus(event);
    if (!focus) return;
    event.preventDefault();
    this.#withMenu((loaded) => void loaded.show(focus));
  };

  readonly #loadMenu = (): Promise<AddToCalendarMenu> => {
    if (!this.#menuLoading) {
      this.#menuLoading = import('./add-to-calendar-menu.js').then(
        ({ AddToCalendarMenu }) => {
          this.#menu = new AddToCalendarMenu(this);
          this.requestUpdate();
          return this.#menu;
        },
        (error: unknown) => {
          this.#menuLoading = undefined; // a later press may try again
          throw error;
        },
      );
      this.waitFor(this.#menuLoading);
    }
    return this.#menuLoading;
  };

  #withMenu(use: (menu: AddToCalendarMenu) => void): void {
    this.#loadMenu().then(use, (error: unknown) => {
      console.warn('Placard could not load the calendar menu.', error);
    });
  }
}
