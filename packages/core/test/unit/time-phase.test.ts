import { describe, expect, it } from 'vitest';
import type { AllDaySchedule, TimedSchedule } from '../../src/model/event.js';
import { isOngoing, isPast } from '../../src/time/phase.js';

const at = (iso: string) => new Date(iso);
const ms = (date: Date, delta: number) => new Date(date.getTime() + delta);

describe('timed events with an end', () => {
  const rally: TimedSchedule = {
    allDay: false,
    start: at('2018-03-15T18:30:00Z'),
    end: at('2018-03-15T20:00:00Z'),
    timeZone: 'Europe/London',
  };

  it.each([
    ['before the start', ms(rally.start, -1), false, false],
    ['at the start', rally.start, false, true],
    ['during', at('2018-03-15T19:00:00Z'), false, true],
    ['just before the end', ms(rally.end!, -1), false, true],
    ['at the end', rally.end!, true, false],
    ['after the end', ms(rally.end!, 1), true, false],
  ])('%s', (_when, now, past, ongoing) => {
    expect(isPast(rally, now)).toBe(past);
    expect(isOngoing(rally, now)).toBe(ongoing);
  });
});

describe('timed events without an end', () => {
  const meeting: TimedSchedule = {
    allDay: false,
    start: at('2018-03-15T18:30:00Z'),
    timeZone: 'Europe/London',
  };

  it('is over once its start has passed, and never ongoing', () => {
    expect(isPast(meeting, ms(meeting.start, -1))).toBe(false);
    expect(isPast(meeting, meeting.start)).toBe(false);
    expect(isPast(meeting, ms(meeting.start, 1))).toBe(true);
    for (const now of [ms(meeting.start, -1), meeting.start, ms(meeting.start, 1)])
      expect(isOngoing(meeting, now)).toBe(false);
  });
});

describe('all-day events', () => {
  const strikeWeek: AllDaySchedule = {
    allDay: true,
    startDate: '2018-02-12',
    endDate: '2018-02-18',
    timeZone: 'Europe/London',
  };

  it.each([
    ['the evening before', '2018-02-11T23:59:59.999Z', false, false],
    ['the first morning', '2018-02-12T00:00:00Z', false, true],
    ['the last minute of the last day', '2018-02-18T23:59:59.999Z', false, true],
    ['the morning after', '2018-02-19T00:00:00Z', true, false],
  ])('%s (London, GMT)', (_when, now, past, ongoing) => {
    expect(isPast(strikeWeek, at(now))).toBe(past);
    expect(isOngoing(strikeWeek, at(now))).toBe(ongoing);
  });

  it('uses the event zone’s calendar, in summer time too', () => {
    const summerDay: AllDaySchedule = {
      allDay: true,
      startDate: '2018-07-01',
      endDate: '2018-07-01',
      timeZone: 'Europe/London',
    };
    // 23:30 UTC on 1 July is already 00:30 BST on 2 July.
    expect(isPast(summerDay, at('2018-07-01T22:59:59Z'))).toBe(false);
    expect(isPast(summerDay, at('2018-07-01T23:00:00Z'))).toBe(true);
    // 23:30 UTC on 30 June is 00:30 BST on 1 July.
    expect(isOngoing(summerDay, at('2018-06-30T23:30:00Z'))).toBe(true);
  });

  it('judges a far-west event by its own dates', () => {
    const honolulu: AllDaySchedule = { ...strikeWeek, timeZone: 'Pacific/Honolulu' };
    // 09:59 UTC on 19 February is still 23:59 on the 18th in Honolulu (UTC−10).
    expect(isOngoing(honolulu, at('2018-02-19T09:59:00Z'))).toBe(true);
    expect(isPast(honolulu, at('2018-02-19T09:59:00Z'))).toBe(false);
    expect(isPast(honolulu, at('2018-02-19T10:00:00Z'))).toBe(true);
  });
});
