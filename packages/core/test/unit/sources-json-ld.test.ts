import { describe, expect, it } from 'vitest';
import { parseJsonLdEvent, parseJsonLdEvents } from '../../src/sources/json-ld.js';
import { RALLY_EVENT, RALLY_JSON_LD } from './sources-fixtures.js';
import { expectInputError } from './sources-helpers.js';

const LONDON = { defaultTimeZone: 'Europe/London' };
const ld = (extra: Record<string, unknown>) => ({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: 'Branch AGM',
  startDate: '2018-03-07T18:30:00+00:00',
  ...extra,
});

describe('parseJsonLdEvent: the rally', () => {
  it('reads the rally as a SocialEvent, in a @graph, in an ItemList and as text', async () => {
    expect(await parseJsonLdEvent(RALLY_JSON_LD, LONDON)).toEqual(RALLY_EVENT);
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Events' },
        { ...RALLY_JSON_LD, '@context': undefined },
      ],
    };
    expect(await parseJsonLdEvent(graph, LONDON)).toEqual(RALLY_EVENT);
    const list = {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: [{ '@type': 'ListItem', position: 1, item: RALLY_JSON_LD }],
    };
    expect(await parseJsonLdEvent(list, LONDON)).toEqual(RALLY_EVENT);
    expect(await parseJsonLdEvent(JSON.stringify([RALLY_JSON_LD]), LONDON)).toEqual(RALLY_EVENT);
  });
});

describe('parseJsonLdEvent: properties', () => {
  it('reads type IRIs, literals in @value, lists and references', async () => {
    const event = await parseJsonLdEvent(
      {
        '@context': 'https://schema.org',
        '@type': ['https://schema.org/EducationEvent'],
        '@id': 'https://example.org/events/agm#event',
        name: [{ '@value': 'Branch AGM' }],
        startDate: { '@type': 'DateTime', '@value': '2018-03-07T18:30' },
        eventStatus: { '@id': 'schema:EventPostponed' },
        url: { '@id': 'https://example.org/events/agm' },
        image: [
          { '@type': 'ImageObject', contentUrl: 'https://example.org/agm.jpg' },
          'https://example.org/other.jpg',
        ],
        keywords: ['AGM', { '@type': 'DefinedTerm', name: 'Elections' }, 'Camden, London'],
      },
      LONDON,
    );
    expect(event).toEqual({
      id: 'https://example.org/events/agm#event',
      name: 'Branch AGM',
      allDay: false,
      start: new Date('2018-03-07T18:30:00Z'),
      timeZone: 'Europe/London',
      status: 'postponed',
      url: 'https://example.org/events/agm',
      image: 'https://example.org/agm.jpg',
      tags: ['AGM', 'Elections', 'Camden', 'London'],
      speakers: [],
      supporters: [],
    });
  });

  it('reads identifier when there is no @id', async () => {
    expect(await parseJsonLdEvent(ld({ identifier: 'agm-2018' }))).toMatchObject({ id: 'agm-2018' });
    expect(
      await parseJsonLdEvent(ld({ identifier: { '@type': 'PropertyValue', value: 'agm-2018' } })),
    ).toMatchObject({ id: 'agm-2018' });
  });

  it('reads a VirtualLocation as the online link, and both kinds of location together', async () => {
    const mixed = await parseJsonLdEvent(
      ld({
        eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
        location: [
          { '@type': 'VirtualLocation', url: 'https://example.org/join' },
          { '@type': 'Place', name: 'Camden Centre', address: '1 Bidborough Street, London WC1H 9AU' },
        ],
      }),
    );
    expect(mixed).toMatchObject({
      onlineUrl: 'https://example.org/join',
      venue: { name: 'Camden Centre', address: '1 Bidborough Street, London WC1H 9AU' },
    });
    const online = await parseJsonLdEvent(ld({ location: 'https://example.org/join' }));
    expect(online).toMatchObject({ onlineUrl: 'https://example.org/join' });
    expect(online).not.toHaveProperty('venue');
    const named = await parseJsonLdEvent(ld({ location: 'Conway Hall' }));
    expect(named).toMatchObject({ venue: { name: 'Conway Hall' } });
  });

  it('reads addresses with several street lines and a country', async () => {
    const event = await parseJsonLdEvent(
      ld({
        location: {
          '@type': 'Place',
          address: {
            '@type': 'PostalAddress',
            streetAddress: ['Unite House', '128 Theobalds Road'],
            addressLocality: 'London',
            postalCode: 'WC1X 8TN',
            addressCountry: { '@type': 'Country', name: 'GB' },
          },
        },
      }),
    );
    expect(event.venue).toEqual({ address: 'Unite House\n128 Theobalds Road\nLondon\nWC1X 8TN\nGB' });
  });

  it('reads rescheduled events with their previous start', async () => {
    const event = await parseJsonLdEvent(
      ld({ eventStatus: 'https://schema.org/EventRescheduled', previousStartDate: ['2018-02-28T18:30:00Z'] }),
    );
    expect(event).toMatchObject({ status: 'rescheduled', previousStart: new Date('2018-02-28T18:30:00Z') });
  });

  it('reads dates without times as an all-day event', async () => {
    expect(
      await parseJsonLdEvent(ld({ startDate: '2018-07-10', endDate: '2018-07-15' }), LONDON),
    ).toMatchObject({
      allDay: true,
      startDate: '2018-07-10',
      endDate: '2018-07-15',
      timeZone: 'Europe/London',
    });
  });

  it('shows an exact instant in the defaultTimeZone', async () => {
    expect(await parseJsonLdEvent(ld({}), { defaultTimeZone: 'America/New_York' })).toMatchObject({
      start: new Date('2018-03-07T18:30:00Z'),
      timeZone: 'America/New_York',
    });
  });

  it('picks by @id and by the next event', async () => {
    const doc = [
      ld({ '@id': '#agm', name: 'AGM' }),
      ld({ '@id': '#demo', name: 'Demo', startDate: '2018-03-18T12:00:00Z' }),
    ];
    expect(await parseJsonLdEvent(doc, { eventId: '#demo' })).toMatchObject({ name: 'Demo' });
    expect(await parseJsonLdEvent(doc, { now: new Date('2018-03-10T00:00:00Z') })).toMatchObject({
      name: 'Demo',
    });
    expect(await parseJsonLdEvent(doc, { now: new Date('2018-03-01T00:00:00Z') })).toMatchObject({
      name: 'AGM',
    });
    expect((await parseJsonLdEvents(doc)).map((e) => e.name)).toEqual(['AGM', 'Demo']);
  });

  it('keeps hostile text literal and drops script links', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const event = await parseJsonLdEvent(
      ld({
        name: hostile,
        description: hostile,
        url: 'javascript:alert(1)',
        image: { '@type': 'ImageObject', url: 'data:image/svg+xml,<svg onload=alert(1)>' },
        location: { '@type': 'VirtualLocation', url: 'javascript:alert(1)' },
        performer: { '@type': 'Person', name: hostile, url: 'vbscript:x' },
      }),
    );
    expect(event).toMatchObject({ name: hostile, description: hostile, speakers: [{ name: hostile }] });
    for (const key of ['url', 'image', 'onlineUrl']) expect(event).not.toHaveProperty(key);
    expect(event.speakers[0]).not.toHaveProperty('url');
  });
});

