import fc from 'fast-check';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PRODUCT_ID, eventToICalendar, icsFileName } from '../../src/links/ics.js';
import type { PlacardEvent } from '../../src/model/event.js';
import {
  isWellFormed,
  withoutForbiddenControls,
  RALLY_DESCRIPTION,
  RALLY_LOCATION,
  RALLY_NAME,
  RALLY_URL,
  allDay,
  rally,
} from './links-fixtures.js';

const NOW = new Date('2018-03-01T12:34:56Z');
const encoder = new TextEncoder();

interface Parsed {
  text: string;
  calendar: ICAL.Component;
  vevent: ICAL.Component;
  event: ICAL.Event;
  /** The unfolded content lines, for checking exact spellings. */
  lines: string[];
}

async function exportAndParse(
  event: PlacardEvent,
  options: { now?: Date; productId?: string; uid?: string } = {},
): Promise<Parsed> {
  const text = await eventToICalendar(event, { now: NOW, ...options });
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent')!;
  return {
    text,
    calendar,
    vevent,
    event: new ICAL.Event(vevent),
    lines: text.replace(/\r\n /g, '').split('\r\n'),
  };
}

/** Every physical line ends in CRLF, there is no bare CR or LF, and none is longer than 75 octets. */
function expectWellFormed(text: string): void {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of text.slice(0, -2).split('\r\n')) {
    expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75);
    expect(isWellFormed(line)).toBe(true);
  }
}

const value = (component: ICAL.Component, name: string) => component.getFirstPropertyValue(name);

beforeEach(() => {
  // Nothing may leak between tests through ical.js's global zone registry: each
  // file must carry its own VTIMEZONE.
  ICAL.TimezoneService.reset();
});

describe('eventToICalendar: the 15 March 2018 rally, every field', () => {
  const event = rally({
    id: 'rally-2018-03-15@stopwar.example',
    tags: ['Latin America', 'Solidarity, internationalism', 'Venezuela'],
    organiser: { name: 'Stop the War, London', url: 'mailto:office@stopwar.example' },
  });

  it('round-trips through ical.js', async () => {
    const { text, calendar, vevent, event: parsed } = await exportAndParse(event);
    expectWellFormed(text);

    expect(value(calendar, 'version')).toBe('2.0');
    expect(value(calendar, 'prodid')).toBe(DEFAULT_PRODUCT_ID);
    expect(value(calendar, 'calscale')).toBe('GREGORIAN');
    expect(value(calendar, 'method')).toBe('PUBLISH');
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);

    expect(parsed.uid).toBe('rally-2018-03-15@stopwar.example');
    expect((value(vevent, 'dtstamp') as ICAL.Time).toJSDate().toISOString()).toBe(NOW.toISOString());
    expect((value(vevent, 'dtstamp') as ICAL.Time).zone?.tzid).toBe('UTC');
    expect(parsed.summary).toBe(RALLY_NAME);

    expect(parsed.startDate.zone?.tzid).toBe('Europe/London');
    expect(parsed.startDate.isDate).toBe(false);
    expect([parsed.startDate.hour, parsed.startDate.minute]).toEqual([18, 30]);
    expect(parsed.startDate.toJSDate().toISOString()).toBe('2018-03-15T18:30:00.000Z');
    expect(parsed.endDate.toJSDate().toISOString()).toBe('2018-03-15T20:00:00.000Z');

    expect(parsed.location).toBe(RALLY_LOCATION);
    expect(parsed.description).toBe(`${RALLY_DESCRIPTION}\n\n${RALLY_URL}`);
    expect(value(vevent, 'url')).toBe(RALLY_URL);
    expect(value(vevent, 'status')).toBe('CONFIRMED');

    const organizer = vevent.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:office@stopwar.example');
    expect(organizer.getParameter('cn')).toBe('Stop the War, London');

    expect(vevent.getFirstProperty('categories')!.getValues()).toEqual([
      'Latin America',
      'Solidarity, internationalism',
      'Venezuela',
    ]);
  });

  it('writes the venue wall time with TZID and a VTIMEZONE from the real London transitions', async () => {
    const { lines, calendar } = await exportAndParse(event);
    expect(lines).toContain('DTSTART;TZID=Europe/London:20180315T183000');
    expect(lines).toContain('DTEND;TZID=Europe/London:20180315T200000');
    expect(lines).toContain('DTSTAMP:20180301T123456Z');
    const vtimezone = calendar.getFirstSubcomponent('vtimezone')!;
    expect(value(vtimezone, 'tzid')).toBe('Europe/London');
    const observances = vtimezone
      .getAllSubcomponents()
      .map((o) => [
        o.name,
        (value(o, 'dtstart') as ICAL.Time).toString(),
        (value(o, 'tzoffsetfrom') as ICAL.UtcOffset).toString(),
        (value(o, 'tzoffsetto') as ICAL.UtcOffset).toString(),
      ]);
    // GMT since 29 October 2017 02:00 BST; the next change (25 March 2018, 01:00 GMT) is given too.
    expect(observances).toEqual([
      ['standard', '2017-10-29T02:00:00', '+01:00', '+00:00'],
      ['daylight', '2018-03-25T01:00:00', '+00:00', '+01:00'],
    ]);
  });

  it('is read from its own VTIMEZONE: without it the same wall time is not the same instant', async () => {
    const summer = rally({ start: new Date('2018-07-10T09:00:00Z'), end: new Date('2018-07-10T10:00:00Z') });
    const text = await eventToICalendar(summer, { now: NOW });
    const stripped = text.replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\r\n/, '');
    const parsed = new ICAL.Event(new ICAL.Component(ICAL.parse(stripped)).getFirstSubcomponent('vevent')!);
    expect(parsed.startDate.toJSDate().toISOString()).not.toBe('2018-07-10T09:00:00.000Z');
  });
});

