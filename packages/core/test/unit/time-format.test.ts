import { describe, expect, it } from 'vitest';
import { PlacardInputError } from '../../src/model/errors.js';
import type { AllDaySchedule, TimedSchedule } from '../../src/model/event.js';
import { formatSchedule, formatTime } from '../../src/time/format.js';

// ICU puts thin spaces (U+2009) around range dashes and a narrow no-break space
// (U+202F) before AM/PM in ranges; compare with ordinary spaces.
const spaced = (text: string | undefined) => text?.replace(/[\u2009\u202f\u00a0]/g, ' ');

/** The rally sample: Thursday 15 March 2018, 18:30–20:00 in London (GMT). */
const rally: TimedSchedule = {
  allDay: false,
  start: new Date('2018-03-15T18:30:00Z'),
  end: new Date('2018-03-15T20:00:00Z'),
  timeZone: 'Europe/London',
};

const strikeWeek: AllDaySchedule = {
  allDay: true,
  startDate: '2018-02-12',
  endDate: '2018-02-18',
  timeZone: 'Europe/London',
};
const strikeDay: AllDaySchedule = {
  allDay: true,
  startDate: '2018-02-12',
  endDate: '2018-02-12',
  timeZone: 'Europe/London',
};

describe('formatSchedule: in-person timed events', () => {
  it('shows the venue time with the zone named, collapsing a same-day range', () => {
    const when = formatSchedule(rally, { locale: 'en-GB', readerTimeZone: 'Europe/London' });
    expect(when).toEqual({
      text: 'Thursday, 15 March 2018, 18:30–20:00 GMT',
      startDatetime: '2018-03-15T18:30+00:00',
      endDatetime: '2018-03-15T20:00+00:00',
      timeZone: 'Europe/London',
    });
    expect(when.inReaderZone).toBeUndefined();
  });

  it('gives a New York reader their own time as well', () => {
    const when = formatSchedule(rally, { locale: 'en-GB', readerTimeZone: 'America/New_York' });
    expect(when.text).toBe('Thursday, 15 March 2018, 18:30–20:00 GMT');
    expect(when.timeZone).toBe('Europe/London');
    // US clocks went forward on 11 March 2018, London's not until 25 March: 18:30 GMT is 14:30 EDT.
    // British English names US zones by offset; American English says EDT.
    expect(when.inReaderZone).toBe('14:30–16:00 GMT-4');
    const american = formatSchedule(rally, { locale: 'en-US', readerTimeZone: 'America/New_York' });
    expect(spaced(american.inReaderZone)).toBe('2:30 – 4:00 PM EDT');
    expect(spaced(american.text)).toBe('Thursday, March 15, 2018, 6:30 – 8:00 PM GMT');
  });

  it('shows the reader the date when it differs from the venue’s', () => {
    const when = formatSchedule(rally, { locale: 'en-GB', readerTimeZone: 'Asia/Kolkata' });
    expect(when.inReaderZone).toBe('Friday, 16 March 2018, 00:00–01:30 GMT+5:30');
  });

  it('leaves out the reader’s time when their clock shows the same', () => {
    expect(
      formatSchedule(rally, { locale: 'en-GB', readerTimeZone: 'Europe/Dublin' }).inReaderZone,
    ).toBeUndefined();
    expect(formatSchedule(rally, { locale: 'en-GB', readerTimeZone: 'UTC' }).inReaderZone).toBeUndefined();
  });

  it('shows British Summer Time in summer', () => {
    const summer: TimedSchedule = {
      ...rally,
      start: new Date('2018-07-12T17:30:00Z'),
      end: new Date('2018-07-12T19:00:00Z'),
    };
    const when = formatSchedule(summer, { locale: 'en-GB', readerTimeZone: 'Europe/London' });
    expect(when.text).toBe('Thursday, 12 July 2018, 18:30–20:00 BST');
    expect(when.startDatetime).toBe('2018-07-12T18:30+01:00');
  });

  it('shows a start without an end', () => {
    const when = formatSchedule(
      { ...rally, end: undefined },
      { locale: 'en-GB', readerTimeZone: 'America/New_York' },
    );
    expect(when.text).toBe('Thursday, 15 March 2018 at 18:30 GMT');
    expect(when.endDatetime).toBeUndefined();
    expect(when.inReaderZone).toBe('14:30 GMT-4');
  });

  it('ignores an end that is not after the start', () => {
    const when = formatSchedule(
      { ...rally, end: rally.start },
      { locale: 'en-GB', readerTimeZone: 'Europe/London' },
    );
    expect(when.text).toBe('Thursday, 15 March 2018 at 18:30 GMT');
    expect(when.endDatetime).toBeUndefined();
  });

  it('shows both dates for a timed event over several days', () => {
    const when = formatSchedule(
      { ...rally, end: new Date('2018-03-16T20:00:00Z') },
      { locale: 'en-GB', readerTimeZone: 'Europe/London' },
    );
    expect(spaced(when.text)).toBe(
      'Thursday, 15 March 2018 at 18:30 GMT – Friday, 16 March 2018 at 20:00 GMT',
    );
  });

  it('keeps dates in the reader’s span when the event runs over several days', () => {
    // Same dates in London and New York, but a time-only "14:30–16:00" would hide the second day.
    const when = formatSchedule(
      { ...rally, end: new Date('2018-03-16T20:00:00Z') },
      { locale: 'en-GB', readerTimeZone: 'America/New_York' },
    );
    expect(spaced(when.inReaderZone)).toBe(
      'Thursday, 15 March 2018 at 14:30 GMT-4 – Friday, 16 March 2018 at 16:00 GMT-4',
    );
  });
});

