import { describe, expect, it } from 'vitest';
import type { PlacardEvent } from '../../src/model/event.js';
import { parseJsonLdEvent } from '../../src/sources/json-ld.js';
import { eventToJsonLd, postalAddress, serializeJsonLd } from '../../src/sources/json-ld-output.js';
import { RALLY_EVENT } from './sources-fixtures.js';

const BASE: PlacardEvent = {
  name: 'Branch AGM',
  status: 'scheduled',
  allDay: false,
  start: new Date('2018-07-05T17:30:00Z'),
  end: new Date('2018-07-05T19:30:00Z'),
  timeZone: 'Europe/London',
  venue: { name: 'Camden Centre', address: 'Bidborough Street\nLondon\nWC1H 9AU' },
  speakers: [],
  supporters: [],
  tags: [],
};

const {
  start: _start,
  end: _end,
  allDay: _allDay,
  ...DETAILS
} = BASE as Extract<PlacardEvent, { allDay: false }>;
const STRIKE: PlacardEvent = {
  ...DETAILS,
  name: 'Strike',
  allDay: true,
  startDate: '2018-07-26',
  endDate: '2018-07-31',
};

describe('eventToJsonLd', () => {
  it('writes the rally as a schema.org Event for Google', () => {
    expect(eventToJsonLd(RALLY_EVENT)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Emergency rally – Keep Trump’s Hands Off Latin America!',
      startDate: '2018-03-15T18:30+00:00',
      endDate: '2018-03-15T20:00+00:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Unite The Union',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '128 Theobalds Road',
          addressLocality: 'London',
          postalCode: 'WC1X 8TN',
        },
      },
      description: 'Plus guests from Bolivia, Nicaragua and Venezuela.',
      organizer: { '@type': 'Organization', name: 'VSC' },
      performer: [
        { '@type': 'Person', name: 'Chris Williamson MP' },
        { '@type': 'Person', name: 'Christine Blower', description: 'National Education Union, NUT Section' },
        {
          '@type': 'Person',
          name: 'Dr. Francisco Dominguez',
          description: 'co-author, RightWing Politics in the New Latin America: Reaction and Revolt.',
        },
      ],
      sponsor: [
        { '@type': 'Organization', name: 'Nicaragua Solidarity Action Group' },
        { '@type': 'Organization', name: 'Thompsons Solicitors' },
      ],
    });
  });

  it('writes times with the venue’s summer offset', () => {
    expect(eventToJsonLd(BASE)).toMatchObject({
      startDate: '2018-07-05T18:30+01:00',
      endDate: '2018-07-05T20:30+01:00',
    });
    const noEnd: PlacardEvent = { ...BASE, end: undefined };
    delete (noEnd as { end?: Date }).end;
    expect(eventToJsonLd(noEnd)).not.toHaveProperty('endDate');
  });

  it('writes all-day events as dates', () => {
    expect(eventToJsonLd(STRIKE)).toMatchObject({ startDate: '2018-07-26', endDate: '2018-07-31' });
  });

  it.each([
    ['scheduled', 'https://schema.org/EventScheduled'],
    ['cancelled', 'https://schema.org/EventCancelled'],
    ['postponed', 'https://schema.org/EventPostponed'],
    ['rescheduled', 'https://schema.org/EventRescheduled'],
    ['moved-online', 'https://schema.org/EventMovedOnline'],
  ] as const)('writes the %s status', (status, iri) => {
    expect(eventToJsonLd({ ...BASE, status }).eventStatus).toBe(iri);
  });

  it('writes previousStartDate for a rescheduled event only', () => {
    const previousStart = new Date('2018-06-28T17:30:00Z');
    expect(eventToJsonLd({ ...BASE, status: 'rescheduled', previousStart })).toMatchObject({
      previousStartDate: '2018-06-28T18:30+01:00',
    });
    expect(eventToJsonLd({ ...BASE, status: 'postponed', previousStart })).not.toHaveProperty(
      'previousStartDate',
    );
  });

  it('writes the attendance mode and locations for in-person, online, mixed and moved-online events', () => {
    const place = eventToJsonLd(BASE).location;
    expect(eventToJsonLd(BASE).eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');

    const online = eventToJsonLd({ ...BASE, venue: undefined, onlineUrl: 'https://example.org/join' });
    expect(online).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://example.org/join' },
    });

    const mixed = eventToJsonLd({ ...BASE, onlineUrl: 'https://example.org/join' });
    expect(mixed).toMatchObject({
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      location: [place, { '@type': 'VirtualLocation', url: 'https://example.org/join' }],
    });

    const moved = eventToJsonLd({ ...BASE, status: 'moved-online', url: 'https://example.org/agm' });
    expect(moved).toMatchObject({
      eventStatus: 'https://schema.org/EventMovedOnline',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://example.org/agm' },
    });
  });

  it('writes the optional details', () => {
    const json = eventToJsonLd({
      ...BASE,
      id: 'agm-2018',
      url: 'https://example.org/agm',
      image: 'https://example.org/agm.jpg',
      organiser: { name: 'Camden UNISON', url: 'https://example.org/' },
      tags: ['AGM', 'elections'],
    });
    expect(json).toMatchObject({
      identifier: 'agm-2018',
      url: 'https://example.org/agm',
      image: ['https://example.org/agm.jpg'],
      organizer: { '@type': 'Organization', name: 'Camden UNISON', url: 'https://example.org/' },
      keywords: 'AGM, elections',
    });
  });

  it('round-trips through parseJsonLdEvent', async () => {
    const events: PlacardEvent[] = [
      RALLY_EVENT,
      {
        ...BASE,
        id: 'agm',
        onlineUrl: 'https://example.org/join',
        tags: ['AGM'],
        image: 'https://example.org/a.jpg',
        url: 'https://example.org/agm',
      },
      { ...BASE, status: 'rescheduled', previousStart: new Date('2018-06-28T17:30:00Z') },
      STRIKE,
    ];
    for (const event of events) {
      const text = serializeJsonLd(eventToJsonLd(event));
      expect(await parseJsonLdEvent(text, { defaultTimeZone: event.timeZone })).toEqual(event);
    }
  });
});

