/**
 * Factories for `Intl` formatters. Everything in Placard that formats a date or
 * a number goes through here, so that locales the browser lacks (Welsh in
 * Chromium) can be served by a polyfill without each caller knowing.
 *
 * - When the browser supports the locale (`Intl.X.supportedLocalesOf`), the
 *   browser's formatter is returned. English always takes this path and never
 *   loads anything.
 * - When it does not, `ensureIntlLocale(locale)` loads FormatJS's classes and
 *   that locale's CLDR data with dynamic imports, and from then on the
 *   factories return formatters built from those classes. The global `Intl`
 *   is never replaced, so English widgets on the same page keep the browser's
 *   formatters.
 * - Before the data has loaded (or for a locale Placard has no data for), the
 *   browser's formatter is returned: the text is then in its fallback
 *   language, but the times are right.
 *
 * FormatJS's locale-data modules register themselves by calling
 * `Intl.X.__addLocaleData(data)` on the *global* constructor, which only
 * exists once the global has been polyfilled. While one of them is being
 * imported, a forwarding `__addLocaleData` is therefore set on the browser's
 * constructor and removed again as soon as the import settles; nothing else
 * about the global changes.
 */
import type { DateTimeFormatConstructor } from '@formatjs/intl-datetimeformat';
import type { NumberFormatConstructor } from '@formatjs/intl-numberformat';
import type { PluralRules as PluralRulesPolyfill } from '@formatjs/intl-pluralrules';
import type RelativeTimeFormatPolyfill from '@formatjs/intl-relativetimeformat';
import { isTargetLocale, matchLocale } from './locales.js';
import type { PolyfilledDateTimeFormat } from './polyfilled-date-time-format.js';

type NumberFormatPolyfill = NumberFormatConstructor;

/** FormatJS's class for each kind of formatter. */
export interface Polyfills {
  DateTimeFormat: DateTimeFormatConstructor;
  NumberFormat: NumberFormatPolyfill;
  PluralRules: typeof PluralRulesPolyfill;
  RelativeTimeFormat: typeof RelativeTimeFormatPolyfill;
}

export type IntlKind = keyof Polyfills;

export const KINDS: readonly IntlKind[] = [
  'DateTimeFormat',
  'NumberFormat',
  'PluralRules',
  'RelativeTimeFormat',
];

// ---------------------------------------------------------------------------
// Formatter factories

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // Without an explicit zone a formatter freezes the reader's zone at creation;
  // the key names that zone so a changed zone (travel, emulation) gets a fresh one.
  const keyed = options.timeZone ? options : { ...options, timeZone: readerZoneNow() };
  return cachedFormatter('DateTimeFormat', locale, keyed, (polyfill) =>
    polyfill && polyfilledDateTimeFormat
      ? (new polyfilledDateTimeFormat(polyfill, locale, options) as unknown as Intl.DateTimeFormat)
      : new Intl.DateTimeFormat(locale, options),
  );
}

function readerZoneNow(): string | undefined {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedFormatter('NumberFormat', locale, options, (polyfill) =>
    polyfill
      ? (new polyfill(
          locale,
          options as ConstructorParameters<NumberFormatPolyfill>[1],
        ) as unknown as Intl.NumberFormat)
      : new Intl.NumberFormat(locale, options),
  );
}

export function pluralRules(locale: string, options?: Intl.PluralRulesOptions): Intl.PluralRules {
  return cachedFormatter('PluralRules', locale, options, (polyfill) =>
    polyfill
      ? (new polyfill(locale, options) as unknown as Intl.PluralRules)
      : new Intl.PluralRules(locale, options),
  );
}

export function relativeTimeFormat(
  locale: string,
  options?: Intl.RelativeTimeFormatOptions,
): Intl.RelativeTimeFormat {
  return cachedFormatter('RelativeTimeFormat', locale, options, (polyfill) =>
    polyfill
      ? (new polyfill(locale, options) as unknown as Intl.RelativeTimeFormat)
      : new Intl.RelativeTimeFormat(locale, options),
  );
}

// Building a formatter costs far more than using one, and widgets ask for the
// same few again on every render. Formatters are immutable, so share them.
const MAX_CACHED = 200;
const formatters = new Map<string, unknown>();

/** This copy's wrapper class, set when the DateTimeFormat polyfill has loaded. */
let polyfilledDateTimeFormat: typeof PolyfilledDateTimeFormat | undefined;

