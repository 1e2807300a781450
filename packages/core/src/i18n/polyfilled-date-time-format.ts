/**
 * An `Intl.DateTimeFormat` look-alike for a locale the browser lacks (Welsh in
 * Chromium): the words and patterns come from FormatJS's DateTimeFormat class,
 * the time zone arithmetic from the browser's own `Intl`.
 *
 * FormatJS's class can only do named zones with its own copy of the IANA
 * database (`add-golden-tz`: 0.8 MB, 125 kB gzipped, and silently UTC for
 * zones outside the "golden" set such as America/Buenos_Aires; `add-all-tz`:
 * 1.35 MB), and that copy can disagree with the browser's when the rules
 * change. The browser already knows every zone, so this asks it for the UTC
 * offset at each instant and has FormatJS format the instant at that fixed
 * offset (`timeZone: '+01:00'`, which FormatJS supports natively). Wall-clock
 * times therefore always agree with the English widgets on the same page,
 * which use the browser's `Intl` directly.
 *
 * What a fixed offset loses is the zone's name; it is put back from the
 * locale's CLDR names (`timeZoneName: 'short' | 'long'`), choosing standard or
 * summer time the way FormatJS itself does. A range whose ends are on
 * different offsets (across a clock change) is formatted with the end moved to
 * the start's offset so both wall clocks are right; if the zone name is shown,
 * both ends are written in full instead, joined with the locale's range
 * separator, so each end carries its own name.
 */
import type { DateTimeFormatConstructor } from '@formatjs/intl-datetimeformat';

type PolyfillInstance = InstanceType<DateTimeFormatConstructor>;
type PolyfillPart = ReturnType<PolyfillInstance['formatRangeToParts']>[number];
type DateInput = Date | number | undefined;

const MINUTE_MS = 60_000;

export class PolyfilledDateTimeFormat {
  readonly #polyfill: DateTimeFormatConstructor;
  readonly #locale: string;
  readonly #options: Intl.DateTimeFormatOptions;
  /** How the zone is named in the output, if at all (`timeStyle` full and long name it too). */
  readonly #zoneStyle: Intl.DateTimeFormatOptions['timeZoneName'];
  /** The zone as the browser names it (its default zone when none was given). */
  readonly #timeZone: string;
  /** Reads the zone's UTC offset at an instant, e.g. "GMT+01:00". */
  readonly #offsetReader: Intl.DateTimeFormat;
  readonly #atOffset = new Map<number, PolyfillInstance>();
  readonly #standardOffsets = new Map<number, number>();
  /** [standard, summer] names of the zone in this locale, when it has any for the requested style. */
  readonly #zoneNames: readonly [string, string] | undefined;
  readonly #gmtFormat: string;
  readonly #rangeFallback: string;

