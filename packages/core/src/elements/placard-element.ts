import { LitElement, type PropertyValues } from 'lit';
import type { IntlKind } from '../i18n/intl.js';
import { LocaleController } from '../i18n/locale-controller.js';

/**
 * The thin base every Placard widget shares: the lifecycle that is truly common
 * (locale, and an `updateComplete` that waits for pending work), nothing else. Loading, clocks and keyboard
 * models are reactive controllers a widget adds when it needs them.
 */
export class PlacardElement extends LitElement {
  /**
   * The kinds of `Intl` formatter the widget uses. A Welsh page in a browser
   * without Welsh `Intl` data (Chromium) downloads data for these kinds only;
   * a widget that formats numbers or relative times as well as dates says so.
   */
  static intlKinds: readonly IntlKind[] = ['DateTimeFormat'];

  /** The widget's language, from its own `lang`, else the nearest ancestor's, else the document's. */
  protected readonly localeController = new LocaleController(this, {
    intl: (this.constructor as typeof PlacardElement).intlKinds,
  });

  /** Work that will change what the widget shows, which `updateComplete` waits for. */
  readonly #pendingWork = new Set<Promise<unknown>>();

  /** The resolved locale (`en-GB` or `cy`) strings and dates are shown in. */
  protected get locale(): string {
    return this.localeController.locale;
  }

  // A widget in a language that is still loading waits for it, so readers never
  // see it flash in English first (the first Welsh widget loads the translations).
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.localeController.ready) await this.localeController.loaded;
    return super.scheduleUpdate();
  }

  // Strings are looked up for the locale of the element that is rendering, so
  // two widgets in different languages can share a page (see i18n/localize.ts).
  protected override update(changedProperties: PropertyValues): void {
    this.localeController.render(() => super.update(changedProperties));
  }

  /**
   * Makes `updateComplete` wait for `work` (reading inputs, say), so tests,
   * stories and developers can await the content it brings. For controllers.
   *
   * @internal
   */
  waitFor(work: Promise<unknown>): void {
    const tracked = work.catch(() => undefined).finally(() => this.#pendingWork.delete(tracked));
    this.#pendingWork.add(tracked);
  }

  /** Resolves once the widget has rendered, including the results of pending work. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.#pendingWork.size > 0) {
      await Promise.all(this.#pendingWork);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }
}
