import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  parsePlacardJson,
  parsePlacardJsonEvents,
  PlacardEventJsonSchema,
} from '../../src/sources/placard-json.js';
import { placardJsonSchema } from '../../src/sources/placard-json-schema.js';
import { RALLY_EVENT, RALLY_PLACARD_JSON } from './sources-fixtures.js';
import { expectInputError } from './sources-helpers.js';

const event = (name: string, start: string, extra: Record<string, unknown> = {}) => ({
  name,
  start,
  timeZone: 'Europe/London',
  ...extra,
});

const NOW = new Date('2018-03-01T12:00:00Z');

describe('parsePlacardJson: the rally', () => {
  it('reads the rally from a feed, a bare list, a lone event and JSON text', async () => {
    const [only] = RALLY_PLACARD_JSON.events;
    expect(await parsePlacardJson(RALLY_PLACARD_JSON)).toEqual(RALLY_EVENT);
    expect(await parsePlacardJson([only])).toEqual(RALLY_EVENT);
    expect(await parsePlacardJson(only)).toEqual(RALLY_EVENT);
    expect(await parsePlacardJson(JSON.stringify(RALLY_PLACARD_JSON))).toEqual(RALLY_EVENT);
  });

  it('passes valibot’s own check', () => {
    expect(v.is(PlacardEventJsonSchema, RALLY_PLACARD_JSON.events[0])).toBe(true);
  });
});

describe('parsePlacardJson: fields', () => {
  it('reads every property', async () => {
    const parsed = await parsePlacardJson(
      {
        $schema: 'https://example.org/placard.schema.json',
        id: 42,
        name: 'Film screening and Q&A',
        start: '2017-02-20T19:00',
        end: '2017-02-20T21:30',
        timeZone: 'Europe/London',
        venue: 'Bertha DocHouse',
        onlineUrl: 'https://example.org/stream',
        url: '/events/film',
        status: 'https://schema.org/EventRescheduled',
        previousStart: '2017-02-13T19:00',
        description: 'Screening.\n\nQ&A after.',
        organiser: { name: 'Camden UNISON', url: 'https://example.org/', role: 'Host' },
        speakers: [{ name: 'Director', url: 'javascript:alert(1)' }, '  '],
        supporters: ['Trades Council', 'Trades Council'],
        image: 'poster.jpg',
        tags: ['#film', ' solidarity ', '#film', ''],
        unknownProperty: 'ignored',
      },
      { baseUrl: 'https://branch.example/news/' },
    );
    expect(parsed).toEqual({
      id: '42',
      name: 'Film screening and Q&A',
      allDay: false,
      start: new Date('2017-02-20T19:00:00Z'),
      end: new Date('2017-02-20T21:30:00Z'),
      timeZone: 'Europe/London',
      venue: { name: 'Bertha DocHouse' },
      onlineUrl: 'https://example.org/stream',
      url: 'https://branch.example/events/film',
      status: 'rescheduled',
      previousStart: new Date('2017-02-13T19:00:00Z'),
      description: 'Screening.\n\nQ&A after.',
      organiser: { name: 'Camden UNISON', role: 'Host', url: 'https://example.org/' },
      speakers: [{ name: 'Director' }],
      supporters: [{ name: 'Trades Council' }],
      image: 'https://branch.example/news/poster.jpg',
      tags: ['#film', 'solidarity'],
    });
  });

  it('uses the feed’s timeZone, then the defaultTimeZone option', async () => {
    const feed = { timeZone: 'America/New_York', events: [{ name: 'a', start: '2018-03-15T18:30' }] };
    expect(await parsePlacardJson(feed)).toMatchObject({
      timeZone: 'America/New_York',
      start: new Date('2018-03-15T22:30:00Z'),
    });
    const bare = [{ name: 'a', start: '2018-03-15T18:30' }];
    expect(await parsePlacardJson(bare, { defaultTimeZone: 'Europe/Paris' })).toMatchObject({
      timeZone: 'Europe/Paris',
    });
    const own = {
      timeZone: 'America/New_York',
      events: [{ name: 'a', start: '2018-03-15T18:30', timeZone: 'Europe/London' }],
    };
    expect(await parsePlacardJson(own)).toMatchObject({ timeZone: 'Europe/London' });
  });

  it('reads all-day events', async () => {
    expect(await parsePlacardJson(event('Strike', '2018-07-10', { end: '2018-07-15' }))).toMatchObject({
      allDay: true,
      startDate: '2018-07-10',
      endDate: '2018-07-15',
    });
    expect(await parsePlacardJson(event('Conference', '2018-02-10T09:00', { allDay: true }))).toMatchObject({
      allDay: true,
      startDate: '2018-02-10',
    });
  });

  it('keeps hostile text literal and drops script links', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const parsed = await parsePlacardJson(
      event(hostile, '2018-03-15T18:30', {
        description: `${hostile}</script>`,
        url: 'javascript:alert(1)',
        venue: { name: hostile, address: [hostile] },
        organiser: { name: hostile, url: 'data:text/html,x' },
      }),
    );
    expect(parsed).toMatchObject({
      name: hostile,
      description: `${hostile}</script>`,
      venue: { name: hostile, address: hostile },
      organiser: { name: hostile },
    });
    expect(parsed).not.toHaveProperty('url');
    expect(parsed.organiser).not.toHaveProperty('url');
  });
});

