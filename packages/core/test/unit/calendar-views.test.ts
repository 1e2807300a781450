import { describe, expect, it, vi } from 'vitest';
import type { CalendarItem } from '../../src/calendar/calendar-item.js';
import { overlapsWindow, windowBounds } from '../../src/calendar/calendar-entry.js';
import { itemDayRange } from '../../src/calendar/item-days.js';
import { sortCalendarItems } from '../../src/calendar/item-order.js';
import { buildMonthGrid, monthGridDates, monthWindow } from '../../src/calendar/month-grid.js';
import { groupByMonth } from '../../src/calendar/month-list.js';
import { fallbackFirstDay, firstDayOfWeek } from '../../src/calendar/week-start.js';
import {
  addMonths,
  nextMonth,
  previousMonth,
  readYearMonth,
  yearMonthOf,
} from '../../src/calendar/year-month.js';
import { Temporal, days } from './calendar-helpers.js';
import { expectInputError } from './sources-helpers.js';

const details = (name: string) => ({
  name,
  status: 'scheduled' as const,
  speakers: [],
  supporters: [],
  tags: [],
  category: 'other' as const,
  sourceId: 'test',
  key: name,
});

const timed = (name: string, start: string, end?: string, timeZone = 'Europe/London'): CalendarItem => ({
  ...details(name),
  allDay: false,
  start: new Date(start),
  ...(end ? { end: new Date(end) } : {}),
  timeZone,
});

const allDay = (name: string, startDate: string, endDate = startDate): CalendarItem => ({
  ...details(name),
  allDay: true,
  startDate,
  endDate,
  timeZone: 'Europe/London',
});

describe('the days an item is on', () => {
  it('reads timed items in the calendar’s zone, and all-day items by their dates', () => {
    const late = timed('Late meeting', '2018-03-15T23:30:00Z', '2018-03-16T01:00:00Z');
    expect(itemDayRange(late, 'Europe/London')).toEqual({ first: '2018-03-15', last: '2018-03-16' });
    expect(itemDayRange(late, 'America/New_York')).toEqual({ first: '2018-03-15', last: '2018-03-15' });
    // Ranges are remembered per item, but only for the zone they were read in.
    expect(itemDayRange(late, 'Europe/London')).toEqual({ first: '2018-03-15', last: '2018-03-16' });
    expect(itemDayRange(allDay('Strike', '2018-07-10', '2018-07-12'), 'Pacific/Auckland')).toEqual({
      first: '2018-07-10',
      last: '2018-07-12',
    });
  });

  it('does not put an item that ends at midnight on the next day', () => {
    expect(itemDayRange(timed('Vigil', '2018-03-15T18:00:00Z', '2018-03-16T00:00:00Z'), 'UTC')).toEqual({
      first: '2018-03-15',
      last: '2018-03-15',
    });
    expect(itemDayRange(timed('Rally', '2018-03-15T18:00:00Z'), 'UTC')).toEqual({
      first: '2018-03-15',
      last: '2018-03-15',
    });
  });
});

describe('which items are in a window', () => {
  const march = windowBounds(days('2018-03-01', '2018-03-31'));

  it('treats timed items as half-open spans', () => {
    expect(
      overlapsWindow(timed('Ends as March begins', '2018-02-28T22:00:00Z', '2018-03-01T00:00:00Z'), march),
    ).toBe(false);
    expect(
      overlapsWindow(
        timed('Ends a minute into March', '2018-02-28T22:00:00Z', '2018-03-01T00:01:00Z'),
        march,
      ),
    ).toBe(true);
    expect(overlapsWindow(timed('Starts as March begins', '2018-03-01T00:00:00Z'), march)).toBe(true);
    // 1 April began at 23:00 UTC, in British Summer Time.
    expect(overlapsWindow(timed('Starts as April begins', '2018-03-31T23:00:00Z'), march)).toBe(false);
    expect(overlapsWindow(timed('Last hour of March', '2018-03-31T22:00:00Z'), march)).toBe(true);
  });

  it('places all-day items by their dates', () => {
    expect(march).toMatchObject({ firstDate: '2018-03-01', lastDate: '2018-03-31' });
    expect(overlapsWindow(allDay('Ends on 1 March', '2018-02-26', '2018-03-01'), march)).toBe(true);
    expect(overlapsWindow(allDay('Ends on 28 February', '2018-02-26', '2018-02-28'), march)).toBe(false);
    expect(overlapsWindow(allDay('On 1 April', '2018-04-01'), march)).toBe(false);
  });
});

