/**
 * Factories for `Intl` formatters. Everything in Placard that formats a date or
 * a number goes through here, so that locales the browser lacks (Welsh in
 * Chromium) can be served by a polyfill without each caller knowing.
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, options);
}

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return new Intl.NumberFormat(locale, options);
}
