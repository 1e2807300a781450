import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { calendarJsonSchema } from '../../src/calendar/calendar-json-schema.js';
import { PlacardCalendarJsonDocumentSchema } from '../../src/calendar/calendar-json-schemas.js';
import { parseJsonLdCalendar } from '../../src/calendar/calendar-json-ld.js';
import { parsePlacardCalendarJson } from '../../src/calendar/calendar-json.js';
import { categoryOf, readCategory } from '../../src/calendar/category.js';
import { expandCalendar } from '../../src/calendar/expand-calendar.js';
import { parseCalendarText } from '../../src/calendar/parse-calendar.js';
import { placardJsonSchema } from '../../src/sources/placard-json-schema.js';
import { days, plain, seen } from './calendar-helpers.js';
import { expectInputError } from './sources-helpers.js';

const year = days('2018-01-01', '2018-12-31');

const branchCalendar = {
  name: 'Barnet Alliance dates for 2018',
  timeZone: 'Europe/London',
  events: [
    {
      id: 'baps-meeting',
      name: 'Meeting of Barnet Alliance for Public Services',
      start: '2018-02-08T18:30',
      end: '2018-02-08T20:30',
      venue: { name: 'Greek Cypriot Brotherhood', address: 'Finchley' },
      category: 'meeting',
    },
    { id: 'heartunions', name: 'TUC #heartunions week', start: '2018-02-12', end: '2018-02-18' },
    {
      id: 'tuc-demo',
      name: 'TUC Demonstration: New Deal for Working People',
      start: '2018-05-12',
      category: 'March',
    },
    {
      id: 'strike',
      name: 'Strike day',
      start: '2018-07-10',
      category: 'Industrial action',
      status: 'cancelled',
    },
  ],
};