describe('list order', () => {
  it('sorts by day, all-day items first, then by start and name', () => {
    const items = [
      timed('Evening rally', '2018-03-15T18:30:00Z'),
      timed('Morning picket', '2018-03-15T07:00:00Z'),
      allDay('Strike day', '2018-03-15'),
      allDay('Week of action', '2018-03-12', '2018-03-18'),
      timed('B meeting', '2018-03-14T19:00:00Z'),
      timed('A meeting', '2018-03-14T19:00:00Z'),
    ];
    expect(sortCalendarItems(items, 'Europe/London').map((item) => item.name)).toEqual([
      'Week of action',
      'A meeting',
      'B meeting',
      'Strike day',
      'Morning picket',
      'Evening rally',
    ]);
  });
});

describe('the list view: items by month', () => {
  it('lists an item under each month it is on, marked continued after the first', () => {
    const items = [
      allDay('Young Workers’ Month', '2018-11-01', '2018-11-30'),
      allDay('Strike', '2018-10-29', '2018-11-02'),
      timed('Meeting', '2018-10-10T18:00:00Z'),
      allDay('Long campaign', '2018-01-01', '2019-06-30'),
    ];
    const groups = groupByMonth(Temporal, items, {
      timeZone: 'Europe/London',
      from: '2018-10',
      to: '2018-12',
    });
    expect(
      groups.map((group) => [
        group.yearMonth,
        group.entries.map((entry) => `${entry.item.name}${entry.continued ? ' (continued)' : ''}`),
      ]),
    ).toEqual([
      ['2018-10', ['Long campaign (continued)', 'Meeting', 'Strike']],
      ['2018-11', ['Long campaign (continued)', 'Strike (continued)', 'Young Workers’ Month']],
      ['2018-12', ['Long campaign (continued)']],
    ]);
  });
});

describe('the month grid', () => {
  it('shows whole weeks from the locale’s first day', () => {
    // 1 March 2018 was a Thursday; 31 March a Saturday.
    expect(monthGridDates(Temporal, '2018-03', 1)).toEqual({ first: '2018-02-26', last: '2018-04-01' });
    expect(monthGridDates(Temporal, '2018-03', 7)).toEqual({ first: '2018-02-25', last: '2018-03-31' });
    // February 2021 starts on a Monday and has exactly four weeks.
    expect(monthGridDates(Temporal, '2021-02', 1)).toEqual({ first: '2021-02-01', last: '2021-02-28' });
  });

  it('places each item on its days, with its position in a run', () => {
    const grid = buildMonthGrid(
      Temporal,
      [
        allDay('Heartunions week', '2018-02-12', '2018-02-18'),
        timed('Branch meeting', '2018-02-08T18:30:00Z', '2018-02-08T20:30:00Z'),
        allDay('Strike', '2018-01-30', '2018-02-01'),
        timed('Outside', '2018-05-01T10:00:00Z'),
      ],
      { yearMonth: '2018-02', timeZone: 'Europe/London', firstDayOfWeek: 1 },
    );
    // 1 February 2018 was a Thursday: the grid runs from Monday 29 January to Sunday 4 March.
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
    const cells = grid.weeks.flat().filter((day) => day.items.length > 0);
    expect(
      cells.map((day) => [
        day.date,
        day.inMonth,
        day.items.map(({ item, position }) => `${item.name}:${position}`),
      ]),
    ).toEqual([
      ['2018-01-30', false, ['Strike:start']],
      ['2018-01-31', false, ['Strike:middle']],
      ['2018-02-01', true, ['Strike:end']],
      ['2018-02-08', true, ['Branch meeting:single']],
      ['2018-02-12', true, ['Heartunions week:start']],
      ['2018-02-13', true, ['Heartunions week:middle']],
      ['2018-02-14', true, ['Heartunions week:middle']],
      ['2018-02-15', true, ['Heartunions week:middle']],
      ['2018-02-16', true, ['Heartunions week:middle']],
      ['2018-02-17', true, ['Heartunions week:middle']],
      ['2018-02-18', true, ['Heartunions week:end']],
    ]);
    expect(grid.weeks[0]![0]!.date).toBe('2018-01-29');
  });

  it('gives the window of a month, or of its grid, from the start of its first day in the zone', () => {
    expect(monthWindow(Temporal, '2018-03', { timeZone: 'Europe/London' })).toEqual({
      from: new Date('2018-03-01T00:00:00Z'),
      // 1 April is in British Summer Time.
      to: new Date('2018-03-31T23:00:00Z'),
      timeZone: 'Europe/London',
    });
    expect(monthWindow(Temporal, '2018-03', { timeZone: 'America/New_York', firstDayOfWeek: 7 })).toEqual({
      from: new Date('2018-02-25T05:00:00Z'),
      to: new Date('2018-04-01T04:00:00Z'),
      timeZone: 'America/New_York',
    });
  });
});

