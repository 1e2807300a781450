export { SOURCE_LOCALE, TARGET_LOCALES, SUPPORTED_LOCALES, matchLocale, isTargetLocale } from './locales.js';
export type { SupportedLocale, TargetLocale } from './locales.js';
export { resolveLocaleTag } from './resolve-locale.js';
export {
  dateTimeFormat,
  numberFormat,
  pluralRules,
  relativeTimeFormat,
  ensureIntlLocale,
  isIntlLocaleReady,
  supportsNatively,
} from './intl.js';
export type { IntlKind } from './intl.js';
export { withLocale, loadLocale, isLocaleLoaded, configurePlacardLocalization } from './localize.js';
export { LocaleController } from './locale-controller.js';
