import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { IntlKind } from './intl.js';
import { isLocaleLoaded, loadLocale, withLocale } from './localize.js';
import { matchLocale, SOURCE_LOCALE, type SupportedLocale } from './locales.js';
import { resolveLocaleTag } from './resolve-locale.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives an element the locale of its `lang` (own, else the nearest
 * ancestor's across shadow roots, else the document's) and keeps it current.
 *
 * ```ts
 * class MyWidget extends LitElement {
 *   private l10n = new LocaleController(this);
 *   protected override update(changed: PropertyValues) {
 *     this.l10n.render(() => super.update(changed)); // msg() answers in this.l10n.locale
 *   }
 * }
 * ```
 *
 * A locale other than English is loaded (translations, and Intl data where
 * the browser lacks it) before the element switches to it: until then the
 * element keeps rendering in the locale it had (English at first), then
 * updates once. A locale that is already loaded — e.g. the second Welsh
 * widget on a page — applies before the first render. `ready` tells which
 * case applies, and `loaded` resolves when the wanted locale is in use, for
 * elements that would rather wait (e.g. by awaiting it in `scheduleUpdate`).
 */
export class LocaleController implements ReactiveController {
  readonly #host: Host;
  #locale: SupportedLocale = SOURCE_LOCALE;
  #wanted: SupportedLocale | undefined;
  #loaded: Promise<void> = Promise.resolve();

  /** The kinds of `Intl` formatter the host uses, whose data must load with its locale. */
  readonly #intlKinds: readonly IntlKind[];

  /**
   * @param options.intl the kinds of `Intl` formatter the host uses (dates only by
   *   default): a Welsh page in Chromium then downloads only the data it needs.
   */
  constructor(host: Host, options: { intl?: readonly IntlKind[] } = {}) {
    this.#host = host;
    this.#intlKinds = options.intl ?? ['DateTimeFormat'];
    host.addController(this);
  }

  /** The locale the element renders in now: `en-GB` or `cy`. */
  get locale(): SupportedLocale {
    return this.#locale;
  }

  /** The locale the element's `lang` asks for (may still be loading). */
  get requestedLocale(): SupportedLocale {
    return this.#wanted ?? matchLocale(resolveLocaleTag(this.#host));
  }

  /** Whether the element renders in the locale its `lang` asks for (false while that loads). */
  get ready(): boolean {
    return this.#wanted !== undefined && this.#locale === this.#wanted;
  }

  /** Resolves once the requested locale is in use (or has failed to load, leaving the previous one). */
  get loaded(): Promise<void> {
    return this.#loaded;
  }

  /** Run `fn` (the host's update or render) with `msg()` answering in `locale`. */
  render<T>(fn: () => T): T {
    return withLocale(this.#locale, fn);
  }

  hostConnected(): void {
    watchLang(this, this.#host);
    this.refresh();
  }

  hostDisconnected(): void {
    unwatchLang(this);
  }

  /**
   * Re-read the element's `lang`. Runs on connect and whenever a `lang`
   * attribute changes in the element's document or in any shadow root
   * (open or closed) between it and the document, which covers every
   * ancestor; there is normally no need to call it yourself.
   */
  refresh(): void {
    const wanted = matchLocale(resolveLocaleTag(this.#host));
    if (wanted === this.#wanted) return;
    this.#wanted = wanted;
    if (isLocaleLoaded(wanted, this.#intlKinds)) {
      this.#use(wanted);
      this.#loaded = Promise.resolve();
      return;
    }
    this.#loaded = loadLocale(wanted, this.#intlKinds).then(
      () => {
        if (this.#wanted === wanted) this.#use(wanted);
      },
      (error: unknown) => {
        console.error(`[placard] Could not load the "${wanted}" locale; showing "${this.#locale}".`, error);
        // Forget the wish so the next refresh (a reconnect, a lang change) tries again.
        if (this.#wanted === wanted) this.#wanted = undefined;
      },
    );
  }

  #use(locale: SupportedLocale): void {
    if (locale === this.#locale) return;
    this.#locale = locale;
    this.#host.requestUpdate();
  }
}

// ---------------------------------------------------------------------------
// One MutationObserver per document or shadow root on the path from an
// element to its document, shared by every controller under it. `subtree`
// observation does not enter shadow roots, so a controller in a shadow tree
// also watches that tree (and any above it).

interface Watcher {
  observer: MutationObserver;
  controllers: Set<LocaleController>;
}

const watchers = new Map<Node, Watcher>();
const watchedRoots = new WeakMap<LocaleController, Node[]>();

function watchLang(controller: LocaleController, host: Element): void {
  const roots = rootsAbove(host);
  watchedRoots.set(controller, roots);
  for (const root of roots) {
    let watcher = watchers.get(root);
    if (!watcher) {
      const controllers = new Set<LocaleController>();
      const observer = new MutationObserver(() => {
        for (const each of [...controllers]) each.refresh();
      });
      observer.observe(root, { subtree: true, attributes: true, attributeFilter: ['lang'] });
      watcher = { observer, controllers };
      watchers.set(root, watcher);
    }
    watcher.controllers.add(controller);
  }
}

function unwatchLang(controller: LocaleController): void {
  for (const root of watchedRoots.get(controller) ?? []) {
    const watcher = watchers.get(root);
    if (!watcher) continue;
    watcher.controllers.delete(controller);
    if (watcher.controllers.size === 0) {
      watcher.observer.disconnect();
      watchers.delete(root);
    }
  }
  watchedRoots.delete(controller);
}

/** The shadow roots containing `element`, innermost first, then its document. */
function rootsAbove(element: Element): Node[] {
  const roots: Node[] = [];
  let node: Node = element;
  for (;;) {
    const root = node.getRootNode();
    if (root === node) break; // detached
    roots.push(root);
    const host = (root as Partial<ShadowRoot>).host;
    if (!host) break; // the document (or a detached fragment)
    node = host;
  }
  return roots;
}
