/**
 * Loads FormatJS's formatter classes and CLDR data for a locale the browser's
 * `Intl` lacks (Welsh in Chromium). Imported by `ensureIntlLocale` only when
 * such a locale is needed, so English pages never download it.
 *
 * FormatJS's locale-data modules register themselves by calling
 * `Intl.X.__addLocaleData(data)` on the *global* constructor; see `openDataHook`.
 */
import type { TargetLocale } from './locales.js';
import { installPolyfill, type IntlKind, type Polyfills } from './intl.js';
import type { PolyfilledDateTimeFormat } from './polyfilled-date-time-format.js';

let wrapperClass: typeof PolyfilledDateTimeFormat | undefined;

interface KindLoader<K extends IntlKind> {
  /** FormatJS's class for this kind (a ponyfill: importing it changes nothing global). */
  load: () => Promise<Polyfills[K]>;
  /** Locale data, one static import per locale so bundlers and the dev server can resolve it. */
  data: Record<TargetLocale, () => Promise<unknown>>;
}

const LOADERS: { [K in IntlKind]: KindLoader<K> } = {
  DateTimeFormat: {
    // The zone-correcting wrapper is only needed with the polyfill, so it loads with it.
    load: () =>
      Promise.all([import('@formatjs/intl-datetimeformat'), import('./polyfilled-date-time-format.js')]).then(
        ([formatjs, wrapper]) => {
          wrapperClass = wrapper.PolyfilledDateTimeFormat;
          return formatjs.DateTimeFormat;
        },
      ),
    data: { cy: () => import('@formatjs/intl-datetimeformat/locale-data/cy.js') },
  },
  NumberFormat: {
    load: () => import('@formatjs/intl-numberformat').then((module) => module.NumberFormat),
    data: { cy: () => import('@formatjs/intl-numberformat/locale-data/cy.js') },
  },
  PluralRules: {
    load: () => import('@formatjs/intl-pluralrules').then((module) => module.PluralRules),
    data: { cy: () => import('@formatjs/intl-pluralrules/locale-data/cy.js') },
  },
  RelativeTimeFormat: {
    load: () => import('@formatjs/intl-relativetimeformat').then((module) => module.default),
    data: { cy: () => import('@formatjs/intl-relativetimeformat/locale-data/cy.js') },
  },
};

const loads = new Map<string, Promise<void>>();

/** Loads each kind's class and `target`'s data; each load happens once, and a failed one may be retried. */
export async function loadIntlPolyfills(kinds: readonly IntlKind[], target: TargetLocale): Promise<void> {
  await Promise.all(kinds.map((kind) => loadKind(kind, target)));
}

function loadKind(kind: IntlKind, target: TargetLocale): Promise<void> {
  const key = `${kind}\u0000${target}`;
  let load = loads.get(key);
  if (!load) {
    load = loadPolyfill(kind, target).catch((error: unknown) => {
      loads.delete(key); // so a later render can try again
      throw error;
    });
    loads.set(key, load);
  }
  return load;
}

async function loadPolyfill<K extends IntlKind>(kind: K, target: TargetLocale): Promise<void> {
  const loader = LOADERS[kind] as KindLoader<K>;
  const hook = openDataHook(kind);
  let polyfill: Polyfills[K];
  try {
    [polyfill] = await Promise.all([loader.load(), loader.data[target]()]);
  } finally {
    hook.close();
  }
  const data = hook.take();
  if (kind === 'DateTimeFormat') data.push(...unclaimedDateTimeData());
  if (data.length)
    (polyfill as unknown as { __addLocaleData(...entries: unknown[]): void }).__addLocaleData(...data);
  installPolyfill(kind, polyfill, kind === 'DateTimeFormat' ? wrapperClass : undefined);
}

interface DataHook {
  take(): unknown[];
  close(): void;
}

const hooks = new Map<
  IntlKind,
  { users: number; received: unknown[]; forward: (...data: unknown[]) => void }
>();

/**
 * Catch the data a FormatJS locale-data module hands to the global
 * constructor while it is imported. Leaves an existing `__addLocaleData`
 * alone (the page has polyfilled `Intl` itself, and the data then serves the
 * browser's own formatters).
 */
function openDataHook(kind: IntlKind): DataHook {
  const target = Intl[kind] as unknown as { __addLocaleData?: unknown };
  let hook = hooks.get(kind);
  if (!hook) {
    if (typeof target.__addLocaleData === 'function') return { take: () => [], close: () => undefined };
    const received: unknown[] = [];
    const forward = (...data: unknown[]) => void received.push(...data);
    Object.defineProperty(target, '__addLocaleData', { value: forward, configurable: true, writable: true });
    hook = { users: 0, received, forward };
    hooks.set(kind, hook);
  }
  hook.users++;
  const current = hook;
  let closed = false;
  return {
    take: () => current.received.splice(0),
    close: () => {
      if (closed) return;
      closed = true;
      if (--current.users > 0) return;
      hooks.delete(kind);
      if (target.__addLocaleData === current.forward) delete target.__addLocaleData;
    },
  };
}

const claimed = new WeakSet<object>();

/**
 * FormatJS's date locale data, unlike the others, falls back to a global
 * array when no polyfill is installed; that is where it is if its module was
 * evaluated before (e.g. by another copy of Placard).
 */
function unclaimedDateTimeData(): unknown[] {
  const queue = (globalThis as { __FORMATJS_DATETIMEFORMAT_DATA__?: unknown[] })
    .__FORMATJS_DATETIMEFORMAT_DATA__;
  if (!Array.isArray(queue)) return [];
  const fresh = queue.filter((entry) => typeof entry === 'object' && entry !== null && !claimed.has(entry));
  for (const entry of fresh) claimed.add(entry as object);
  return fresh;
}
