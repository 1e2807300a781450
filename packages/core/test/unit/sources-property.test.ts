import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PlacardInputError } from '../../src/model/errors.js';
import type { PlacardEvent } from '../../src/model/event.js';
import { parseEventAttributes } from '../../src/sources/attributes.js';
import { parseJsonLdEvent } from '../../src/sources/json-ld.js';
import { eventToJsonLd, serializeJsonLd } from '../../src/sources/json-ld-output.js';
import { parsePlacardJson } from '../../src/sources/placard-json.js';

const NOW = new Date('2018-03-01T00:00:00Z');

/** Valid date text in each shape the parsers accept. */
const validDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .chain((date) =>
    fc.constantFrom(
      date.toISOString(),
      date.toISOString().slice(0, 16),
      date.toISOString().slice(0, 10),
      `${date.toISOString().slice(0, 16)}+05:30`,
      `${date.toISOString().slice(0, 16)}[Europe/London]`,
    ),
  );
/** Date text of every shape the parsers meet, most of it valid. */
const dateText = fc.oneof(
  validDate,
  fc.string(),
  fc.constantFrom('2018-02-30', '2018-13-01T10:00', '24:00', 'tomorrow', ''),
);
const validZone = fc.constantFrom('Europe/London', 'America/New_York', 'Asia/Kolkata', 'UTC');
const zone = fc.constantFrom(
  'Europe/London',
  'America/New_York',
  'Asia/Kolkata',
  'utc',
  'BST',
  'Nowhere/Town',
  '',
  '+01:00',
);
const anything = fc.jsonValue();
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, anything);

/** Objects shaped like Placard JSON events, with wrong types mixed in. */
const placardLike = fc.record(
  {
    id: maybe(fc.string()),
    name: maybe(fc.string()),
    start: maybe(dateText),
    end: maybe(dateText),
    timeZone: maybe(zone),
    allDay: maybe(fc.boolean()),
    venue: maybe(
      fc.oneof(
        fc.string(),
        fc.record({ name: fc.string(), address: fc.oneof(fc.string(), fc.array(fc.string())) }),
      ),
    ),
    url: maybe(fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)'))),
    status: maybe(fc.constantFrom('cancelled', 'EventPostponed', 'nope')),
    previousStart: maybe(dateText),
    speakers: maybe(fc.array(fc.oneof(fc.string(), fc.record({ name: fc.string(), url: fc.string() })))),
    tags: maybe(fc.array(fc.string())),
  },
  { requiredKeys: [] },
);

/** Placard JSON events with the right types and valid dates and zones (they parse), other values arbitrary. */
const placardTyped = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer()),
    name: fc.oneof(
      fc.constant('Branch AGM'),
      fc.string().map((name) => `x${name}`),
    ),
    start: validDate,
    timeZone: validZone,
    allDay: fc.boolean(),
    venue: fc.oneof(
      fc.string(),
      fc.record({ name: fc.string(), address: fc.oneof(fc.string(), fc.array(fc.string())) }),
    ),
    url: fc.oneof(fc.webUrl(), fc.string(), fc.constant('javascript:alert(1)')),
    onlineUrl: fc.oneof(fc.webUrl(), fc.constant('data:text/html,x')),
    status: fc.constantFrom('cancelled', 'EventPostponed', 'https://schema.org/EventMovedOnline'),
    description: fc.string(),
    speakers: fc.array(
      fc.oneof(fc.string(), fc.record({ name: fc.string(), url: fc.oneof(fc.webUrl(), fc.string()) })),
    ),
    tags: fc.array(fc.string()),
  },
  { requiredKeys: ['name', 'start'] },
);

/** Objects shaped like schema.org events. */
const jsonLdLike = fc.record(
  {
    '@type': fc.constantFrom('Event', 'SocialEvent', ['Event'], 'https://schema.org/Event', 'Thing'),
    '@id': maybe(fc.string()),
    name: fc.oneof(fc.constant('Branch AGM'), fc.record({ '@value': fc.string() }), anything),
    startDate: fc.oneof(validDate, dateText, anything),
    endDate: maybe(dateText),
    eventStatus: maybe(
      fc.constantFrom('https://schema.org/EventCancelled', { '@id': 'schema:EventMovedOnline' }, 'x'),
    ),
    location: anything,
    performer: anything,
    organizer: anything,
    image: anything,
    keywords: anything,
    identifier: anything,
  },
  { requiredKeys: ['@type', 'name', 'startDate'] },
);