describe('formatSchedule: clock changes', () => {
  it('shows a 01:30 start on the spring-forward day as 02:30 BST', () => {
    // wallTimeToInstant('2026-03-29T01:30', 'Europe/London') gives 01:30 UTC.
    const when = formatSchedule(
      { allDay: false, start: new Date('2026-03-29T01:30:00Z'), timeZone: 'Europe/London' },
      { locale: 'en-GB', readerTimeZone: 'Europe/London' },
    );
    expect(when.text).toBe('Sunday, 29 March 2026 at 02:30 BST');
    expect(when.startDatetime).toBe('2026-03-29T02:30+01:00');
  });

  it('shows the first 01:30 on the fall-back day as BST', () => {
    const when = formatSchedule(
      { allDay: false, start: new Date('2026-10-25T00:30:00Z'), timeZone: 'Europe/London' },
      { locale: 'en-GB', readerTimeZone: 'Europe/London' },
    );
    expect(when.text).toBe('Sunday, 25 October 2026 at 01:30 BST');
    expect(when.startDatetime).toBe('2026-10-25T01:30+01:00');
  });

  it('names both zones for a span over the spring change', () => {
    // 00:30 GMT to 03:30 BST: two hours. A collapsed range would say "00:30–03:30 BST".
    const when = formatSchedule(
      {
        allDay: false,
        start: new Date('2026-03-29T00:30:00Z'),
        end: new Date('2026-03-29T02:30:00Z'),
        timeZone: 'Europe/London',
      },
      { locale: 'en-GB', readerTimeZone: 'Europe/London' },
    );
    expect(spaced(when.text)).toBe('Sunday, 29 March 2026 at 00:30 GMT – Sunday, 29 March 2026 at 03:30 BST');
    expect(when.startDatetime).toBe('2026-03-29T00:30+00:00');
    expect(when.endDatetime).toBe('2026-03-29T03:30+01:00');
    const durationMs = Date.parse(when.endDatetime!) - Date.parse(when.startDatetime);
    expect(durationMs).toBe(2 * 3_600_000);
  });

  it('names both zones for a span over the autumn change', () => {
    // 00:30 BST to 02:30 GMT: three hours.
    const when = formatSchedule(
      {
        allDay: false,
        start: new Date('2026-10-24T23:30:00Z'),
        end: new Date('2026-10-25T02:30:00Z'),
        timeZone: 'Europe/London',
      },
      { locale: 'en-GB', readerTimeZone: 'America/New_York' },
    );
    expect(spaced(when.text)).toBe(
      'Sunday, 25 October 2026 at 00:30 BST – Sunday, 25 October 2026 at 02:30 GMT',
    );
    expect(Date.parse(when.endDatetime!) - Date.parse(when.startDatetime)).toBe(3 * 3_600_000);
    // New York is still on EDT that night.
    expect(when.inReaderZone).toBe('Saturday, 24 October 2026, 19:30–22:30 GMT-4');
  });
});