describe('parsePlacardJson: choosing an event', () => {
  const feed = {
    events: [
      event('AGM', '2018-03-07T18:30', { id: 'agm' }),
      event('Past meeting', '2018-02-08T18:30', { id: 'feb' }),
      event('Demo', '2018-03-18T12:00', { id: 'demo' }),
      event('Week of action', '2018-02-26', { id: 'week', end: '2018-03-02' }),
    ],
  };

  it('picks by id', async () => {
    expect(await parsePlacardJson(feed, { eventId: 'demo', now: NOW })).toMatchObject({ name: 'Demo' });
    expect(await parsePlacardJson(feed, { eventId: ' feb ', now: NOW })).toMatchObject({
      name: 'Past meeting',
    });
  });

  it('picks by a numeric id', async () => {
    expect(await parsePlacardJson([event('a', '2018-03-01', { id: 7 })], { eventId: '7' })).toMatchObject({
      id: '7',
    });
  });

  it('picks the first event not yet over, counting all-day events to the end of their last day', async () => {
    expect(await parsePlacardJson(feed, { now: NOW })).toMatchObject({ name: 'Week of action' });
    expect(await parsePlacardJson(feed, { now: new Date('2018-03-03T00:30:00Z') })).toMatchObject({
      name: 'AGM',
    });
    expect(await parsePlacardJson(feed, { now: new Date('2018-03-10T00:00:00Z') })).toMatchObject({
      name: 'Demo',
    });
  });

  it('picks the latest event when all are over', async () => {
    expect(await parsePlacardJson(feed, { now: new Date('2019-01-01T00:00:00Z') })).toMatchObject({
      name: 'Demo',
    });
  });

  it('with an id, ignores problems in other events', async () => {
    const broken = {
      events: [event('Good', '2018-03-15T18:30', { id: 'good' }), { id: 'bad', name: 'Bad' }],
    };
    expect(await parsePlacardJson(broken, { eventId: 'good' })).toMatchObject({ name: 'Good' });
  });

  it('returns every event in order for lists', async () => {
    const events = await parsePlacardJsonEvents(feed);
    expect(events.map((e) => e.name)).toEqual(['AGM', 'Past meeting', 'Demo', 'Week of action']);
  });
});