describe('Placard JSON calendars', () => {
  it('reads the name, the events and their kinds of action', async () => {
    const feed = await parsePlacardCalendarJson(branchCalendar, { sourceId: 'baps' });
    expect(feed.name).toBe('Barnet Alliance dates for 2018');
    const { items, problems } = expandCalendar(feed, year);
    expect(problems).toEqual([]);
    expect(items.map((item) => `${seen(item)} {${item.category}} ${item.key}`)).toEqual([
      '2018-02-08T18:30:00.000Z..2018-02-08T20:30:00.000Z Meeting of Barnet Alliance for Public Services {meeting} ["baps","baps-meeting"]',
      '2018-02-12..2018-02-18 TUC #heartunions week {other} ["baps","heartunions"]',
      '2018-05-12 TUC Demonstration: New Deal for Working People {demo} ["baps","tuc-demo"]',
      '2018-07-10 Strike day [cancelled] {strike} ["baps","strike"]',
    ]);
  });

  it('reads a list of events, or one event, with the source’s default category', async () => {
    const list = await parsePlacardCalendarJson(JSON.stringify(branchCalendar.events.slice(1, 2)), {
      defaultCategory: 'social',
      defaultTimeZone: 'Europe/London',
    });
    expect(expandCalendar(list, year).items.map((item) => item.category)).toEqual(['social']);
    expect(list.name).toBeUndefined();
    const one = await parsePlacardCalendarJson({ name: 'Rally', start: '2018-03-15T18:30Z' });
    expect(expandCalendar(one, year).items.map((item) => [item.name, item.key])).toEqual([
      ['Rally', '["calendar","event"]'],
    ]);
  });

  it('reports a bad event by its path and still shows the others', async () => {
    const feed = await parsePlacardCalendarJson({
      events: [
        { name: 'Rally', start: '2018-03-15T18:30Z' },
        { name: 'Picket', start: 'next Tuesday' },
        { name: 'Demo', start: '2018-03-17', category: 7 },
      ],
      name: ['not', 'text'],
    });
    expect(expandCalendar(feed, year).items.map((item) => `${item.name} {${item.category}}`)).toEqual([
      'Rally {other}',
      'Demo {other}',
    ]);
    expect(plain(feed.problems)).toEqual([
      {
        code: 'invalid-date',
        field: 'events[1].start',
        message:
          'The events[1].start "next Tuesday" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.',
      },
      {
        code: 'invalid-value',
        field: 'events[2].category',
        message:
          'The property events[2].category should be text naming the kind of action, e.g. "strike", but it is the number 7. The event is shown as “other”.',
      },
      {
        code: 'invalid-value',
        field: 'name',
        message: 'The property name should be text, the calendar’s name, but it is a list.',
      },
    ]);
  });

  it('names the feed in every problem when it is given a source, keeping the path as the field', async () => {
    const source = 'the calendar feed at https://branch.example/events.json';
    const feed = await parsePlacardCalendarJson(
      {
        events: [
          { name: 'Picket', start: 'next Tuesday' },
          { name: 'Demo', start: '2018-03-17', category: 7 },
        ],
        name: ['not', 'text'],
      },
      { source },
    );
    expect(plain(feed.problems)).toEqual([
      {
        code: 'invalid-date',
        field: 'events[0].start',
        message: `In ${source}: The events[0].start "next Tuesday" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.`,
      },
      {
        code: 'invalid-value',
        field: 'events[1].category',
        message: `In ${source}: The property events[1].category should be text naming the kind of action, e.g. "strike", but it is the number 7. The event is shown as “other”.`,
      },
      {
        code: 'invalid-value',
        field: 'name',
        message: `In ${source}: The property name should be text, the calendar’s name, but it is a list.`,
      },
    ]);
    await expectInputError(parsePlacardCalendarJson('{"events": 3}', { source }), {
      code: 'invalid-value',
      field: 'events',
      message: `In ${source}: The property events should be a list of events, but it is the number 3. For example: "events": [{"name": "Branch AGM", "start": "2018-03-15T18:30"}].`,
    });
  });

  it('names the feed and the line of a JSON syntax error, keeping its cause', async () => {
    const source = 'the calendar feed at https://branch.example/events.json';
    const error: unknown = await parsePlacardCalendarJson('{"events": [\n  {"name": "Rally",}\n]}', {
      source,
    }).catch((reason: unknown) => reason);
    expect(error).toMatchObject({
      code: 'malformed-document',
      message: expect.stringMatching(
        /^In the calendar feed at https:\/\/branch\.example\/events\.json: The calendar JSON is not valid JSON: there is a mistake near line 2, column \d+\./u,
      ),
    });
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });

  it('refuses a document that is not Placard JSON at all', async () => {
    await expectInputError(parsePlacardCalendarJson('{"events": 3}'), {
      code: 'invalid-value',
      field: 'events',
      message:
        'The property events should be a list of events, but it is the number 3. For example: "events": [{"name": "Branch AGM", "start": "2018-03-15T18:30"}].',
    });
  });
});

describe('the calendar JSON Schema', () => {
  it('is the events schema with a category on each event and a name on the calendar', () => {
    const schema = JSON.stringify(calendarJsonSchema());
    expect(schema).toContain('"category"');
    expect(schema).toContain('The calendar’s name.');
    const events = placardJsonSchema() as { $defs: { event: { properties: Record<string, unknown> } } };
    const calendarSchema = calendarJsonSchema() as typeof events;
    expect(Object.keys(calendarSchema.$defs.event.properties)).toEqual([
      ...Object.keys(events.$defs.event.properties),
      'category',
    ]);
  });

  it('accepts the documents the reader accepts', () => {
    expect(v.safeParse(PlacardCalendarJsonDocumentSchema, branchCalendar).success).toBe(true);
    expect(
      v.safeParse(PlacardCalendarJsonDocumentSchema, {
        events: [{ name: 'x', start: '2018-01-01', category: 3 }],
      }).success,
    ).toBe(false);
  });
});

