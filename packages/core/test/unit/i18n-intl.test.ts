/**
 * The Intl factories in Node, with Chromium's gap simulated: Node has full ICU
 * (Welsh included), so `supportedLocalesOf` is made to deny Welsh the way
 * Chromium's does. Node's own Welsh formatting then serves as an oracle for
 * the polyfilled path. (test/browser/i18n-intl.test.ts checks real Chromium.)
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as IntlModule from '../../src/i18n/intl.js';

type Kind = 'DateTimeFormat' | 'NumberFormat' | 'PluralRules' | 'RelativeTimeFormat';
const KINDS: Kind[] = ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat'];
const NativeDateTimeFormat = Intl.DateTimeFormat;
const originals = Object.fromEntries(KINDS.map((kind) => [kind, Intl[kind]])) as Record<Kind, unknown>;

let intl: typeof IntlModule;

beforeAll(async () => {
  for (const kind of KINDS) {
    const constructor = Intl[kind] as unknown as { supportedLocalesOf(locales: string | string[]): string[] };
    const real = constructor.supportedLocalesOf.bind(constructor);
    vi.spyOn(constructor, 'supportedLocalesOf').mockImplementation((locales) =>
      real(locales).filter((locale) => !/^cy(-|$)/i.test(locale)),
    );
  }
  intl = await import('../../src/i18n/intl.js');
});

afterAll(() => {
  vi.restoreAllMocks();
});

const MARCH_15_2018_NOON = Date.UTC(2018, 2, 15, 12);

describe('Intl factories where the runtime lacks Welsh', () => {
  it('use the runtime formatter until the Welsh data has loaded', () => {
    expect(intl.supportsNatively('DateTimeFormat', 'cy')).toBe(false);
    expect(intl.isIntlLocaleReady('cy')).toBe(false);
    expect(intl.dateTimeFormat('cy', { dateStyle: 'full', timeZone: 'UTC' })).toBeInstanceOf(
      NativeDateTimeFormat,
    );
  });

  it('loads Welsh data for every formatter kind the runtime lacks', async () => {
    await intl.ensureIntlLocale('cy');
    expect(intl.isIntlLocaleReady('cy')).toBe(true);
    expect(intl.isIntlLocaleReady('cy-GB')).toBe(true);
  });

  it('formats dates in Welsh', () => {
    const format = intl.dateTimeFormat('cy', { dateStyle: 'full', timeZone: 'Europe/London' });
    expect(format).not.toBeInstanceOf(NativeDateTimeFormat);
    expect(format.format(MARCH_15_2018_NOON)).toBe('Dydd Iau, 15 Mawrth 2018');
    expect(format.format(new Date(MARCH_15_2018_NOON))).toBe('Dydd Iau, 15 Mawrth 2018');
    expect(
      intl.dateTimeFormat('cy-GB', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2018, 0, 5)),
    ).toBe('Ionawr');
    expect(String(format)).toBe('[object Intl.DateTimeFormat]');
  });

  it('leaves the global Intl untouched', () => {
    for (const kind of KINDS) {
      expect(Intl[kind]).toBe(originals[kind]);
      expect(Object.hasOwn(Intl[kind], '__addLocaleData')).toBe(false);
    }
    expect(Object.hasOwn(Intl.DateTimeFormat, '__addTZData')).toBe(false);
    expect(Intl.DateTimeFormat.supportedLocalesOf('cy')).toEqual([]);
  });

  it('keeps English on the runtime formatter', () => {
    const format = intl.dateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'Europe/London' });
    expect(format).toBeInstanceOf(NativeDateTimeFormat);
    const native = new NativeDateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'Europe/London' });
    expect(format.format(MARCH_15_2018_NOON)).toBe(native.format(MARCH_15_2018_NOON));
    expect(format.format(MARCH_15_2018_NOON)).toMatch(/^Thursday,? 15 March 2018$/);
    expect(intl.numberFormat('en-GB')).toBeInstanceOf(Intl.NumberFormat);
  });

  it('shares one formatter per locale and options', () => {
    const options = { dateStyle: 'long', timeZone: 'Europe/London' } as const;
    expect(intl.dateTimeFormat('cy', options)).toBe(intl.dateTimeFormat('cy', { ...options }));
    expect(intl.dateTimeFormat('cy', options)).not.toBe(intl.dateTimeFormat('en-GB', options));
  });

  it('reports the zone and locale it formats in', () => {
    const options = intl
      .dateTimeFormat('cy', { dateStyle: 'full', timeZone: 'Europe/London' })
      .resolvedOptions();
    expect(options.locale).toBe('cy');
    expect(options.timeZone).toBe('Europe/London');
    expect(options.dateStyle).toBe('full');
  });

  it('uses the runtime zone when none is given, not UTC', () => {
    const fields = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
    const welsh = intl.dateTimeFormat('cy', fields);
    expect(welsh.resolvedOptions().timeZone).toBe(new NativeDateTimeFormat().resolvedOptions().timeZone);
    expect(welsh.format(MARCH_15_2018_NOON)).toBe(
      new NativeDateTimeFormat('en-GB', fields).format(MARCH_15_2018_NOON),
    );
  });

  it('rejects zones the runtime does not know, as Intl does', () => {
    expect(() => intl.dateTimeFormat('cy', { timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
  });

  it('binds format like the native getter', () => {
    const { format } = intl.dateTimeFormat('cy', { month: 'long', timeZone: 'UTC' });
    expect([Date.UTC(2018, 5, 1), Date.UTC(2018, 6, 1)].map(format)).toEqual(['Mehefin', 'Gorffennaf']);
  });
});

describe('Welsh wall clocks agree with the runtime time-zone database', () => {
  const ZONES = [
    'Europe/London',
    'Europe/Dublin',
    'America/New_York',
    'America/St_Johns',
    'America/Buenos_Aires', // an alias FormatJS's "golden" zone data would silently treat as UTC
    'America/Argentina/Buenos_Aires',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'Africa/Casablanca',
    'Asia/Kolkata',
    'UTC',
    'Etc/GMT+5',
  ];
  const FIELDS = {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  } as const;
  const numbers = (parts: Intl.DateTimeFormatPart[]) =>
    parts
      .filter((part) => part.type !== 'literal')
      .map((part) => `${part.type}=${part.value}`)
      .sort()
      .join(' ');

  it.each(ZONES)('%s, every 3 days of 2024–2026 and either side of each clock change', (timeZone) => {
    const welsh = intl.dateTimeFormat('cy', { ...FIELDS, timeZone });
    const native = new NativeDateTimeFormat('en-US', { ...FIELDS, timeZone });
    const moments: number[] = [];
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2027, 0, 1); time += 3 * 86_400_000 + 3_600_000) {
      moments.push(time);
    }
    // Minutes around every transition, found by comparing neighbouring offsets.
    const offsetName = new NativeDateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    const offset = (time: number) =>
      offsetName.formatToParts(time).find((part) => part.type === 'timeZoneName')?.value;
    const step = 4 * 3_600_000;
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2027, 0, 1); time += step) {
      if (offset(time) !== offset(time + step)) {
        for (let minute = -1; minute <= 241; minute++) moments.push(time + minute * 60_000);
      }
    }
    for (const moment of moments) {
      expect(numbers(welsh.formatToParts(moment)), new Date(moment).toISOString()).toBe(
        numbers(native.formatToParts(moment)),
      );
    }
  });
});

describe('Welsh zone names', () => {
  const SUMMER = Date.UTC(2018, 6, 1, 12);
  const WINTER = Date.UTC(2018, 0, 15, 12);

  it.each([
    ['Europe/London', 'short', WINTER, '12:00 GMT'],
    ['Europe/London', 'short', SUMMER, '13:00 GMT+1'],
    ['Europe/London', 'long', WINTER, '12:00 Amser Safonol Greenwich'],
    ['Europe/Paris', 'short', WINTER, '13:00 CET'],
    ['Europe/Paris', 'short', SUMMER, '14:00 CEST'],
    ['Europe/Paris', 'long', SUMMER, '14:00 Amser Haf Canolbarth Ewrop'],
    ['America/New_York', 'short', SUMMER, '08:00 GMT-4'],
    ['America/New_York', 'long', WINTER, '07:00 Amser Safonol Dwyrain Gogledd America'],
    ['America/New_York', 'long', SUMMER, '08:00 Amser Haf Dwyrain Gogledd America'],
    ['Asia/Kolkata', 'shortOffset', SUMMER, '17:30 GMT+5:30'],
    ['Asia/Kolkata', 'longOffset', SUMMER, '17:30 GMT+05:30'],
    ['UTC', 'short', SUMMER, '12:00 UTC'],
  ] as const)('%s %s', (timeZone, timeZoneName, time, expected) => {
    const format = intl.dateTimeFormat('cy', { hour: 'numeric', minute: '2-digit', timeZone, timeZoneName });
    expect(format.format(time)).toBe(expected);
  });
});

describe('Welsh zone names from timeStyle', () => {
  it('names the zone for timeStyle full and long, as CLDR patterns do', () => {
    const winter = Date.UTC(2018, 0, 15, 12);
    const full = intl.dateTimeFormat('cy', { timeStyle: 'full', timeZone: 'Europe/Paris' });
    expect(full.format(winter)).toBe('13:00:00 Amser Safonol Canolbarth Ewrop');
    expect(full.format(Date.UTC(2018, 6, 1, 12))).toBe('14:00:00 Amser Haf Canolbarth Ewrop');
    const long = intl.dateTimeFormat('cy', { timeStyle: 'long', timeZone: 'Europe/London' });
    expect(long.format(winter)).toBe('12:00:00 GMT');
    expect(long.format(Date.UTC(2018, 6, 1, 12))).toBe('13:00:00 GMT+1');
  });
});

describe('Welsh ranges', () => {
  // CLDR puts thin spaces around the range dash; compare with plain ones.
  const plain = (text: string) => text.replace(/[\u2009\u202f]/g, ' ');
  const fields = {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
  } as const;

  it('collapse a same-day range', () => {
    const format = intl.dateTimeFormat('cy', { ...fields, timeZone: 'Europe/London' });
    const text = format.formatRange(Date.UTC(2018, 2, 15, 18, 30), Date.UTC(2018, 2, 15, 20));
    expect(plain(text)).toBe('Dydd Iau, 15 Mawrth 18:30 – 20:00');
    const parts = format.formatRangeToParts(Date.UTC(2018, 2, 15, 18, 30), Date.UTC(2018, 2, 15, 20));
    expect(parts.filter((part) => part.source === 'shared').map((part) => part.value)).toContain('Dydd Iau');
    expect(
      parts
        .filter((part) => part.source === 'endRange')
        .map((part) => part.value)
        .join(''),
    ).toBe('20:00');
  });

  it('write both dates of a range over several days', () => {
    const format = intl.dateTimeFormat('cy', { ...fields, timeZone: 'Europe/London' });
    expect(plain(format.formatRange(Date.UTC(2018, 2, 15, 18, 30), Date.UTC(2018, 2, 16, 20)))).toBe(
      'Dydd Iau, 15 Mawrth 18:30 – Dydd Gwener, 16 Mawrth 20:00',
    );
  });

  it('keep both wall clocks right across a clock change', () => {
    // London went from GMT to BST at 01:00 UTC on 25 March 2018.
    const start = Date.UTC(2018, 2, 24, 23, 30); // 23:30 GMT
    const end = Date.UTC(2018, 2, 25, 2, 30); // 03:30 BST
    const format = intl.dateTimeFormat('cy', {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'Europe/London',
    });
    expect(plain(format.formatRange(start, end))).toBe('23:30 – 03:30');
    const named = intl.dateTimeFormat('cy', {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'Europe/London',
      timeZoneName: 'short',
    });
    expect(plain(named.formatRange(start, end))).toBe('23:30 GMT – 03:30 GMT+1');
    const parts = named.formatRangeToParts(start, end);
    expect(
      parts
        .filter((part) => part.source === 'endRange')
        .map((part) => part.value)
        .join(''),
    ).toBe('03:30 GMT+1');
  });

  it('format date ranges in UTC as the time module does for all-day events', () => {
    const format = intl.dateTimeFormat('cy', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(plain(format.formatRange(Date.UTC(2018, 1, 12), Date.UTC(2018, 1, 18)))).toBe(
      '12–18 Chwefror 2018',
    );
  });
});

describe('Welsh numbers, plurals and relative times', () => {
  it('formats numbers with Welsh unit and currency names', () => {
    expect(intl.numberFormat('cy', { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(3)).toBe(
      '3 awr',
    );
    expect(intl.numberFormat('cy', { style: 'currency', currency: 'GBP' }).format(1234.5)).toBe('£1,234.50');
    expect(intl.numberFormat('cy').format(1234567.891)).toBe('1,234,567.891');
  });

  it('selects Welsh plural categories', () => {
    const rules = intl.pluralRules('cy');
    expect([0, 1, 2, 3, 6, 7].map((n) => rules.select(n))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
  });

  it('formats relative times in Welsh', () => {
    const format = intl.relativeTimeFormat('cy', { numeric: 'auto' });
    expect(format.format(-1, 'day')).toBe('ddoe');
    expect(format.format(1, 'day')).toBe('yfory');
    expect(intl.relativeTimeFormat('cy').format(3, 'day')).toBe('ymhen 3 diwrnod');
  });
});