  constructor(polyfill: DateTimeFormatConstructor, locale: string, options: Intl.DateTimeFormatOptions = {}) {
    this.#polyfill = polyfill;
    this.#locale = locale;
    this.#options = { ...options };
    this.#zoneStyle =
      options.timeZoneName ??
      (options.timeStyle === 'full' ? 'long' : options.timeStyle === 'long' ? 'short' : undefined);
    // Throws the browser's own RangeError for a zone it does not know.
    this.#offsetReader = new Intl.DateTimeFormat('en-US', {
      timeZone: options.timeZone,
      timeZoneName: 'longOffset',
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
    });
    this.#timeZone = this.#offsetReader.resolvedOptions().timeZone;
    // Builds one FormatJS formatter now, so bad options throw here as they would natively.
    const first = this.#formatterAt(0);
    const data = localeDataOf(polyfill, first.resolvedOptions().locale);
    this.#gmtFormat = data?.gmtFormat ?? 'GMT{0}';
    this.#rangeFallback = data?.intervalFormatFallback ?? '{0} – {1}';
    const style = this.#zoneStyle;
    const names = data?.timeZoneName;
    this.#zoneNames =
      (style === 'long' || style === 'short') && names
        ? (names[this.#timeZone]?.[style] ?? names[options.timeZone ?? '']?.[style])
        : undefined;
  }

  /** Bound, like the native `format` getter, so `dates.map(dtf.format)` works. */
  readonly format = (date?: DateInput): string => {
    const time = epochOf(date);
    if (!this.#fixesZoneNames) return this.#formatterAt(this.#offsetAt(time)).format(time);
    return joinParts(this.formatToParts(time));
  };

  formatToParts(date?: DateInput): Intl.DateTimeFormatPart[] {
    const time = epochOf(date);
    const offset = this.#offsetAt(time);
    return this.#withZoneNames(this.#formatterAt(offset).formatToParts(time), time, time, offset, offset);
  }

  formatRange(startDate: DateInput, endDate: DateInput): string {
    if (!this.#showsZoneName) {
      const [start, end] = [requiredEpochOf(startDate), requiredEpochOf(endDate)];
      const startOffset = this.#offsetAt(start);
      // Moving the end to the start's offset keeps its wall clock right.
      const shiftedEnd = end + (this.#offsetAt(end) - startOffset) * MINUTE_MS;
      return this.#formatterAt(startOffset).formatRange(start, shiftedEnd);
    }
    return joinParts(this.formatRangeToParts(startDate, endDate));
  }

  formatRangeToParts(startDate: DateInput, endDate: DateInput): Intl.DateTimeRangeFormatPart[] {
    const [start, end] = [requiredEpochOf(startDate), requiredEpochOf(endDate)];
    const [startOffset, endOffset] = [this.#offsetAt(start), this.#offsetAt(end)];
    const formatter = this.#formatterAt(startOffset);
    if (startOffset === endOffset || !this.#showsZoneName) {
      const shiftedEnd = end + (endOffset - startOffset) * MINUTE_MS;
      const parts = formatter.formatRangeToParts(start, shiftedEnd);
      return this.#withZoneNames(parts, start, end, startOffset, endOffset) as Intl.DateTimeRangeFormatPart[];
    }
    // The clocks changed and the zone name is shown: each end in full, with its own name.
    const [before, between, after] = splitPattern(this.#rangeFallback);
    const startParts = this.formatToParts(start).map((part) => ({ ...part, source: 'startRange' as const }));
    const endParts = this.formatToParts(end).map((part) => ({ ...part, source: 'endRange' as const }));
    const literal = (value: string) =>
      value ? [{ type: 'literal' as const, value, source: 'shared' as const }] : [];
    return [...literal(before), ...startParts, ...literal(between), ...endParts, ...literal(after)];
  }

  resolvedOptions(): Intl.ResolvedDateTimeFormatOptions {
    return {
      ...(this.#formatterAt(0).resolvedOptions() as Intl.ResolvedDateTimeFormatOptions),
      timeZone: this.#timeZone,
    };
  }

  get [Symbol.toStringTag](): string {
    return 'Intl.DateTimeFormat';
  }

  get #showsZoneName(): boolean {
    return this.#zoneStyle !== undefined;
  }

  /** FormatJS's text for the zone name needs replacing: a named zone, or its two-digit-less longOffset. */
  get #fixesZoneNames(): boolean {
    return this.#zoneNames !== undefined || this.#zoneStyle === 'longOffset';
  }

  #formatterAt(offsetMinutes: number): PolyfillInstance {
    let formatter = this.#atOffset.get(offsetMinutes);
    if (!formatter) {
      formatter = new this.#polyfill(this.#locale, { ...this.#options, timeZone: offsetId(offsetMinutes) });
      this.#atOffset.set(offsetMinutes, formatter);
    }
    return formatter;
  }

  /** The zone's UTC offset at `time`, in whole minutes (nineteenth-century seconds are rounded). */
  #offsetAt(time: number): number {
    const name =
      this.#offsetReader.formatToParts(time).find((part) => part.type === 'timeZoneName')?.value ?? '';
    const match = /^GMT([+-])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?$/.exec(name);
    if (!match) return 0; // "GMT" alone
    const [, sign, hours, minutes = '0', seconds = '0'] = match;
    const total = Number(hours) * 60 + Number(minutes) + Number(seconds) / 60;
    return (sign === '-' ? -1 : 1) * Math.round(total);
  }

  /** Whether `time` is in summer time: ahead of the zone's standard offset that year. */
  #isSummerTime(time: number, offset: number): boolean {
    const year = new Date(time).getUTCFullYear();
    let standard = this.#standardOffsets.get(year);
    if (standard === undefined) {
      standard = Math.min(this.#offsetAt(Date.UTC(year, 0, 1)), this.#offsetAt(Date.UTC(year, 6, 1)));
      this.#standardOffsets.set(year, standard);
    }
    return offset > standard;
  }

  #withZoneNames(
    parts: PolyfillPart[],
    start: number,
    end: number,
    startOffset: number,
    endOffset: number,
  ): Intl.DateTimeFormatPart[] {
    return parts.map((part) => {
      const copy = { ...part, value: part.value ?? '' } as Intl.DateTimeRangeFormatPart;
      if (part.source === undefined) delete (copy as Partial<Intl.DateTimeRangeFormatPart>).source;
      if (part.type !== 'timeZoneName' || !this.#fixesZoneNames) return copy;
      const atEnd = part.source === 'endRange';
      copy.value = this.#zoneName(atEnd ? end : start, atEnd ? endOffset : startOffset, copy.value);
      return copy;
    });
  }

  /** The zone's name at `time`, following FormatJS's rules (FormatDateTimePattern). */
  #zoneName(time: number, offset: number, fallback: string): string {
    if (this.#zoneStyle === 'longOffset') {
      if (offset === 0) return this.#gmtFormat.replace('{0}', '');
      const sign = offset < 0 ? '-' : '+';
      return this.#gmtFormat.replace(
        '{0}',
        `${sign}${twoDigits(Math.abs(offset) / 60)}:${twoDigits(Math.abs(offset) % 60)}`,
      );
    }
    const names = this.#zoneNames;
    if (!names) return fallback;
    const summer = this.#isSummerTime(time, offset);
    // Zones whose summer time has no name of its own (Europe/London in Welsh) show the offset then.
    if (summer && names[0] === names[1]) return fallback;
    return names[summer ? 1 : 0];
  }
}

