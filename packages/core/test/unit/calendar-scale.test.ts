import { describe, expect, it } from 'vitest';
import { expandCalendar } from '../../src/calendar/expand-calendar.js';
import { parseICalendarFeed } from '../../src/calendar/icalendar-feed.js';
import { Temporal, calendar, days } from './calendar-helpers.js';

const EVENTS = 5_000;
const SERIES = 40;

/** Event `i` is on day `i % 365` of 2018, at 08:00 + (i % 12) hours in London. */
function eventDay(i: number): Temporal.PlainDate {
  return Temporal.PlainDate.from('2018-01-01').add({ days: i % 365 });
}

function bigFeed(): string {
  const lines: string[] = ['X-WR-CALNAME:Every branch in the region', 'X-WR-TIMEZONE:Europe/London'];
  for (let i = 0; i < EVENTS; i += 1) {
    const day = eventDay(i).toString().replaceAll('-', '');
    const hour = String(8 + (i % 12)).padStart(2, '0');
    lines.push(
      'BEGIN:VEVENT',
      `UID:event-${i}@region.example`,
      `SUMMARY:Event ${i}`,
      i % 10 === 0 ? `DTSTART;VALUE=DATE:${day}` : `DTSTART;TZID=Europe/London:${day}T${hour}0000`,
      i % 10 === 0 ? 'CATEGORIES:Strike' : 'DURATION:PT1H30M',
      'END:VEVENT',
    );
  }
  // Weekly branch meetings, each begun years before.
  for (let i = 0; i < SERIES; i += 1) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:meeting-${i}@region.example`,
      `SUMMARY:Branch ${i} meeting`,
      `DTSTART;TZID=Europe/London:2015010${(i % 7) + 1}T190000`,
      'DURATION:PT2H',
      'RRULE:FREQ=WEEKLY',
      'CATEGORIES:Branch meeting',
      'END:VEVENT',
    );
  }
  return calendar(...lines);
}

describe('a feed of 5,000 events', () => {
  it('is read once and expanded into exactly one month’s items', async () => {
    const feed = await parseICalendarFeed(bigFeed(), { sourceId: 'region' });
    expect(feed.problems).toEqual([]);
    expect(feed.entries).toHaveLength(EVENTS + SERIES);

    const { items, problems } = expandCalendar(feed, days('2018-06-01', '2018-06-30'));
    expect(problems).toEqual([]);

    const expectedSingles = Array.from({ length: EVENTS }, (_, i) => i).filter(
      (i) => eventDay(i).month === 6,
    );
    const singles = items.filter((item) => item.name.startsWith('Event '));
    expect(singles.map((item) => item.name).sort()).toEqual(expectedSingles.map((i) => `Event ${i}`).sort());
    expect(singles.filter((item) => item.allDay).every((item) => item.category === 'strike')).toBe(true);

    // 2015-01-01 was a Thursday: series i meets on the weekday of 1 + (i % 7) January 2015.
    const meetings = items.filter((item) => item.name.includes('meeting'));
    const expectedMeetings = Array.from({ length: SERIES }, (_, i) => {
      const weekday = Temporal.PlainDate.from(`2015-01-0${(i % 7) + 1}`).dayOfWeek;
      let count = 0;
      for (let day = Temporal.PlainDate.from('2018-06-01'); day.month === 6; day = day.add({ days: 1 }))
        if (day.dayOfWeek === weekday) count += 1;
      return count;
    }).reduce((sum, count) => sum + count, 0);
    expect(meetings).toHaveLength(expectedMeetings);
    // 19:00 in London is 18:00 UTC in June.
    expect(
      meetings.every((item) => !item.allDay && item.start.toISOString().endsWith('T18:00:00.000Z')),
    ).toBe(true);
    expect(meetings.every((item) => item.category === 'meeting')).toBe(true);

    // Sorted: by day, all-day first, then by start.
    const keys = items.map((item) =>
      item.allDay
        ? `${item.startDate} 0`
        : `${item.start.toISOString().slice(0, 10)} 1 ${item.start.toISOString()}`,
    );
    expect(keys).toEqual([...keys].sort());
    expect(new Set(items.map((item) => item.key)).size).toBe(items.length);
  });

  it('expands the same feed again for another month', async () => {
    const feed = await parseICalendarFeed(bigFeed(), { sourceId: 'region' });
    const june = expandCalendar(feed, days('2018-06-01', '2018-06-30'));
    const july = expandCalendar(feed, days('2018-07-01', '2018-07-31'));
    const juneKeys = new Set(june.items.map((item) => item.key));
    expect(july.items.length).toBeGreaterThan(0);
    expect(july.items.some((item) => juneKeys.has(item.key))).toBe(false);
    expect(expandCalendar(feed, days('2018-06-01', '2018-06-30')).items.map((item) => item.key)).toEqual(
      june.items.map((item) => item.key),
    );
  });
});