describe('JSON-LD calendars', () => {
  it('reads an ItemList of Events, with categories from keywords', async () => {
    const feed = await parseJsonLdCalendar(
      {
        '@context': 'https://schema.org',
        '@type': 'ItemList',
        name: 'Calendar of action',
        itemListElement: [
          {
            '@type': 'ListItem',
            item: {
              '@type': 'Event',
              '@id': '#rally',
              name: 'Emergency rally',
              startDate: '2018-03-15T18:30:00+00:00',
              keywords: 'rally, Latin America',
            },
          },
          {
            '@type': 'ListItem',
            item: { '@type': 'Event', name: 'Workers’ Memorial Day', startDate: '2018-04-28' },
          },
          { '@type': 'ListItem', item: { '@type': 'Event', name: 'Broken', startDate: 'soon' } },
        ],
      },
      { sourceId: 'jsonld', defaultTimeZone: 'Europe/London' },
    );
    expect(feed.name).toBe('Calendar of action');
    expect(
      expandCalendar(feed, year).items.map((item) => `${seen(item)} {${item.category}} ${item.key}`),
    ).toEqual([
      '2018-03-15T18:30:00.000Z Emergency rally {demo} ["jsonld","#rally"]',
      '2018-04-28 Workers’ Memorial Day {other} ["jsonld","#1"]',
    ]);
    expect(plain(feed.problems).map((problem) => problem.field)).toEqual([
      'itemListElement[2].item.startDate',
    ]);
  });

  it('names the feed in the problems of its events, keeping the path as the field', async () => {
    const source = 'the calendar feed at https://branch.example/events.jsonld';
    const feed = await parseJsonLdCalendar(
      {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Event', name: 'Broken', startDate: 'soon' },
          { '@type': 'Event', startDate: '2018-03-17' },
        ],
      },
      { source },
    );
    expect(plain(feed.problems)).toEqual([
      {
        code: 'invalid-date',
        field: '@graph[0].startDate',
        message: `In ${source}: The @graph[0].startDate "soon" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.`,
      },
      {
        code: 'missing-field',
        field: '@graph[1].name',
        message: `In ${source}: The event at @graph[1] has no name. Add a "name" property to @graph[1], e.g. "name": "Branch AGM".`,
      },
    ]);
    await expectInputError(parseJsonLdCalendar('3', { source }), {
      code: 'malformed-document',
      field: undefined,
      message: `In ${source}: The JSON-LD should be a schema.org Event, e.g. {"@context": "https://schema.org", "@type": "Event", …}, but it is the number 3.`,
    });
  });

  it('reads a list of Events without a calendar name', async () => {
    const feed = await parseJsonLdCalendar(
      '[{"@context": "https://schema.org", "@type": "Event", "name": "Demo", "startDate": "2018-03-17"}]',
    );
    expect(feed.name).toBeUndefined();
    expect(expandCalendar(feed, year).items.map((item) => item.name)).toEqual(['Demo']);
  });
});

describe('reading a calendar document of any format', () => {
  it('chooses the reader by the content', async () => {
    const json = await parseCalendarText(JSON.stringify(branchCalendar));
    expect(json.name).toBe('Barnet Alliance dates for 2018');
    const jsonLd = await parseCalendarText(
      '{"@context": "https://schema.org", "@type": "Event", "name": "Demo", "startDate": "2018-03-17"}',
    );
    expect(expandCalendar(jsonLd, year).items.map((item) => item.name)).toEqual(['Demo']);
    const ical = await parseCalendarText(
      'BEGIN:VCALENDAR\r\nX-WR-CALNAME:Branch\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Rally\r\nDTSTART:20180315T183000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
    );
    expect(ical.name).toBe('Branch');
  });
});

describe('kinds of action', () => {
  it('understands the words branches use', () => {
    expect(
      [
        'Strike',
        'Industrial action',
        'Walkout',
        'Picket line',
        'Demonstration',
        'National demo',
        'March',
        'Rally',
        'Protest',
        'AGM',
        'Branch meeting',
        'Committee',
        'Annual General Meeting',
        'Conference',
        'Social',
        'Gala',
        'other',
      ].map(categoryOf),
    ).toEqual([
      'strike',
      'strike',
      'strike',
      'picket',
      'demo',
      'demo',
      'demo',
      'demo',
      'demo',
      'meeting',
      'meeting',
      'meeting',
      'meeting',
      'conference',
      'social',
      'social',
      'other',
    ]);
  });

  it('prefers the longest phrase, and ignores words inside other words', () => {
    expect(categoryOf('Labour Party conference')).toBe('conference');
    expect(categoryOf('Demolition of the old library')).toBeUndefined();
    expect(categoryOf('  ')).toBeUndefined();
  });

  it('takes the first label that names a kind, else the fallback', () => {
    expect(readCategory(['Barnet', 'Walkout', 'Rally'])).toBe('strike');
    expect(readCategory(['Barnet'], 'meeting')).toBe('meeting');
    expect(readCategory([])).toBe('other');
  });
});