describe('postalAddress', () => {
  it.each([
    [
      '128 Theobalds Road\nLondon\nWC1X 8TN',
      { streetAddress: '128 Theobalds Road', addressLocality: 'London', postalCode: 'WC1X 8TN' },
    ],
    [
      '25 Maddox St, London, W1S 2QN',
      { streetAddress: '25 Maddox St', addressLocality: 'London', postalCode: 'W1S 2QN' },
    ],
    [
      '128 Theobalds Road, London wc1x 8tn',
      { streetAddress: '128 Theobalds Road', addressLocality: 'London', postalCode: 'WC1X 8TN' },
    ],
    [
      'Unite House\n128 Theobalds Road\nLondon\nWC1X 8TN',
      { streetAddress: 'Unite House, 128 Theobalds Road', addressLocality: 'London', postalCode: 'WC1X 8TN' },
    ],
    ['WC1X 8TN', { postalCode: 'WC1X 8TN' }],
    ['Rue de la Loi 16, Bruxelles', { streetAddress: 'Rue de la Loi 16, Bruxelles' }],
  ])('reads %j', (address, expected) => {
    expect(postalAddress(address)).toEqual({ '@type': 'PostalAddress', ...expected });
  });
});

describe('serializeJsonLd', () => {
  it('escapes everything that could end or confuse a script element', () => {
    const value = { description: '</script><script>alert(1)</script> <!-- & \u2028\u2029' };
    const text = serializeJsonLd(value);
    expect(text).toBe(
      '{"description":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u003c!-- \\u0026 \\u2028\\u2029"}',
    );
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('serialises the rally safely', () => {
    const text = serializeJsonLd(
      eventToJsonLd({ ...RALLY_EVENT, name: 'Rally </script><img src=x onerror=alert(1)>' }),
    );
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toMatchObject({ name: 'Rally </script><img src=x onerror=alert(1)>' });
  });
});
