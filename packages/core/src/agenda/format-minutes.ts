/**
 * Lengths and countdowns in words for agendas: "25 mins", "1 hr 5 mins",
 * "in 2 hours". The words come from `Intl` (through core's factories, which
 * serve Welsh where the browser lacks it), never from strings of our own, so
 * every locale gets its own units, plurals and word order.
 */
import { numberFormat, relativeTimeFormat } from '../i18n/intl.js';

/** How long the unit words are: `short` ("25 mins" in en-GB) or `long` ("25 minutes", for screen readers). */
export type DurationDisplay = 'short' | 'long';

function unit(locale: string, unit: 'hour' | 'minute', display: DurationDisplay): Intl.NumberFormat {
  return numberFormat(locale, { style: 'unit', unit, unitDisplay: display });
}

/**
 * A length of time in hours and minutes, rounded to the minute: "25 mins",
 * "2 hrs", "1 hr 5 mins" in en-GB; "25 mun" in Welsh. (`Intl` has no duration
 * formatter in every browser yet, so hours and minutes are formatted each as a
 * unit and joined with a space, as CLDR's narrow unit lists do.)
 */
export function formatDuration(minutes: number, locale: string, display: DurationDisplay = 'short'): string {
  const total = Math.max(0, Math.round(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return unit(locale, 'minute', display).format(rest);
  const hourText = unit(locale, 'hour', display).format(hours);
  return rest === 0 ? hourText : `${hourText} ${unit(locale, 'minute', display).format(rest)}`;
}

/**
 * A moment `minutes` from now, in words: "in 25 minutes", "in 2 hours",
 * "in 3 days"; "5 minutes ago" when negative. Under an hour it counts minutes,
 * under two days hours, beyond that days, each rounded to the nearest whole
 * unit; days here are 24-hour spans from now, not calendar days.
 */
export function formatRelative(minutes: number, locale: string): string {
  const format = relativeTimeFormat(locale, { numeric: 'always' });
  const size = Math.abs(minutes);
  if (Math.round(size) < 60) return format.format(Math.round(minutes) + 0, 'minute');
  if (Math.round(size / 60) < 48) return format.format(Math.round(minutes / 60), 'hour');
  return format.format(Math.round(minutes / 1440), 'day');
}