describe('formatSchedule: online events', () => {
  it('shows the reader’s own time and zone', () => {
    const when = formatSchedule(rally, { locale: 'en-GB', readerTimeZone: 'America/New_York', online: true });
    expect(when).toEqual({
      text: 'Thursday, 15 March 2018, 14:30–16:00 GMT-4',
      startDatetime: '2018-03-15T14:30-04:00',
      endDatetime: '2018-03-15T16:00-04:00',
      timeZone: 'America/New_York',
    });
    const honolulu = formatSchedule(rally, {
      locale: 'en-US',
      readerTimeZone: 'Pacific/Honolulu',
      online: true,
    });
    expect(spaced(honolulu.text)).toBe('Thursday, March 15, 2018, 8:30 – 10:00 AM HST');
    expect(honolulu.inReaderZone).toBeUndefined();
  });

  it('defaults to the runtime’s zone', () => {
    const when = formatSchedule(rally, { locale: 'en-GB', online: true });
    expect(when.timeZone).toBe(new Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});

describe('formatSchedule: all-day events', () => {
  it('shows a single day as its date, wherever the reader is', () => {
    for (const readerTimeZone of ['Pacific/Honolulu', 'Pacific/Kiritimati', 'Europe/London']) {
      expect(formatSchedule(strikeDay, { locale: 'en-GB', readerTimeZone })).toEqual({
        text: 'Monday, 12 February 2018',
        startDatetime: '2018-02-12',
        timeZone: 'Europe/London',
      });
    }
  });

  it('shows several days as a date range', () => {
    for (const readerTimeZone of ['Pacific/Honolulu', 'Pacific/Kiritimati']) {
      const when = formatSchedule(strikeWeek, { locale: 'en-GB', readerTimeZone });
      expect(spaced(when.text)).toBe('12 – 18 February 2018');
      expect(when.startDatetime).toBe('2018-02-12');
      expect(when.endDatetime).toBe('2018-02-18');
      expect(when.inReaderZone).toBeUndefined();
    }
  });

  it('keeps dates in a far-west event zone and when online', () => {
    const honolulu: AllDaySchedule = { ...strikeDay, timeZone: 'Pacific/Honolulu' };
    expect(formatSchedule(honolulu, { locale: 'en-GB', readerTimeZone: 'Pacific/Kiritimati' }).text).toBe(
      'Monday, 12 February 2018',
    );
    expect(
      formatSchedule(strikeWeek, { locale: 'en-GB', readerTimeZone: 'Pacific/Honolulu', online: true }).text,
    ).toMatch(/^12\s–\s18 February 2018$/);
  });

  it('spans months and years', () => {
    const when = formatSchedule(
      { ...strikeWeek, startDate: '2018-12-28', endDate: '2019-01-04' },
      { locale: 'en-GB' },
    );
    expect(spaced(when.text)).toBe('28 December 2018 – 4 January 2019');
  });

  it('refuses dates that are not real', () => {
    expect(() => formatSchedule({ ...strikeDay, startDate: '2018-02-30' }, { locale: 'en-GB' })).toThrow(
      PlacardInputError,
    );
    expect(() => formatSchedule({ ...strikeDay, endDate: 'next week' }, { locale: 'en-GB' })).toThrow(
      /"next week" is not a real date/,
    );
  });
});

describe('formatSchedule: Welsh', () => {
  it('uses Welsh day and month names', () => {
    const when = formatSchedule(rally, { locale: 'cy', readerTimeZone: 'Europe/London' });
    expect(spaced(when.text)).toBe('Dydd Iau, 15 Mawrth 2018 18:30 – 20:00 GMT');
    expect(when.text).toContain('Mawrth');
    expect(spaced(formatSchedule(strikeWeek, { locale: 'cy' }).text)).toBe('12–18 Chwefror 2018');
  });
});

describe('formatSchedule: bad zones', () => {
  it('throws unknown-time-zone for the event or the reader', () => {
    const event = () =>
      formatSchedule({ ...rally, timeZone: 'Europe/Londn' }, { locale: 'en-GB', readerTimeZone: 'UTC' });
    expect(event).toThrow(PlacardInputError);
    expect(event).toThrow(/"Europe\/Londn" is not a time zone Placard knows/);
    expect(() => formatSchedule(rally, { locale: 'en-GB', readerTimeZone: 'Nowhere/Special' })).toThrow(
      PlacardInputError,
    );
  });
});

describe('formatTime', () => {
  it('gives the time of day in the zone and locale', () => {
    expect(formatTime(rally.start, 'Europe/London', 'en-GB')).toBe('18:30');
    expect(formatTime(rally.start, 'Asia/Kolkata', 'en-GB')).toBe('00:00');
    expect(spaced(formatTime(rally.start, 'America/New_York', 'en-US'))).toBe('2:30 PM');
    expect(formatTime(rally.start, 'Europe/London', 'cy')).toBe('18:30');
  });

  it('throws for an unknown zone', () => {
    expect(() => formatTime(rally.start, 'Europe/Londn', 'en-GB')).toThrow(PlacardInputError);
  });
});
