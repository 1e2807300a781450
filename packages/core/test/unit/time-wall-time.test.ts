import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlacardInputError } from '../../src/model/errors.js';
import { toPlainDate, wallClock } from '../../src/time/wall-clock.js';
import { addDays, parseDateTimeInput, wallTimeToInstant } from '../../src/time/wall-time.js';

/** Run `action` and return the PlacardInputError it throws. */
async function inputError(action: () => Promise<unknown>): Promise<PlacardInputError> {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(PlacardInputError);
    return error as PlacardInputError;
  }
  throw new Error('expected a PlacardInputError');
}

const iso = (date: Date) => date.toISOString();

describe('wallTimeToInstant', () => {
  it('reads a wall time in its zone', async () => {
    expect(iso(await wallTimeToInstant('2018-03-15T18:30', 'Europe/London'))).toBe(
      '2018-03-15T18:30:00.000Z',
    );
    expect(iso(await wallTimeToInstant('2018-07-15T18:30', 'Europe/London'))).toBe(
      '2018-07-15T17:30:00.000Z',
    );
    expect(iso(await wallTimeToInstant('2018-03-15T14:30:15', 'America/New_York'))).toBe(
      '2018-03-15T18:30:15.000Z',
    );
    expect(iso(await wallTimeToInstant('2018-03-16T00:00', 'Asia/Kolkata'))).toBe('2018-03-15T18:30:00.000Z');
  });

  it('moves a time skipped by the spring clock change forward (01:30 → 02:30 BST)', async () => {
    // 29 March 2026, the last Sunday in March: London clocks jump from 01:00 GMT to 02:00 BST.
    expect(iso(await wallTimeToInstant('2026-03-29T01:30', 'Europe/London'))).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    // New York skipped 02:00–03:00 on 11 March 2018.
    expect(iso(await wallTimeToInstant('2018-03-11T02:30', 'America/New_York'))).toBe(
      '2018-03-11T07:30:00.000Z',
    );
  });

  it('takes the earlier of a time repeated by the autumn clock change (01:30 BST)', async () => {
    // 25 October 2026: London clocks go back from 02:00 BST to 01:00 GMT, so 01:30 happens twice.
    expect(iso(await wallTimeToInstant('2026-10-25T01:30', 'Europe/London'))).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('keeps true durations for spans over a clock change', async () => {
    const hours = (start: Date, end: Date) => (end.getTime() - start.getTime()) / 3_600_000;
    const springStart = await wallTimeToInstant('2026-03-29T00:30', 'Europe/London');
    const springEnd = await wallTimeToInstant('2026-03-29T03:30', 'Europe/London');
    expect(hours(springStart, springEnd)).toBe(2);
    const autumnStart = await wallTimeToInstant('2026-10-25T00:30', 'Europe/London');
    const autumnEnd = await wallTimeToInstant('2026-10-25T02:30', 'Europe/London');
    expect(hours(autumnStart, autumnEnd)).toBe(3);
  });

  it('refuses anything but a wall time', async () => {
    for (const text of ['2018-03-15', '2018-03-15T18:30Z', '2018-03-15T18:30+01:00', '15th March', '']) {
      const error = await inputError(() => wallTimeToInstant(text, 'Europe/London'));
      expect(error.code).toBe('invalid-date');
    }
  });

  it('refuses impossible times and unknown zones', async () => {
    expect((await inputError(() => wallTimeToInstant('2018-03-15T24:30', 'Europe/London'))).code).toBe(
      'invalid-date',
    );
    expect((await inputError(() => wallTimeToInstant('2018-03-15T18:30', 'Europe/Londn'))).code).toBe(
      'unknown-time-zone',
    );
  });
});

describe('parseDateTimeInput', () => {
  it('reads an instant with Z or an offset and keeps the default zone', async () => {
    expect(await parseDateTimeInput('2018-03-15T18:30Z', 'Europe/London')).toEqual({
      instant: new Date('2018-03-15T18:30:00Z'),
      timeZone: 'Europe/London',
    });
    expect(await parseDateTimeInput('2018-03-15T14:30:00-04:00', 'Europe/London')).toEqual({
      instant: new Date('2018-03-15T18:30:00Z'),
      timeZone: 'Europe/London',
    });
    expect(await parseDateTimeInput('2018-03-15T18:30:00.000Z', 'America/New_York')).toEqual({
      instant: new Date('2018-03-15T18:30:00Z'),
      timeZone: 'America/New_York',
    });
  });

  it('reads a wall time in the default zone', async () => {
    expect(await parseDateTimeInput(' 2018-03-15T18:30 ', 'Europe/London')).toEqual({
      instant: new Date('2018-03-15T18:30:00Z'),
      timeZone: 'Europe/London',
    });
    expect(await parseDateTimeInput('2018-03-15T18:30', 'America/New_York')).toEqual({
      instant: new Date('2018-03-15T22:30:00Z'),
      timeZone: 'America/New_York',
    });
  });

  it('reads an RFC 9557 date-time with its own zone', async () => {
    expect(await parseDateTimeInput('2018-03-15T18:30[Europe/London]', 'America/New_York')).toEqual({
      instant: new Date('2018-03-15T18:30:00Z'),
      timeZone: 'Europe/London',
    });
    expect(await parseDateTimeInput('2018-07-15T18:30+01:00[europe/london]', 'UTC')).toEqual({
      instant: new Date('2018-07-15T17:30:00Z'),
      timeZone: 'Europe/London',
    });
  });

  it('reads a plain date as a date', async () => {
    expect(await parseDateTimeInput('2018-02-12', 'Europe/London')).toEqual({ date: '2018-02-12' });
    expect(await parseDateTimeInput('2020-02-29', 'Europe/London')).toEqual({ date: '2020-02-29' });
  });

  it('explains unreadable dates in plain English, naming the field', async () => {
    const error = await inputError(() => parseDateTimeInput('15th March', 'Europe/London', 'start'));
    expect(error.code).toBe('invalid-date');
    expect(error.field).toBe('start');
    expect(error.message).toBe(
      'The start "15th March" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.',
    );
    expect((await inputError(() => parseDateTimeInput('15th March', 'Europe/London'))).message).toBe(
      '"15th March" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.',
    );
    for (const text of ['15/03/2018', '2018-3-15', 'tomorrow', '2018-03-15 at 6pm', '1521138600']) {
      expect((await inputError(() => parseDateTimeInput(text, 'UTC'))).code).toBe('invalid-date');
    }
  });

  it('explains dates that are well formed but impossible', async () => {
    for (const text of ['2018-02-30', '2019-02-29', '2018-13-01', '2018-03-15T25:00', '2018-03-15T18:61Z']) {
      const error = await inputError(() => parseDateTimeInput(text, 'Europe/London', 'end'));
      expect(error.code).toBe('invalid-date');
      expect(error.message).toBe(
        `The end "${text}" is not a real date or time. Check the day, month, hour and minutes. Write dates as 2018-03-15 or 2018-03-15T18:30.`,
      );
    }
  });

  it('explains an offset that contradicts the bracketed zone', async () => {
    const error = await inputError(() =>
      parseDateTimeInput('2018-03-15T18:30+01:00[Europe/London]', 'UTC', 'start'),
    );
    expect(error.code).toBe('invalid-date');
    expect(error.message).toBe(
      'The start "2018-03-15T18:30+01:00[Europe/London]" gives a UTC offset that does not match its time zone. Remove the offset or correct it.',
    );
  });

  it('reports empty input and shortens very long input', async () => {
    expect((await inputError(() => parseDateTimeInput('  ', 'UTC', 'start'))).message).toBe(
      'The start is empty. Write dates as 2018-03-15 or 2018-03-15T18:30.',
    );
    const message = (await inputError(() => parseDateTimeInput('x'.repeat(500), 'UTC'))).message;
    expect(message).toBe(
      `"${'x'.repeat(57)}…" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.`,
    );
  });

  it('reports unknown zones, given or bracketed', async () => {
    const bracketed = await inputError(() =>
      parseDateTimeInput('2018-03-15T18:30[Mars/Olympus]', 'UTC', 'start'),
    );
    expect(bracketed.code).toBe('unknown-time-zone');
    expect(bracketed.message).toMatch(/^The start "Mars\/Olympus" is not a time zone Placard knows\./);
    expect((await inputError(() => parseDateTimeInput('2018-03-15T18:30', 'Europe/Londn'))).code).toBe(
      'unknown-time-zone',
    );
  });
});

describe('toPlainDate', () => {
  it('gives the calendar date in the zone', () => {
    const instant = new Date('2018-03-15T23:30:00Z');
    expect(toPlainDate(instant, 'Europe/London')).toBe('2018-03-15');
    expect(toPlainDate(instant, 'Asia/Kolkata')).toBe('2018-03-16');
    expect(toPlainDate(new Date('2018-03-16T09:59:59Z'), 'Pacific/Honolulu')).toBe('2018-03-15');
    expect(toPlainDate(new Date('2018-07-15T23:30:00Z'), 'Europe/London')).toBe('2018-07-16');
  });

  it('agrees with the full wall-clock reading around clock changes and for early years', () => {
    const instants = [
      '2018-03-25T00:59:59.999Z', // the last moment of GMT before BST
      '2018-03-25T01:00:00Z',
      '2018-10-27T23:30:00Z', // 00:30 BST on the 28th
      '2018-10-28T00:59:59.999Z',
      '2018-10-28T23:00:00Z',
      '0800-12-25T12:00:00Z',
    ].map((text) => new Date(text));
    const zones = [
      'Europe/London',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
    ];
    for (const zone of zones)
      for (const instant of instants) expect(toPlainDate(instant, zone)).toBe(wallClock(instant, zone).date);
    expect(toPlainDate(new Date('0800-12-25T12:00:00Z'), 'UTC')).toBe('0800-12-25');
  });

  it('throws for an unknown zone', () => {
    expect(() => toPlainDate(new Date(), 'Europe/Londn')).toThrow(PlacardInputError);
  });
});

describe('addDays', () => {
  it('does calendar arithmetic', async () => {
    expect(await addDays('2018-02-28', 1)).toBe('2018-03-01');
    expect(await addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(await addDays('2018-03-01', -1)).toBe('2018-02-28');
    expect(await addDays('2018-12-31', 1)).toBe('2019-01-01');
    expect(await addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(await addDays('2018-02-12', 0)).toBe('2018-02-12');
  });

  it('refuses dates that are not YYYY-MM-DD', async () => {
    expect((await inputError(() => addDays('2018-02-30', 1))).code).toBe('invalid-date');
    expect((await inputError(() => addDays('12 Feb', 1))).code).toBe('invalid-date');
  });
});

describe('properties', () => {
  const zones = [
    'Europe/London',
    'America/New_York',
    'Asia/Kolkata',
    'Australia/Sydney',
    'Australia/Lord_Howe', // 30-minute clock changes
    'Asia/Kathmandu', // +05:45
    'Pacific/Honolulu',
    'America/Santiago',
    'UTC',
  ];
  const two = (n: number) => String(n).padStart(2, '0');
  const wallTimes = fc
    .record({
      year: fc.integer({ min: 1975, max: 2037 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
    })
    .map(
      ({ year, month, day, hour, minute }) => `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}`,
    );

  // An independent reading of an instant's wall clock, straight from Intl.
  const readers = new Map(
    zones.map((timeZone) => [
      timeZone,
      new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZoneName: 'longOffset',
      }),
    ]),
  );
  function readWallClock(instant: Date, timeZone: string): { wall: string; offset: string } {
    const parts = Object.fromEntries(
      readers
        .get(timeZone)!
        .formatToParts(instant)
        .map((part) => [part.type, part.value]),
    );
    return {
      wall: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`,
      offset: parts.timeZoneName ?? '',
    };
  }
  const hoursAway = (instant: Date, hours: number) => new Date(instant.getTime() + hours * 3_600_000);

  it('round-trips wall times through Intl away from clock changes', async () => {
    await fc.assert(
      fc.asyncProperty(wallTimes, fc.constantFrom(...zones), async (wall, zone) => {
        const instant = await wallTimeToInstant(wall, zone);
        // Skip the rare times within three hours of a clock change.
        const offset = readWallClock(instant, zone).offset;
        fc.pre(readWallClock(hoursAway(instant, -3), zone).offset === offset);
        fc.pre(readWallClock(hoursAway(instant, 3), zone).offset === offset);
        expect(readWallClock(instant, zone).wall).toBe(wall);
      }),
      { numRuns: 300 },
    );
  });

  it('never moves a wall time backwards, even in gaps', async () => {
    await fc.assert(
      fc.asyncProperty(wallTimes, fc.constantFrom(...zones), async (wall, zone) => {
        const shown = readWallClock(await wallTimeToInstant(wall, zone), zone).wall;
        // Equal normally and for repeated times (the earlier is taken); later only in gaps.
        expect(shown >= wall).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads back any instant written as ISO 8601 with Z', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2200-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        async (date, zone) => {
          expect(await parseDateTimeInput(date.toISOString(), zone)).toEqual({
            instant: date,
            timeZone: zone,
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