/** schema.org events with valid names and dates (they parse), other values arbitrary. */
const jsonLdTyped = fc.record(
  {
    '@type': fc.constantFrom('Event', 'SocialEvent', ['Thing', 'Event'], 'https://schema.org/Event'),
    '@id': fc.string(),
    name: fc.constantFrom('Branch AGM', 'Rally <img src=x onerror=alert(1)>'),
    startDate: validDate,
    eventStatus: fc.constantFrom('https://schema.org/EventCancelled', { '@id': 'schema:EventMovedOnline' }),
    location: anything,
    performer: anything,
    organizer: anything,
    sponsor: anything,
    image: anything,
    keywords: anything,
    url: anything,
    description: anything,
  },
  { requiredKeys: ['@type', 'name', 'startDate'] },
);

const attributesLike = fc.record(
  {
    name: fc.oneof(fc.constant('Branch AGM'), fc.string()),
    start: fc.oneof(validDate, dateText),
    end: dateText,
    'time-zone': fc.oneof(validZone, zone),
    'all-day': fc.constantFrom('', 'false', 'yes'),
    status: fc.oneof(fc.constantFrom('scheduled', 'cancelled', 'Moved online'), fc.string()),
    url: fc.string(),
    'online-url': fc.string(),
    description: fc.string(),
  },
  { requiredKeys: ['name', 'start'] },
);

/** Runs a parser; fails the property on anything thrown that is not a PlacardInputError. */
async function outcome(run: () => Promise<PlacardEvent>): Promise<PlacardEvent | undefined> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof PlacardInputError) {
      expect(error.message.length).toBeGreaterThan(0);
      return undefined;
    }
    throw error;
  }
}

// eslint-disable-next-line no-control-regex -- the point is to look for control characters
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/** What every parsed event promises, whatever the input. */
function checkEvent(event: PlacardEvent | undefined): void {
  if (!event) return;
  expect(event.name.trim()).toBe(event.name);
  expect(event.name).not.toBe('');
  expect(event.name).not.toMatch(CONTROL);
  for (const url of [event.url, event.onlineUrl, event.image, ...event.speakers.map((s) => s.url)]) {
    if (url !== undefined) expect(url).toMatch(/^(https?|mailto):/);
  }
  if (event.allDay) expect(event.endDate >= event.startDate).toBe(true);
  else if (event.end) expect(event.end.getTime()).toBeGreaterThanOrEqual(event.start.getTime());
  const text = serializeJsonLd(eventToJsonLd(event));
  expect(text).not.toMatch(/[<>&\u2028\u2029]/);
  expect(() => JSON.parse(text)).not.toThrow();
}

describe('parsers on arbitrary input', () => {
  const runs = { numRuns: 300 };
  const parsed = { placard: 0, jsonLd: 0, attributes: 0 };

  afterAll(() => {
    // The generators must reach the success path too, or the invariants are never checked.
    expect(parsed.placard).toBeGreaterThan(10);
    expect(parsed.jsonLd).toBeGreaterThan(10);
    expect(parsed.attributes).toBeGreaterThan(10);
  });

  it('parsePlacardJson only ever fails with a PlacardInputError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          anything,
          placardLike,
          placardTyped,
          fc.array(placardTyped),
          fc.record({ events: fc.array(placardTyped) }),
          fc.record({ events: fc.array(fc.oneof(placardLike, placardTyped)) }),
        ),
        async (value) => {
          const event = await outcome(() => parsePlacardJson(value, { now: NOW }));
          if (event) parsed.placard += 1;
          checkEvent(event);
        },
      ),
      runs,
    );
  });

  it('parsePlacardJson only ever fails with a PlacardInputError on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json()), async (text) => {
        checkEvent(
          await outcome(() => parsePlacardJson(text, { now: NOW, eventId: text.slice(0, 3) || undefined })),
        );
      }),
      runs,
    );
  });

  it('parseJsonLdEvent only ever fails with a PlacardInputError', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          anything,
          jsonLdLike,
          jsonLdTyped,
          fc.array(jsonLdTyped),
          fc.array(jsonLdLike),
          fc.record({ '@graph': fc.array(fc.oneof(jsonLdLike, jsonLdTyped, anything)) }),
        ),
        async (value) => {
          const event = await outcome(() =>
            parseJsonLdEvent(value, { now: NOW, defaultTimeZone: 'Europe/London' }),
          );
          if (event) parsed.jsonLd += 1;
          checkEvent(event);
        },
      ),
      runs,
    );
  });

  it('parseEventAttributes only ever fails with a PlacardInputError', async () => {
    await fc.assert(
      fc.asyncProperty(attributesLike, async (attrs) => {
        const event = await outcome(() => parseEventAttributes(attrs));
        if (event) parsed.attributes += 1;
        checkEvent(event);
      }),
      runs,
    );
  });

  it('serializeJsonLd never lets markup through and always parses back', () => {
    fc.assert(
      fc.property(anything, (value) => {
        const text = serializeJsonLd(value);
        expect(text).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      runs,
    );
  });
});
