/**
 * Welsh dates and numbers in real Chromium, whose Intl has no Welsh data.
 */
import { expect } from '@open-wc/testing';
import {
  dateTimeFormat,
  ensureIntlLocale,
  isIntlLocaleReady,
  numberFormat,
  pluralRules,
  relativeTimeFormat,
} from '../../src/i18n/intl.js';
import { formatSchedule } from '../../src/time/format.js';

const MARCH_15_2018_NOON = Date.UTC(2018, 2, 15, 12);
const KINDS = ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat'] as const;
const originals = Object.fromEntries(KINDS.map((kind) => [kind, Intl[kind]]));
const NativeDateTimeFormat = Intl.DateTimeFormat;
const plain = (text: string) => text.replace(/[\u2009\u202f]/g, ' ');

describe('Intl in Chromium without Welsh data', () => {
  it('really lacks Welsh: supportedLocalesOf is empty and dates come out in English', () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf('cy')).to.deep.equal([]);
    expect(Intl.NumberFormat.supportedLocalesOf('cy')).to.deep.equal([]);
    expect(Intl.RelativeTimeFormat.supportedLocalesOf('cy')).to.deep.equal([]);
    const native = new Intl.DateTimeFormat('cy', { dateStyle: 'full', timeZone: 'Europe/London' });
    expect(native.format(MARCH_15_2018_NOON)).to.contain('Thursday');
    expect(isIntlLocaleReady('cy')).to.equal(false);
    // Before the data loads, the factory still gives a working (English) formatter.
    expect(dateTimeFormat('cy', { dateStyle: 'full', timeZone: 'Europe/London' })).to.be.instanceOf(
      NativeDateTimeFormat,
    );
  });

  it('formats Welsh dates after ensureIntlLocale("cy")', async () => {
    await ensureIntlLocale('cy');
    expect(isIntlLocaleReady('cy')).to.equal(true);
    const format = dateTimeFormat('cy', { dateStyle: 'full', timeZone: 'Europe/London' });
    const text = format.format(new Date(MARCH_15_2018_NOON));
    expect(text).to.contain('Dydd Iau');
    expect(text).to.contain('Mawrth');
    expect(text).to.equal('Dydd Iau, 15 Mawrth 2018');
    expect(format.resolvedOptions().timeZone).to.equal('Europe/London');
  });

  it('formats Welsh ranges and parts', () => {
    const format = dateTimeFormat('cy', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'Europe/London',
      timeZoneName: 'short',
    });
    const start = Date.UTC(2018, 2, 15, 18, 30);
    const end = Date.UTC(2018, 2, 15, 20);
    expect(plain(format.formatRange(start, end))).to.equal('Dydd Iau, 15 Mawrth 2018, 18:30 – 20:00 GMT');
    const parts = format.formatToParts(start);
    expect(parts.find((part) => part.type === 'weekday')?.value).to.equal('Dydd Iau');
    expect(parts.find((part) => part.type === 'month')?.value).to.equal('Mawrth');
    expect(parts.find((part) => part.type === 'timeZoneName')?.value).to.equal('GMT');
    const rangeParts = format.formatRangeToParts(start, end);
    expect(
      rangeParts
        .filter((part) => part.source === 'endRange')
        .map((part) => part.value)
        .join(''),
    ).to.equal('20:00');
    // Summer time in London has no Welsh name of its own in CLDR: the offset is shown.
    expect(format.format(Date.UTC(2018, 6, 5, 17, 30))).to.equal('Dydd Iau, 5 Gorffennaf 2018, 18:30 GMT+1');
  });

  it('agrees with Chromium on wall clocks, across clock changes', () => {
    const fields = {
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
    for (const timeZone of [
      'Europe/London',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'America/Buenos_Aires',
    ]) {
      const welsh = dateTimeFormat('cy', { ...fields, timeZone });
      const native = new Intl.DateTimeFormat('en-US', { ...fields, timeZone });
      for (let time = Date.UTC(2025, 0, 1); time < Date.UTC(2026, 0, 1); time += 86_400_000 / 3 + 60_000) {
        expect(numbers(welsh.formatToParts(time)), `${timeZone} ${new Date(time).toISOString()}`).to.equal(
          numbers(native.formatToParts(time)),
        );
      }
    }
  });

  it('leaves English on native Intl and the global Intl untouched', () => {
    const english = dateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'Europe/London' });
    expect(english).to.be.instanceOf(NativeDateTimeFormat);
    expect(english.format(MARCH_15_2018_NOON)).to.match(/^Thursday,? 15 March 2018$/);
    for (const kind of KINDS) {
      expect(Intl[kind]).to.equal(originals[kind]);
      expect(Object.hasOwn(Intl[kind], '__addLocaleData'), kind).to.equal(false);
    }
    expect(Object.hasOwn(Intl.DateTimeFormat, '__addTZData')).to.equal(false);
    expect(Intl.DateTimeFormat.supportedLocalesOf('cy')).to.deep.equal([]);
    expect(
      new Intl.DateTimeFormat('cy', { dateStyle: 'full', timeZone: 'Europe/London' }).format(
        MARCH_15_2018_NOON,
      ),
    ).to.contain('Thursday');
    expect(
      new Date(MARCH_15_2018_NOON).toLocaleDateString('cy', { month: 'long', timeZone: 'UTC' }),
    ).to.equal('March');
  });

  it('formats Welsh numbers, plurals and relative times', () => {
    expect(numberFormat('cy', { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(3)).to.equal(
      '3 awr',
    );
    expect(numberFormat('cy', { style: 'currency', currency: 'GBP' }).format(1234.5)).to.equal('£1,234.50');
    expect([0, 1, 2, 3, 6, 7].map((n) => pluralRules('cy').select(n))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect(relativeTimeFormat('cy', { numeric: 'auto' }).format(-1, 'day')).to.equal('ddoe');
    expect(relativeTimeFormat('cy').format(3, 'day')).to.equal('ymhen 3 diwrnod');
  });

  it("serves the time module's event schedules in Welsh", () => {
    const timed = formatSchedule(
      {
        allDay: false,
        start: new Date(Date.UTC(2018, 2, 15, 18, 30)),
        end: new Date(Date.UTC(2018, 2, 15, 20)),
        timeZone: 'Europe/London',
      },
      { locale: 'cy', readerTimeZone: 'Europe/London' },
    );
    expect(plain(timed.text)).to.equal('Dydd Iau, 15 Mawrth 2018, 18:30 – 20:00 GMT');
    const allDay = formatSchedule(
      { allDay: true, startDate: '2018-02-12', endDate: '2018-02-18', timeZone: 'Europe/London' },
      { locale: 'cy' },
    );
    expect(plain(allDay.text)).to.equal('12–18 Chwefror 2018');
  });
});
