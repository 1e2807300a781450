/**
 * Which day a week starts on in a locale, for the month grid: Monday in
 * Britain (`en-GB`, `cy`), Sunday in the United States (`en-US`).
 *
 * `Intl.Locale` knows (`getWeekInfo()`, or the older `weekInfo` property) in
 * current browsers; where it does not, a small table of the regions whose weeks
 * start on Sunday stands in, and every other region starts on Monday, as ISO
 * 8601 and most of the world do.
 */

/** Regions whose calendars start the week on Sunday (CLDR's `firstDay`), among those Placard's readers are likely in. */
const SUNDAY_REGIONS = new Set(['US', 'CA', 'MX', 'BR', 'JP', 'KR', 'TW', 'HK', 'IL', 'IN', 'PH', 'ZA']);

interface WeekInfo {
  firstDay?: number;
}

type LocaleWithWeekInfo = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

/** The first day of the week (1 = Monday … 7 = Sunday, as ISO 8601 and Temporal count) in `locale`. */
export function firstDayOfWeek(locale: string): number {
  let intlLocale: LocaleWithWeekInfo;
  try {
    intlLocale = new Intl.Locale(locale) as LocaleWithWeekInfo;
  } catch {
    return 1;
  }
  const info = typeof intlLocale.getWeekInfo === 'function' ? intlLocale.getWeekInfo() : intlLocale.weekInfo;
  if (info?.firstDay !== undefined && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay;
  return fallbackFirstDay(intlLocale);
}

/** The table's answer, for runtimes whose `Intl.Locale` has no week data. */
export function fallbackFirstDay(locale: Intl.Locale): number {
  const region = locale.region ?? locale.maximize().region;
  return region !== undefined && SUNDAY_REGIONS.has(region) ? 7 : 1;
}
