import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import {
  MenuButtonController,
  calendarLinks,
  eventToICalendar,
  icsFileName,
  safeUrl,
  type CalendarLinks,
  type PlacardEvent,
} from '@placard/core';

/** What `<placard-add-to-calendar>` gives its menu. */
export interface AddToCalendarHost extends ReactiveControllerHost, HTMLElement {
  event?: PlacardEvent;
  icsUrl?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the open menu links to: calendar services and the `.ics` file as a Blob URL. */
interface MenuTargets {
  event: PlacardEvent;
  links: CalendarLinks;
  icsUrl: string;
  icsFileName: string;
}

/**
 * The menu of `<placard-add-to-calendar>`: its list of calendar services, its
 * keyboard model and the links and `.ics` file it offers. The element loads this
 * module when a reader first shows interest in the button (pointer over it,
 * focus, a click or a key), so a page whose readers never add the event to a
 * calendar never downloads it.
 */
export class AddToCalendarMenu implements ReactiveController {
  private readonly keyboard: MenuButtonController;

  /** Links and file for the current event, once made. */
  private targets?: MenuTargets;

  /** The event targets are being (or were) made for. */
  private targetsRequestedFor?: PlacardEvent;

  constructor(private readonly host: AddToCalendarHost) {
    this.keyboard = new MenuButtonController(host, {
      button: () => host.renderRoot.querySelector('button'),
      items: () => [...host.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')],
    });
    host.addController(this);
    this.prepareTargets();
  }

  /** Whether the menu is showing. */
  get open(): boolean {
    return this.keyboard.open;
  }

  show(focus: 'first' | 'last'): Promise<void> {
    return this.keyboard.show(focus);
  }

  toggle(): void {
    this.keyboard.toggle();
  }

  /** Wire to the button's `keydown` once the menu has loaded. */
  get onButtonKeydown(): (event: KeyboardEvent) => void {
    return this.keyboard.onButtonKeydown;
  }

  hostUpdate(): void {
    if (this.targets && this.targets.event !== this.host.event) this.releaseTargets();
    this.prepareTargets();
  }

  hostDisconnected(): void {
    this.releaseTargets();
  }

  render() {
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
    const hosted = safeUrl(this.host.icsUrl);
    const icsHref = hosted ?? targets?.icsUrl;
    const icsName = hosted ? fileNameOf(hosted) : targets?.icsFileName;
    return html`<ul
      id="menu"
      part="menu"
      role="menu"
      aria-label=${msg('Add to calendar', { id: 'add-to-calendar' })}
      aria-busy=${targets ? nothing : 'true'}
      ?hidden=${!this.keyboard.open}
      @keydown=${this.keyboard.onMenuKeydown}
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
    </ul>`;
  }

  private readonly onItemChosen = (): void => {
    this.keyboard.hide(true);
  };

  /** Makes the links and the `.ics` file (as a Blob URL, so the download item is a plain link) once per event. */
  private prepareTargets(): void {
    const event = this.host.event;
    if (!event || this.targetsRequestedFor === event) return;
    this.targetsRequestedFor = event;
    eventToICalendar(event, { now: new Date() }).then(
      (ics) => {
        if (event !== this.host.event) return; // a newer event arrived meanwhile
        const icsUrl = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
        this.targets = { event, links: calendarLinks(event), icsUrl, icsFileName: icsFileName(event) };
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.targetsRequestedFor = undefined; // let a later opening try again
        console.warn('Placard could not prepare the calendar links.', error);
      },
    );
  }

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
