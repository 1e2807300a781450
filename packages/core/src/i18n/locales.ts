/**
 * The locales Placard ships. English (en-GB) is the source language of every
 * string; Welsh (cy) is translated in `xliff/cy.xlf`.
 */
export const SOURCE_LOCALE = 'en-GB';

export const TARGET_LOCALES = ['cy'] as const;

export type TargetLocale = (typeof TARGET_LOCALES)[number];
export type SupportedLocale = typeof SOURCE_LOCALE | TargetLocale;

export const SUPPORTED_LOCALES: readonly SupportedLocale[] = [SOURCE_LOCALE, ...TARGET_LOCALES];

/**
 * The Placard locale for a BCP 47 language tag: Welsh for any `cy` tag
 * (`cy`, `cy-GB`, `CY`, `cy_GB`), English for everything else, including an
 * empty or malformed tag. Only the primary language subtag decides, because
 * Placard has one translation per language.
 */
export function matchLocale(tag: string | null | undefined): SupportedLocale {
  const language = (tag ?? '').trim().split(/[-_]/, 1)[0]?.toLowerCase();
  return language === 'cy' ? 'cy' : SOURCE_LOCALE;
}

export function isTargetLocale(locale: string): locale is TargetLocale {
  return (TARGET_LOCALES as readonly string[]).includes(locale);
}
