/**
 * Which item (or busy day) the details dialog shows, and focus around it:
 * into the dialog when it opens or its content changes, and back to whatever
 * opened it when it closes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CalendarDay, CalendarItem } from '@placard/core';

type Host = ReactiveControllerHost &
  HTMLElement & { renderRoot: ParentNode; waitFor(work: Promise<unknown>): void };

/**
 * The event card shows an item in full. It loads when a reader first opens an
 * item, not with the calendar: most visits only look at the dates.
 */
function loadEventCard(): Promise<unknown> {
  return import('@placard/event-card/placard-event-card.js').catch((error: unknown) => {
    console.warn('Placard could not load the event details.', error);
  });
}

export class DetailsController implements ReactiveController {
  /** The item shown in full. */
  item?: CalendarItem;
  /** The busy day whose items are listed, or the day the item was chosen from. */
  day?: CalendarDay;
  #opener?: HTMLElement;
  /** An item or day was chosen and its dialog is still to open. */
  #showing = false;
  #cardLoaded = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** A calendar taken off the page closes its dialog, so that put back, it starts closed. */
  hostDisconnected(): void {
    this.#dialog()?.close();
    this.#showing = false;
    this.item = undefined;
    this.day = undefined;
    this.#opener = undefined;
  }

  /** Opens the dialog on an item, or on a busy day's list of items. */
  open(item: CalendarItem | undefined, day: CalendarDay | undefined, opener: HTMLElement): void {
    this.#opener = opener;
    this.item = item;
    this.day = day;
    this.#showing = true;
    // The dialog opens once the card has loaded and the dialog has rendered (hostUpdated).
    this.host.waitFor(
      loadEventCard().then(() => {
        this.#cardLoaded = true;
        this.host.requestUpdate();
      }),
    );
  }

  hostUpdated(): void {
    if (!this.#showing || !this.#cardLoaded) return;
    const dialog = this.#dialog();
    if (!dialog?.isConnected) return;
    this.#showing = false;
    if (!dialog.open) dialog.showModal();
  }

  async choose(item: CalendarItem | undefined): Promise<void> {
    const previous = this.item;
    this.item = item;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const dialog = this.#dialog();
    const target = item
      ? dialog?.querySelector<HTMLElement>('.back')
      : [...(dialog?.querySelectorAll<HTMLElement>('.day-list-button') ?? [])][
          Math.max(0, this.day?.items.findIndex((entry) => entry.item === previous) ?? 0)
        ];
    target?.focus();
  }

  /** The dialog closed (Escape, or Close): focus goes back to what opened it. */
  closed(): void {
    const key = this.item?.key;
    this.item = undefined;
    this.day = undefined;
    this.host.requestUpdate();
    // The opener may have been re-rendered while the dialog was open: find it again by its item.
    const opener = this.#opener?.isConnected
      ? this.#opener
      : [...this.host.renderRoot.querySelectorAll<HTMLElement>('[data-key]')].find(
          (element) => element.dataset.key === key,
        );
    opener?.focus();
    this.#opener = undefined;
  }

  #dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }
}