interface LocaleDataView {
  gmtFormat?: string;
  intervalFormatFallback?: string;
  timeZoneName?: Record<string, { long?: [string, string]; short?: [string, string] } | undefined>;
}

function localeDataOf(
  polyfill: DateTimeFormatConstructor,
  resolvedLocale: string,
): LocaleDataView | undefined {
  const data = polyfill.localeData as Record<string, LocaleDataView | undefined>;
  const withoutExtensions = resolvedLocale.split('-u-')[0] ?? resolvedLocale;
  return data[resolvedLocale] ?? data[withoutExtensions] ?? data[withoutExtensions.split('-')[0] ?? ''];
}

function epochOf(date: DateInput): number {
  if (date === undefined) return Date.now();
  return typeof date === 'number' ? date : Number(date);
}

function requiredEpochOf(date: DateInput): number {
  if (date === undefined) throw new TypeError('startDate and endDate are required');
  return epochOf(date);
}

function offsetId(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMinutes);
  return `${sign}${twoDigits(minutes / 60)}:${twoDigits(minutes % 60)}`;
}

function twoDigits(value: number): string {
  return String(Math.floor(value)).padStart(2, '0');
}

/** "{0} – {1}" → ["", " – ", ""] */
function splitPattern(pattern: string): [string, string, string] {
  const first = pattern.indexOf('{0}');
  const second = pattern.indexOf('{1}');
  if (first < 0 || second < first) return ['', ' – ', ''];
  return [pattern.slice(0, first), pattern.slice(first + 3, second), pattern.slice(second + 3)];
}

function joinParts(parts: readonly { value: string }[]): string {
  return parts.map((part) => part.value).join('');
}
