/**
 * Which item (or busy day) the details dialog shows, and focus around it:
 * into the dialog when it opens or its content changes, and back to whatever
 * opened it when it closes.
 */
import {
  adoptStyles,
  nothing,
  supportsAdoptingStyleSheets,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { CalendarDay, CalendarItem } from '@placard/core';
import type * as DetailsDialog from './details-dialog.js';
import type { ViewContext } from './view-context.js';

type Host = ReactiveControllerHost &
  HTMLElement & { renderRoot: ParentNode; now?: string; waitFor(work: Promise<unknown>): void };

type DetailsDialogModule = typeof DetailsDialog;

/**
 * The dialog, its styles and the event card load when a reader first opens an
 * item, not with the calendar: most visits only look at the dates.
 */
let dialogModule: Promise<DetailsDialogModule | undefined> | undefined;
function loadDetailsDialog(): Promise<DetailsDialogModule | undefined> {
  dialogModule ??= import('./details-dialog.js').catch((error: unknown) => {
    // Let a later open try again: the network may be back.
    dialogModule = undefined;
    console.warn('Placard could not load the event details.', error);
    return undefined;
  });
  return dialogModule;
}

export class DetailsController implements ReactiveController {
  /** The item shown in full. */
  item?: CalendarItem;
  /** The busy day whose items are listed, or the day the item was chosen from. */
  day?: CalendarDay;
  #opener?: HTMLElement;
  /** An item or day was chosen and its dialog is still to open. */
  #showing = false;
  #dialogModule?: DetailsDialogModule;

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
    // The dialog opens once its module has loaded and the dialog has rendered (hostUpdated).
    this.host.waitFor(
      loadDetailsDialog().then((module) => {
        if (module && !this.#dialogModule) this.#adopt(module);
        this.host.requestUpdate();
      }),
    );
  }

  /** The dialog, once a reader has opened an item (until then there is nothing to show). */
  render(context: ViewContext): TemplateResult | typeof nothing {
    if (!this.#dialogModule) return nothing;
    return this.#dialogModule.renderDetailsDialog(
      {
        item: this.item,
        day: this.day,
        now: this.host.now,
        onChoose: (item) => void this.choose(item),
        onClose: () => this.closed(),
      },
      context,
    );
  }

  /** Adds the dialog's styles to the calendar's own. */
  #adopt(module: DetailsDialogModule): void {
    this.#dialogModule = module;
    const root = this.host.renderRoot;
    if (!(root instanceof ShadowRoot)) return;
    // With constructable style sheets the list is replaced, so it keeps the element's; without, a <style> is added.
    adoptStyles(
      root,
      supportsAdoptingStyleSheets
        ? [...root.adoptedStyleSheets, module.detailsDialogStyles]
        : [module.detailsDialogStyles],
    );
  }

  hostUpdated(): void {
    if (!this.#showing || !this.#dialogModule) return;
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