describe('parsePlacardJson: messages', () => {
  it('lists the ids when event-id matches none', async () => {
    await expectInputError(
      parsePlacardJson([event('a', '2018-03-15', { id: 'agm' }), event('b', '2018-03-16', { id: 2 })], {
        eventId: 'demo',
      }),
      {
        code: 'not-found',
        field: 'event-id',
        message:
          'There is no event with the id "demo". The ids here are: agm, 2. Check the event-id attribute.',
      },
    );
    await expectInputError(parsePlacardJson([event('a', '2018-03-15')], { eventId: 'demo' }), {
      code: 'not-found',
      field: 'event-id',
      message:
        'There is no event with the id "demo": the events here have no ids. Give each event an id, or remove the event-id attribute.',
    });
  });

  it('says when there are no events', async () => {
    await expectInputError(parsePlacardJson({ events: [] }), {
      code: 'not-found',
      field: undefined,
      message:
        'The JSON has no events in it. Add one to the "events" list, e.g. {"name": "Branch AGM", "start": "2018-03-15T18:30"}.',
    });
  });

  it('names missing properties by path', async () => {
    await expectInputError(parsePlacardJson({ events: [event('a', '2018-03-15'), { name: 'b' }] }), {
      code: 'missing-field',
      field: 'events[1].start',
      message:
        'The event at events[1] has no start date or time. Add a "start" property to events[1], e.g. "start": "2018-03-15T18:30".',
    });
    await expectInputError(parsePlacardJson({ start: '2018-03-15' }), {
      code: 'missing-field',
      field: 'name',
      message: 'The event has no name. Add a "name" property, e.g. "name": "Branch AGM".',
    });
    await expectInputError(parsePlacardJson({ name: '   ', start: '2018-03-15' }), {
      code: 'missing-field',
      field: 'name',
      message: 'The event has no name. Add a "name" property, e.g. "name": "Branch AGM".',
    });
    await expectInputError(
      parsePlacardJson([event('a', '2018-03-15', { speakers: ['x', { role: 'Chair' }] })]),
      {
        code: 'missing-field',
        field: '[0].speakers[1].name',
        message: 'The item at [0].speakers[1] has no "name". Add one, e.g. "name": "Christine Blower".',
      },
    );
    await expectInputError(
      parsePlacardJson(event('a', '2018-03-15', { organiser: { url: 'https://example.org' } })),
      {
        code: 'missing-field',
        field: 'organiser.name',
        message: 'The item at organiser has no "name". Add one, e.g. "name": "Camden Trades Council".',
      },
    );
  });

  it('names values of the wrong type by path, with an example', async () => {
    await expectInputError(
      parsePlacardJson({ events: [event('a', '2018-03-15'), { name: 'b', start: 42 }] }),
      {
        code: 'invalid-value',
        field: 'events[1].start',
        message:
          'The property events[1].start should be text holding a date, or a date and time, but it is the number 42. For example: "start": "2018-03-15T18:30".',
      },
    );
    await expectInputError(parsePlacardJson(event('a', '2018-03-15', { allDay: 'yes' })), {
      code: 'invalid-value',
      field: 'allDay',
      message:
        'The property allDay should be true or false (without quotes), but it is text ("yes"). For example: "allDay": true.',
    });
    await expectInputError(parsePlacardJson(event('a', '2018-03-15', { venue: 4 })), {
      code: 'invalid-value',
      field: 'venue',
      message:
        'The property venue should be text (the venue’s name) or an object with "name" and "address", but it is the number 4. For example: "venue": "Unite The Union".',
    });
    await expectInputError(parsePlacardJson(event('a', '2018-03-15', { venue: { address: 4 } })), {
      code: 'invalid-value',
      field: 'venue.address',
      message:
        'The property venue.address should be text, or a list of lines of text, but it is the number 4.',
    });
    await expectInputError(parsePlacardJson(event('a', '2018-03-15', { tags: 'a,b' })), {
      code: 'invalid-value',
      field: 'tags',
      message:
        'The property tags should be a list of text, e.g. ["rally", "NHS"], but it is text ("a,b"). For example: "tags": ["rally"].',
    });
    await expectInputError(parsePlacardJson(event('a', '2018-03-15', { tags: ['a', null] })), {
      code: 'invalid-value',
      field: 'tags[1]',
      message: 'The property tags[1] should be text, but it is null.',
    });
    await expectInputError(parsePlacardJson(event('a', '2018-03-15', { speakers: [3] })), {
      code: 'invalid-value',
      field: 'speakers[0]',
      message:
        'The property speakers[0] should be text (a name) or an object with "name", and optionally "role" and "url", but it is the number 3.',
    });
    await expectInputError(
      parsePlacardJson(event('a', '2018-03-15', { 'odd key': 1, speakers: [{ name: 'x', role: 5 }] })),
      {
        code: 'invalid-value',
        field: 'speakers[0].role',
        message: 'The property speakers[0].role should be text, but it is the number 5.',
      },
    );
  });

  it('names bad zones, statuses and dates by path', async () => {
    await expectInputError(
      parsePlacardJson({ events: [{ name: 'a', start: '2018-03-15T18:30', timeZone: 'Mars/Base' }] }),
      {
        code: 'unknown-time-zone',
        field: 'events[0].timeZone',
        message:
          'The events[0].timeZone "Mars/Base" is not a time zone Placard knows. Use an IANA time zone name such as Europe/London or America/New_York.',
      },
    );
    await expectInputError(parsePlacardJson({ timeZone: 'Europe/Londn', events: [] }), {
      code: 'unknown-time-zone',
      field: 'timeZone',
      message:
        'The timeZone "Europe/Londn" is not a time zone Placard knows. Use an IANA time zone name such as Europe/London or America/New_York.',
    });
    await expectInputError(parsePlacardJson({ timeZone: 1, events: [] }), {
      code: 'invalid-value',
      field: 'timeZone',
      message:
        'The property timeZone should be text naming a time zone, but it is the number 1. For example: "timeZone": "Europe/London".',
    });
    await expectInputError(
      parsePlacardJson({ events: [event('a', '2018-03-15T18:30', { status: 'off' })] }),
      {
        code: 'invalid-value',
        field: 'events[0].status',
        message:
          'The events[0].status "off" is not a status Placard knows. Use one of: scheduled, cancelled, postponed, rescheduled, moved-online.',
      },
    );
    await expectInputError(parsePlacardJson({ events: [event('a', '15/03/2018')] }), {
      code: 'invalid-date',
      field: 'events[0].start',
      message:
        'The events[0].start "15/03/2018" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.',
    });
    await expectInputError(
      parsePlacardJson({ events: [event('a', '2018-03-15T18:30', { end: '2018-03-15T18:00' })] }),
      {
        code: 'end-before-start',
        field: 'events[0].end',
        message:
          'The end (18:00) is before the start (18:30). Correct the "end" property of events[0], or leave it out if the end time is not known.',
      },
    );
  });

  it('describes documents of the wrong shape', async () => {
    await expectInputError(parsePlacardJson('{"name": "x",}'), {
      code: 'malformed-document',
      field: undefined,
      message:
        'The event data is not valid JSON: there is a mistake near line 1, column 14. Look for a missing comma, quote or bracket there, or paste the text into a JSON checker.',
    });
    await expectInputError(parsePlacardJson('{\n  "name": "x"\n  "start": "2018-03-15"\n}'), {
      code: 'malformed-document',
      field: undefined,
      message:
        'The event data is not valid JSON: there is a mistake near line 3, column 3. Look for a missing comma, quote or bracket there, or paste the text into a JSON checker.',
    });
    await expectInputError(parsePlacardJson(42), {
      code: 'malformed-document',
      field: undefined,
      message:
        'The JSON should be an event, e.g. {"name": "Branch AGM", "start": "2018-03-15T18:30"}, or {"events": [...]}, but it is the number 42.',
    });
    await expectInputError(parsePlacardJson({ events: {} }), {
      code: 'invalid-value',
      field: 'events',
      message:
        'The property events should be a list of events, but it is an object. For example: "events": [{"name": "Branch AGM", "start": "2018-03-15T18:30"}].',
    });
    await expectInputError(parsePlacardJson({ events: ['AGM'] }), {
      code: 'invalid-value',
      field: 'events[0]',
      message:
        'The item at events[0] should be an event, e.g. {"name": "Branch AGM", "start": "2018-03-15T18:30"}, but it is text ("AGM").',
    });
    await expectInputError(parsePlacardJson({ '@context': 'https://schema.org', '@type': 'Event' }), {
      code: 'unsupported-format',
      field: undefined,
      message:
        'This JSON is schema.org JSON-LD, not Placard’s JSON. Put it in <script type="application/ld+json"> instead of <script type="application/json">.',
    });
  });
});

describe('placardJsonSchema', () => {
  const schema = placardJsonSchema() as Record<string, unknown> & {
    $defs: Record<string, { properties: Record<string, unknown>; required: string[] }>;
  };

  it('is generated from the valibot schemas, with shared definitions', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Placard events');
    expect(Object.keys(schema.$defs).sort()).toEqual(['event', 'party', 'venue']);
    expect(schema.$defs.event!.required).toEqual(['name', 'start']);
    expect(Object.keys(schema.$defs.event!.properties)).toEqual(
      Object.keys(PlacardEventJsonSchema.pipe[0].entries),
    );
  });

  it('describes each property for editors', () => {
    expect(schema.$defs.event!.properties.start).toMatchObject({
      type: 'string',
      examples: ['2018-03-15T18:30', '2018-03-15'],
    });
    expect(schema.$defs.event!.properties.allDay).toMatchObject({ type: 'boolean' });
  });
});