describe('months', () => {
  it('moves between months', () => {
    expect(nextMonth(Temporal, '2018-12')).toBe('2019-01');
    expect(previousMonth(Temporal, '2018-01')).toBe('2017-12');
    expect(addMonths(Temporal, '2018-02', 13)).toBe('2019-03');
    expect(yearMonthOf(new Date('2018-03-31T23:30:00Z'), 'Europe/London')).toBe('2018-04');
    expect(yearMonthOf(new Date('2018-03-31T23:30:00Z'), 'UTC')).toBe('2018-03');
  });

  it('reads a month attribute, and explains one it cannot read', async () => {
    expect(readYearMonth(Temporal, ' 2018-02 ', 'month')).toBe('2018-02');
    for (const text of ['2018-13', 'February', '2018-2']) {
      await expectInputError(
        Promise.resolve().then(() => readYearMonth(Temporal, text, 'month')),
        {
          code: 'invalid-date',
          field: 'month',
          message: `The month "${text}" is not a month Placard can read. Write the year and month, e.g. 2018-02.`,
        },
      );
    }
  });
});

describe('the first day of the week', () => {
  it('is Monday in Britain and Wales, Sunday in the United States', () => {
    expect(firstDayOfWeek('en-GB')).toBe(1);
    expect(firstDayOfWeek('cy')).toBe(1);
    expect(firstDayOfWeek('en-US')).toBe(7);
    expect(firstDayOfWeek('en-GB-u-fw-sun')).toBe(7);
    expect(firstDayOfWeek('not a locale!')).toBe(1);
  });

  it('falls back to a table where Intl.Locale has no week data', () => {
    const proto = Intl.Locale.prototype as unknown as { getWeekInfo?: () => unknown; weekInfo?: unknown };
    const spies = [
      ...('getWeekInfo' in proto ? [vi.spyOn(proto, 'getWeekInfo').mockReturnValue(undefined)] : []),
      ...(Object.getOwnPropertyDescriptor(proto, 'weekInfo')
        ? [vi.spyOn(proto, 'weekInfo', 'get').mockReturnValue(undefined)]
        : []),
    ];
    try {
      expect(firstDayOfWeek('en-GB')).toBe(1);
      expect(firstDayOfWeek('cy')).toBe(1);
      expect(firstDayOfWeek('en-US')).toBe(7);
      expect(firstDayOfWeek('en')).toBe(7);
      // The table knows regions, not the -u-fw- extension: proof that the table answered.
      expect(firstDayOfWeek('en-GB-u-fw-sun')).toBe(1);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(fallbackFirstDay(new Intl.Locale('pt-BR'))).toBe(7);
    expect(fallbackFirstDay(new Intl.Locale('de'))).toBe(1);
  });
});