function cachedFormatter<K extends IntlKind, T>(
  kind: K,
  locale: string,
  options: object | undefined,
  create: (polyfill: Polyfills[K] | undefined) => T,
): T {
  const key = `${kind}\u0000${locale}\u0000${JSON.stringify(options ?? {})}`;
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = create(polyfillFor(kind, locale));
    if (formatters.size >= MAX_CACHED) formatters.clear();
    formatters.set(key, formatter);
  }
  return formatter;
}

// ---------------------------------------------------------------------------
// Which implementation serves a locale

/**
 * Loaded FormatJS classes, shared through `globalThis` by every copy of
 * @placard/core on the page: the CLDR data sits inside the class that received
 * it, and a locale-data module only runs once per page.
 */
const loadedPolyfills: Partial<Polyfills> = ((globalThis as { [key: symbol]: unknown })[
  Symbol.for('placard.i18n.intl-polyfills')
] ??= {}) as Partial<Polyfills>;
const nativeSupport = new Map<string, boolean>();
const polyfillSupport = new Map<string, boolean>();

/** Whether the browser's own `Intl` has data for `locale` (cheap after the first call). */
export function supportsNatively(kind: IntlKind, locale: string): boolean {
  const key = `${kind}\u0000${locale}`;
  let supported = nativeSupport.get(key);
  if (supported === undefined) {
    try {
      const constructor = Intl[kind] as { supportedLocalesOf(locales: string): string[] };
      supported = constructor.supportedLocalesOf(locale).length > 0;
    } catch {
      // A malformed tag: let the browser's constructor throw its own RangeError.
      supported = true;
    }
    nativeSupport.set(key, supported);
  }
  return supported;
}

/** The loaded FormatJS class to use for `locale`, or undefined to use the browser's. */
function polyfillFor<K extends IntlKind>(kind: K, locale: string): Polyfills[K] | undefined {
  if (supportsNatively(kind, locale)) return undefined;
  const polyfill = loadedPolyfills[kind] as Polyfills[K] | undefined;
  if (!polyfill) return undefined;
  const key = `${kind}\u0000${locale}`;
  let supported = polyfillSupport.get(key);
  if (supported === undefined) {
    try {
      supported = polyfill.supportedLocalesOf(locale).length > 0;
    } catch {
      supported = false;
    }
    polyfillSupport.set(key, supported);
  }
  return supported ? polyfill : undefined;
}

/** Whether the formatters for `locale` will be in that locale: natively, or through loaded data. */
export function isIntlLocaleReady(locale: string, kinds: readonly IntlKind[] = KINDS): boolean {
  return kinds.every((kind) => supportsNatively(kind, locale) || polyfillFor(kind, locale) !== undefined);
}

/**
 * Called by the loader once FormatJS's class for `kind` holds the locale data:
 * from then on the factories use it for locales the browser lacks.
 *
 * @internal
 */
export function installPolyfill<K extends IntlKind>(
  kind: K,
  polyfill: Polyfills[K],
  wrapper?: typeof PolyfilledDateTimeFormat,
): void {
  loadedPolyfills[kind] = polyfill;
  if (wrapper) polyfilledDateTimeFormat = wrapper;
  // Support may have changed (here, or natively if the page polyfilled Intl itself).
  nativeSupport.clear();
  polyfillSupport.clear();
  formatters.clear();
}

// ---------------------------------------------------------------------------
// Loading

/**
 * Make the formatter factories speak `locale`. Resolves at once, importing
 * nothing, when the browser supports the locale for every kind of formatter
 * (always so for English) or when Placard has no data for it. Otherwise loads
 * FormatJS's class and CLDR data for each kind the browser lacks; in Chromium
 * that is dates, numbers and relative times for Welsh (its plural rules are
 * native). Safe to call repeatedly; loads happen once.
 */
export async function ensureIntlLocale(locale: string, kinds: readonly IntlKind[] = KINDS): Promise<void> {
  const target = matchLocale(locale);
  if (!isTargetLocale(target)) return;
  const missing = kinds.filter((kind) => !supportsNatively(kind, locale));
  if (missing.length === 0) return;
  // The loading machinery itself is only downloaded by pages that need it.
  const { loadIntlPolyfills } = await import('./intl-loader.js');
  await loadIntlPolyfills(missing, target);
}