describe('parseJsonLdEvent: messages', () => {
  it('names schema.org properties', async () => {
    await expectInputError(parseJsonLdEvent(ld({ startDate: undefined })), {
      code: 'missing-field',
      field: 'startDate',
      message:
        'The event has no start date or time. Add a "startDate" property, e.g. "startDate": "2018-03-15T18:30:00+00:00".',
    });
    await expectInputError(parseJsonLdEvent(ld({ name: undefined })), {
      code: 'missing-field',
      field: 'name',
      message: 'The event has no name. Add a "name" property, e.g. "name": "Branch AGM".',
    });
    await expectInputError(parseJsonLdEvent(ld({ eventStatus: 'https://schema.org/EventSoldOut' })), {
      code: 'invalid-value',
      field: 'eventStatus',
      message:
        'The eventStatus "https://schema.org/EventSoldOut" is not a status Placard knows. Use one of: scheduled, cancelled, postponed, rescheduled, moved-online.',
    });
    await expectInputError(parseJsonLdEvent(ld({ startDate: 'Thursday' })), {
      code: 'invalid-date',
      field: 'startDate',
      message:
        'The startDate "Thursday" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.',
    });
  });

  it('names the path inside a @graph', async () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, ld({ endDate: '2018-03-07T18:00:00Z' })],
    };
    await expectInputError(parseJsonLdEvent(graph), {
      code: 'end-before-start',
      field: '@graph[1].endDate',
      message:
        'The end (18:00) is before the start (18:30). Correct the "endDate" property of @graph[1], or leave it out if the end time is not known.',
    });
  });

  it('says when there is no Event', async () => {
    const message =
      'The JSON-LD has no schema.org Event in it. Give the event "@type": "Event" (or a kind of event such as "SocialEvent").';
    await expectInputError(parseJsonLdEvent({ '@context': 'https://schema.org', '@type': 'WebPage' }), {
      code: 'not-found',
      message,
    });
    await expectInputError(parseJsonLdEvent([]), { code: 'not-found', message });
  });

  it('lists the ids when event-id matches none', async () => {
    await expectInputError(
      parseJsonLdEvent([ld({ '@id': '#agm' }), ld({ identifier: 'demo' })], { eventId: 'x' }),
      {
        code: 'not-found',
        field: 'event-id',
        message:
          'There is no event with the id "x". The ids here are: #agm, demo. Check the event-id attribute.',
      },
    );
  });

  it('describes documents that are not JSON-LD objects', async () => {
    await expectInputError(parseJsonLdEvent('nope'), {
      code: 'malformed-document',
      message:
        'The JSON-LD is not valid JSON. Look for a missing comma, quote or bracket, or paste the text into a JSON checker.',
    });
    await expectInputError(parseJsonLdEvent(7), {
      code: 'malformed-document',
      message:
        'The JSON-LD should be a schema.org Event, e.g. {"@context": "https://schema.org", "@type": "Event", …}, but it is the number 7.',
    });
  });
});