describe('eventToICalendar: time zones', () => {
  const roundTrip = async (start: string, end: string, timeZone = 'Europe/London') => {
    const parsed = await exportAndParse(rally({ start: new Date(start), end: new Date(end), timeZone }));
    expectWellFormed(parsed.text);
    expect(parsed.event.startDate.toJSDate().toISOString()).toBe(new Date(start).toISOString());
    expect(parsed.event.endDate.toJSDate().toISOString()).toBe(new Date(end).toISOString());
    return parsed;
  };

  it('a British Summer Time event: 10:00 BST is 09:00 UTC', async () => {
    const { lines } = await roundTrip('2018-07-10T09:00:00Z', '2018-07-10T11:00:00Z');
    expect(lines).toContain('DTSTART;TZID=Europe/London:20180710T100000');
  });

  it('an overnight event across the clocks going forward (GMT → BST)', async () => {
    // 20:00 GMT on 24 March until 11:00 BST on 25 March.
    const { lines, calendar } = await roundTrip('2018-03-24T20:00:00Z', '2018-03-25T10:00:00Z');
    expect(lines).toContain('DTSTART;TZID=Europe/London:20180324T200000');
    expect(lines).toContain('DTEND;TZID=Europe/London:20180325T110000');
    const onsets = calendar
      .getFirstSubcomponent('vtimezone')!
      .getAllSubcomponents()
      .map((o) => `${o.name} ${value(o, 'dtstart')}`);
    expect(onsets).toEqual([
      'standard 2017-10-29T02:00:00',
      'daylight 2018-03-25T01:00:00',
      'standard 2018-10-28T02:00:00',
    ]);
  });

  it('an overnight event across the clocks going back (BST → GMT)', async () => {
    const { lines } = await roundTrip('2018-10-27T18:00:00Z', '2018-10-28T12:00:00Z');
    expect(lines).toContain('DTSTART;TZID=Europe/London:20181027T190000');
    expect(lines).toContain('DTEND;TZID=Europe/London:20181028T120000');
  });

  it('an event starting at the very instant the clocks change', async () => {
    // 01:00 UTC on 25 March 2018 is 02:00 BST: the change itself is the one in force.
    const { lines } = await roundTrip('2018-03-25T01:00:00Z', '2018-03-25T02:00:00Z');
    expect(lines).toContain('DTSTART;TZID=Europe/London:20180325T020000');
  });

  it('times in the repeated hour are written in UTC, so no reader can pick the wrong 01:30', async () => {
    // 01:30 BST (00:30 UTC) and 01:30 GMT (01:30 UTC) on 28 October 2018.
    const { lines } = await roundTrip('2018-10-28T00:30:00Z', '2018-10-28T01:30:00Z');
    expect(lines).toContain('DTSTART:20181028T003000Z');
    expect(lines).toContain('DTEND:20181028T013000Z');
  });

  it('other zones: New York, Sydney (southern summer), Kolkata (no changes since 1945), Chatham (+12:45/+13:45)', async () => {
    await roundTrip('2018-03-15T22:30:00Z', '2018-03-16T01:00:00Z', 'America/New_York');
    const sydney = await roundTrip('2019-01-10T08:00:00Z', '2019-01-10T10:00:00Z', 'Australia/Sydney');
    expect(sydney.lines).toContain('DTSTART;TZID=Australia/Sydney:20190110T190000');
    expect(
      sydney.calendar
        .getFirstSubcomponent('vtimezone')!
        .getAllSubcomponents()
        .map((o) => o.name),
    ).toEqual(['daylight', 'standard']);
    const kolkata = await roundTrip('2018-03-15T13:00:00Z', '2018-03-15T14:00:00Z', 'Asia/Kolkata');
    expect(kolkata.lines).toContain('DTSTART;TZID=Asia/Kolkata:20180315T183000');
    await roundTrip('2018-03-15T05:45:00Z', '2018-04-15T05:45:00Z', 'Pacific/Chatham');
  });

  it('an event before the first recorded change of its zone (London mean time, -00:01:15, before 1847)', async () => {
    const { lines, calendar, event } = await exportAndParse(
      rally({ start: new Date('1840-06-01T12:01:15Z'), end: new Date('1840-06-01T13:01:15Z') }),
    );
    expect(lines).toContain('DTSTART;TZID=Europe/London:18400601T120000');
    // ical.js keeps only the hours and minutes of an offset, so it is 15 s out here.
    expect(Math.abs(event.startDate.toJSDate().getTime() - Date.parse('1840-06-01T12:01:15Z'))).toBeLessThan(
      60_000,
    );
    const first = calendar.getFirstSubcomponent('vtimezone')!.getFirstSubcomponent('standard')!;
    expect(first.getFirstProperty('tzoffsetto')!.toICALString()).toBe('TZOFFSETTO:-000115');
  });

  it('UTC and fixed-offset zones are written as UTC times with no VTIMEZONE', async () => {
    for (const timeZone of ['UTC', 'Etc/UTC', 'Etc/GMT-3']) {
      const { lines, calendar } = await roundTrip('2018-03-15T18:30:00Z', '2018-03-15T20:00:00Z', timeZone);
      expect(lines).toContain('DTSTART:20180315T183000Z');
      expect(lines).toContain('DTEND:20180315T200000Z');
      expect(calendar.getFirstSubcomponent('vtimezone')).toBeNull();
    }
  });

  it('a missing end becomes one hour after the start', async () => {
    const { lines, event } = await exportAndParse(rally({ end: undefined }));
    expect(lines).toContain('DTEND;TZID=Europe/London:20180315T193000');
    expect(event.endDate.toJSDate().toISOString()).toBe('2018-03-15T19:30:00.000Z');
  });

  it('drops milliseconds', async () => {
    const { lines } = await exportAndParse(rally({ start: new Date('2018-03-15T18:30:00.750Z') }));
    expect(lines).toContain('DTSTART;TZID=Europe/London:20180315T183000');
  });

  it('rejects an unknown zone', async () => {
    await expect(
      eventToICalendar(rally({ timeZone: 'Mars/Olympus_Mons' }), { now: NOW }),
    ).rejects.toMatchObject({
      name: 'PlacardInputError',
      code: 'unknown-time-zone',
    });
  });

  it('any instant in any of these zones comes back as the same instant (property)', async () => {
    const zones = [
      'Europe/London',
      'Europe/Dublin',
      'America/New_York',
      'America/Sao_Paulo',
      'Australia/Sydney',
      'Australia/Lord_Howe',
      'Africa/Casablanca',
      'Pacific/Chatham',
      'Asia/Kolkata',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(1972, 0, 1) / 1000, max: Date.UTC(2037, 0, 1) / 1000 }),
        fc.integer({ min: 0, max: 90 * 24 * 3600 }),
        async (timeZone, startSeconds, durationSeconds) => {
          ICAL.TimezoneService.reset();
          const start = new Date(startSeconds * 1000);
          const end = new Date((startSeconds + durationSeconds) * 1000);
          const { event, text } = await exportAndParse(rally({ start, end, timeZone }));
          expect(event.startDate.toJSDate().getTime()).toBe(start.getTime());
          expect(event.endDate.toJSDate().getTime()).toBe(end.getTime());
          expect(text).toContain('\r\n');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('eventToICalendar: all-day and multi-day events', () => {
  it('a single day: DATE values with the next day as the exclusive end', async () => {
    const { lines, event, calendar, text } = await exportAndParse(allDay('2018-02-12', '2018-02-12'));
    expectWellFormed(text);
    expect(lines).toContain('DTSTART;VALUE=DATE:20180212');
    expect(lines).toContain('DTEND;VALUE=DATE:20180213');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2018-02-12');
    expect(event.endDate.toString()).toBe('2018-02-13');
    expect(calendar.getFirstSubcomponent('vtimezone')).toBeNull();
  });

  it('several days, across a month end', async () => {
    const { event } = await exportAndParse(allDay('2018-02-22', '2018-02-28'));
    expect(event.startDate.toString()).toBe('2018-02-22');
    expect(event.endDate.toString()).toBe('2018-03-01');
    expect(event.duration.toSeconds()).toBe(7 * 24 * 3600);
  });
});

describe('eventToICalendar: text', () => {
  it('keeps commas, semicolons, backslashes, newlines, emoji and Welsh diacritics, folding a long description mid-text', async () => {
    const description = [
      'Rali brys – Cadwch ddwylo Trump oddi ar America Ladin! Dewch â’ch baneri; bydd siaradwyr o Gymru, yr Alban a Lloegr.',
      'Ŵyr, ŷd, môr, tŷ, â, ê, î, ô, û, ẁ, ẃ, ẅ, ỳ, ý, ÿ — ✊🏽✊🏿 🏴󠁧󠁢󠁷󠁬󠁳󠁿 path C:\\Users\\branch; 50% off, "quoted"',
      '',
      'Line after a blank line\twith a tab.',
    ].join('\n');
    const { text, event } = await exportAndParse(
      rally({ description, url: undefined, name: 'Rali; brys, ŵ\\ 🏴󠁧󠁢󠁷󠁬󠁳󠁿' }),
    );
    expectWellFormed(text);
    expect(event.description).toBe(description);
    expect(event.summary).toBe('Rali; brys, ŵ\\ 🏴󠁧󠁢󠁷󠁬󠁳󠁿');
    const physical = text.split('\r\n');
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(3);
    // Some fold fell right next to a multi-byte character (and, per expectWellFormed, never inside one).
    const foldsBesideNonAscii = physical.filter((line, i) => {
      const next = physical[i + 1];
      if (!next?.startsWith(' ')) return false;
      const before = Array.from(line).at(-1) ?? '';
      const after = Array.from(next)[1] ?? '';
      return /[^\p{ASCII}]/u.test(before + after);
    });
    expect(foldsBesideNonAscii.length).toBeGreaterThan(0);
  });

  it('arbitrary names, descriptions and tags survive the round trip (property)', async () => {
    const textArb = fc.string({ unit: 'binary', maxLength: 200 }).map(withoutForbiddenControls);
    await fc.assert(
      fc.asyncProperty(
        textArb.filter((s) => s.length > 0),
        textArb.map((s) => s.trim()).filter((s) => s.length > 0),
        fc.array(
          textArb.map((s) => s.trim()).filter((s) => s.length > 0 && !s.includes('\n')),
          { maxLength: 4 },
        ),
        async (name, description, tags) => {
          const { event, vevent } = await exportAndParse(
            allDay('2018-02-12', '2018-02-12', { name, description, tags }),
          );
          expect(event.summary).toBe(name.replace(/\r\n|\r/g, '\n'));
          expect(event.description).toBe(description.replace(/\r\n|\r/g, '\n'));
          expect(vevent.getFirstProperty('categories')?.getValues() ?? []).toEqual(
            tags.map((t) => t.replace(/\r/g, '\n')),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('online-only events give the joining link as LOCATION', async () => {
    const { event } = await exportAndParse(
      rally({ venue: undefined, onlineUrl: 'https://meet.example.org/rally' }),
    );
    expect(event.location).toBe('https://meet.example.org/rally');
  });

  it('leaves out optional properties that have no value', async () => {
    const { vevent } = await exportAndParse(
      rally({ venue: undefined, description: undefined, url: undefined, tags: [] }),
    );
    for (const name of ['description', 'location', 'url', 'organizer', 'categories']) {
      expect(vevent.getFirstProperty(name), name).toBeNull();
    }
  });

  it('uses the given PRODID', async () => {
    const { calendar } = await exportAndParse(rally(), {
      productId: '-//Bristol Trades Council//Events//EN',
    });
    expect(value(calendar, 'prodid')).toBe('-//Bristol Trades Council//Events//EN');
  });
});

describe('eventToICalendar: status, UID, URL, organiser', () => {
  it('maps statuses to CONFIRMED, CANCELLED and TENTATIVE', async () => {
    const statuses = {
      scheduled: 'CONFIRMED',
      rescheduled: 'CONFIRMED',
      'moved-online': 'CONFIRMED',
      cancelled: 'CANCELLED',
      postponed: 'TENTATIVE',
    } as const;
    for (const [status, expected] of Object.entries(statuses)) {
      const { vevent } = await exportAndParse(rally({ status: status as PlacardEvent['status'] }));
      expect(value(vevent, 'status'), status).toBe(expected);
    }
  });

  it('derives a stable UID from name and start when the event has no id; options.uid wins', async () => {
    const a = await exportAndParse(rally());
    const b = await exportAndParse(rally(), { now: new Date() });
    const later = await exportAndParse(rally({ start: new Date('2018-03-16T18:30:00Z') }));
    const renamed = await exportAndParse(rally({ name: 'Another rally' }));
    expect(a.event.uid).toMatch(/^[0-9a-f]{16}@placard$/);
    expect(b.event.uid).toBe(a.event.uid);
    expect(later.event.uid).not.toBe(a.event.uid);
    expect(renamed.event.uid).not.toBe(a.event.uid);
    expect((await exportAndParse(allDay('2018-02-12', '2018-02-12'))).event.uid).toMatch(/@placard$/);
    expect((await exportAndParse(rally({ id: 'x' }), { uid: 'chosen@branch' })).event.uid).toBe(
      'chosen@branch',
    );
  });

  it('writes URL only for a well-formed http(s) address', async () => {
    expect(value((await exportAndParse(rally({ url: 'javascript:alert(1)' }))).vevent, 'url')).toBeNull();
    expect(value((await exportAndParse(rally({ url: 'not a url' }))).vevent, 'url')).toBeNull();
    const spaced = await exportAndParse(rally({ url: 'https://example.org/a b' }));
    expect(value(spaced.vevent, 'url')).toBe('https://example.org/a%20b');
  });

  it('writes ORGANIZER only for a mailto address', async () => {
    const web = await exportAndParse(
      rally({ organiser: { name: 'Stop the War', url: 'https://stopwar.example' } }),
    );
    expect(web.vevent.getFirstProperty('organizer')).toBeNull();
    const nameless = await exportAndParse(
      rally({ organiser: { name: '', url: 'mailto:sec@branch.example' } }),
    );
    expect(value(nameless.vevent, 'organizer')).toBe('mailto:sec@branch.example');
    const quoted = await exportAndParse(
      rally({ organiser: { name: 'The "Red" Branch; Tyne: Wear', url: 'mailto:sec@branch.example' } }),
    );
    expect(quoted.vevent.getFirstProperty('organizer')!.getParameter('cn')).toBe(
      "The 'Red' Branch; Tyne: Wear",
    );
  });
});

describe('icsFileName', () => {
  it('makes a safe slug ending in .ics', () => {
    expect(icsFileName({ name: RALLY_NAME })).toBe('emergency-rally-keep-trumps-hands-off-latin-america.ics');
    expect(icsFileName({ name: 'Cyfarfod y Gangen: Ŵyl Haf 2018 / ../../etc' })).toBe(
      'cyfarfod-y-gangen-wyl-haf-2018-etc.ics',
    );
    expect(icsFileName({ name: '✊✊✊' })).toBe('event.ics');
    expect(icsFileName({ name: 'a'.repeat(100) })).toBe(`${'a'.repeat(60)}.ics`);
    expect(icsFileName({ name: `${'word '.repeat(11)}end` })).not.toMatch(/-\.ics$/);
  });
});
