import { describe, expect, it } from 'vitest';
import { parseEventAttributes } from '../../src/sources/attributes.js';
import { readerTimeZone } from '../../src/time/zones.js';
import { RALLY_ATTRIBUTES, RALLY_EVENT } from './sources-fixtures.js';
import { expectInputError } from './sources-helpers.js';

const AGM = { name: 'Branch AGM', start: '2018-03-15T18:30', 'time-zone': 'Europe/London' };

describe('parseEventAttributes: the rally', () => {
  it('reads the rally from attributes', async () => {
    const { organiser: _o, speakers: _s, supporters: _p, ...expected } = RALLY_EVENT;
    expect(await parseEventAttributes(RALLY_ATTRIBUTES)).toEqual({
      ...expected,
      speakers: [],
      supporters: [],
    });
  });
});

describe('parseEventAttributes: fields', () => {
  it('reads every attribute', async () => {
    const event = await parseEventAttributes({
      ...AGM,
      end: '2018-03-15T20:30',
      venue: '  Camden Centre ',
      address: 'Bidborough Street\nLondon WC1H 9AU',
      url: 'https://example.org/agm',
      'online-url': 'https://example.org/join',
      status: 'postponed',
      description: 'All members welcome.\n\nTea provided.',
      image: 'https://example.org/poster.jpg',
      'event-id': 'ignored',
      src: 'ignored.json',
    });
    expect(event).toEqual({
      name: 'Branch AGM',
      status: 'postponed',
      allDay: false,
      start: new Date('2018-03-15T18:30:00Z'),
      end: new Date('2018-03-15T20:30:00Z'),
      timeZone: 'Europe/London',
      venue: { name: 'Camden Centre', address: 'Bidborough Street\nLondon WC1H 9AU' },
      url: 'https://example.org/agm',
      onlineUrl: 'https://example.org/join',
      description: 'All members welcome.\n\nTea provided.',
      image: 'https://example.org/poster.jpg',
      speakers: [],
      supporters: [],
      tags: [],
    });
  });

  it('treats null and undefined as absent attributes', async () => {
    const event = await parseEventAttributes({ ...AGM, end: null, venue: undefined, status: null });
    expect(event).toMatchObject({ status: 'scheduled', allDay: false });
    expect(event).not.toHaveProperty('end');
    expect(event).not.toHaveProperty('venue');
  });

  it('interprets wall times in time-zone, through clock changes', async () => {
    const summer = await parseEventAttributes({ ...AGM, start: '2018-07-15T18:30' });
    expect(summer.allDay === false && summer.start.toISOString()).toBe('2018-07-15T17:30:00.000Z');
    const newYork = await parseEventAttributes({ ...AGM, 'time-zone': 'America/New_York' });
    expect(newYork).toMatchObject({ timeZone: 'America/New_York', start: new Date('2018-03-15T22:30:00Z') });
  });

  it('spells a zone written in the wrong case conventionally', async () => {
    expect(await parseEventAttributes({ ...AGM, 'time-zone': 'europe/london' })).toMatchObject({
      timeZone: 'Europe/London',
    });
  });

  it('keeps instants with an offset exact, shown in time-zone', async () => {
    const event = await parseEventAttributes({ ...AGM, start: '2018-03-15T18:30:00+01:00' });
    expect(event).toMatchObject({ start: new Date('2018-03-15T17:30:00Z'), timeZone: 'Europe/London' });
  });

  it('takes the zone from an RFC 9557 start when there is no time-zone', async () => {
    const event = await parseEventAttributes({ name: 'Picket', start: '2018-03-15T07:00[Europe/London]' });
    expect(event).toMatchObject({ start: new Date('2018-03-15T07:00:00Z'), timeZone: 'Europe/London' });
  });

  it('uses the defaultTimeZone option, then the reader’s zone, when there is no time-zone', async () => {
    const { 'time-zone': _zone, ...withoutZone } = AGM;
    expect(await parseEventAttributes(withoutZone, { defaultTimeZone: 'Europe/Paris' })).toMatchObject({
      timeZone: 'Europe/Paris',
      start: new Date('2018-03-15T17:30:00Z'),
    });
    expect(await parseEventAttributes(withoutZone)).toMatchObject({ timeZone: readerTimeZone() });
  });

  it('makes a date-only start an all-day event, one day long by default', async () => {
    expect(
      await parseEventAttributes({ name: '1-day strike', start: '2018-07-10', 'time-zone': 'Europe/London' }),
    ).toEqual({
      name: '1-day strike',
      status: 'scheduled',
      allDay: true,
      startDate: '2018-07-10',
      endDate: '2018-07-10',
      timeZone: 'Europe/London',
      speakers: [],
      supporters: [],
      tags: [],
    });
  });

  it('reads a multi-day event with an inclusive last day', async () => {
    const event = await parseEventAttributes({
      name: 'Week of action',
      start: '2018-02-12',
      end: '2018-02-18',
    });
    expect(event).toMatchObject({ allDay: true, startDate: '2018-02-12', endDate: '2018-02-18' });
  });

  it('treats all-day as a boolean attribute', async () => {
    for (const value of ['', 'all-day', 'true']) {
      const event = await parseEventAttributes({ ...AGM, 'all-day': value, end: '2018-03-17T10:00' });
      expect(event).toMatchObject({ allDay: true, startDate: '2018-03-15', endDate: '2018-03-17' });
    }
    expect(await parseEventAttributes({ ...AGM, 'all-day': 'false' })).toMatchObject({ allDay: false });
    expect(await parseEventAttributes({ ...AGM, 'all-day': ' FALSE ' })).toMatchObject({ allDay: false });
  });

  it('takes an all-day date from an instant in the event’s zone', async () => {
    const event = await parseEventAttributes({ ...AGM, start: '2018-03-15T23:30:00-05:00', 'all-day': '' });
    expect(event).toMatchObject({ allDay: true, startDate: '2018-03-16', endDate: '2018-03-16' });
  });

  it('accepts an end equal to the start', async () => {
    expect(await parseEventAttributes({ ...AGM, end: AGM.start })).toMatchObject({
      end: new Date('2018-03-15T18:30:00Z'),
    });
  });

  it('reads every status spelling', async () => {
    const cases: [string, string][] = [
      ['Cancelled', 'cancelled'],
      ['https://schema.org/EventMovedOnline', 'moved-online'],
      ['EventRescheduled', 'rescheduled'],
      ['postponed', 'postponed'],
    ];
    for (const [status, expected] of cases) {
      expect(await parseEventAttributes({ ...AGM, status })).toMatchObject({ status: expected });
    }
  });

  it('reads previous-start for a rescheduled event', async () => {
    const event = await parseEventAttributes({
      ...AGM,
      status: 'rescheduled',
      'previous-start': '2018-03-08T18:30',
    });
    expect(event).toMatchObject({ status: 'rescheduled', previousStart: new Date('2018-03-08T18:30:00Z') });
    const dateOnly = await parseEventAttributes({
      ...AGM,
      status: 'rescheduled',
      'previous-start': '2018-07-08',
    });
    expect(dateOnly).toMatchObject({ previousStart: new Date('2018-07-07T23:00:00Z') });
  });
});

describe('parseEventAttributes: hostile input', () => {
  it('keeps markup in text as literal characters', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const event = await parseEventAttributes({
      ...AGM,
      name: hostile,
      venue: hostile,
      address: hostile,
      description: hostile,
    });
    expect(event).toMatchObject({
      name: hostile,
      venue: { name: hostile, address: hostile },
      description: hostile,
    });
  });

  it('drops script and data links silently', async () => {
    const event = await parseEventAttributes({
      ...AGM,
      url: 'javascript:alert(1)',
      'online-url': 'data:text/html,<script>alert(1)</script>',
      image: 'vbscript:msgbox(1)',
    });
    expect(event).not.toHaveProperty('url');
    expect(event).not.toHaveProperty('onlineUrl');
    expect(event).not.toHaveProperty('image');
  });

  it('strips control characters and trims', async () => {
    const event = await parseEventAttributes({ ...AGM, name: '\u0000 Branch\u0007 AGM\u001b \n' });
    expect(event.name).toBe('Branch AGM');
  });
});

describe('parseEventAttributes: messages', () => {
  it('asks for a name', async () => {
    await expectInputError(parseEventAttributes({ start: AGM.start }), {
      code: 'missing-field',
      field: 'name',
      message: 'The event has no name. Add a name attribute, e.g. name="Branch AGM".',
    });
    await expectInputError(parseEventAttributes({ ...AGM, name: ' \u0000 ' }), {
      code: 'missing-field',
      field: 'name',
      message: 'The event has no name. Add a name attribute, e.g. name="Branch AGM".',
    });
  });

  it('asks for a start', async () => {
    await expectInputError(parseEventAttributes({ name: 'Branch AGM', start: '' }), {
      code: 'missing-field',
      field: 'start',
      message: 'The event has no start date or time. Add a start attribute, e.g. start="2018-03-15T18:30".',
    });
  });

  it('names an unknown time zone', async () => {
    await expectInputError(parseEventAttributes({ ...AGM, 'time-zone': 'Europe/Londn' }), {
      code: 'unknown-time-zone',
      field: 'time-zone',
      message:
        'The time-zone "Europe/Londn" is not a time zone Placard knows. Use an IANA time zone name such as Europe/London or America/New_York.',
    });
    await expectInputError(parseEventAttributes({ ...AGM, 'time-zone': 'BST' }), {
      code: 'unknown-time-zone',
      field: 'time-zone',
      message:
        'The time-zone "BST" is not a time zone Placard knows. Abbreviations such as BST or EST can mean different places in different countries. Use an IANA time zone name such as Europe/London or America/New_York.',
    });
  });

  it('names an unknown defaultTimeZone as the time-zone', async () => {
    await expectInputError(
      parseEventAttributes({ name: 'x', start: '2018-03-15T18:30' }, { defaultTimeZone: 'Nowhere/Town' }),
      {
        code: 'unknown-time-zone',
        field: 'time-zone',
        message:
          'The time-zone "Nowhere/Town" is not a time zone Placard knows. Use an IANA time zone name such as Europe/London or America/New_York.',
      },
    );
  });

  it('names an unreadable date', async () => {
    await expectInputError(parseEventAttributes({ ...AGM, start: '15th March' }), {
      code: 'invalid-date',
      field: 'start',
      message:
        'The start "15th March" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.',
    });
    await expectInputError(parseEventAttributes({ ...AGM, end: '2018-02-30T20:00' }), {
      code: 'invalid-date',
      field: 'end',
      message:
        'The end "2018-02-30T20:00" is not a real date or time. Check the day, month, hour and minutes. Write dates as 2018-03-15 or 2018-03-15T18:30.',
    });
    await expectInputError(parseEventAttributes({ ...AGM, 'previous-start': 'last week' }), {
      code: 'invalid-date',
      field: 'previous-start',
      message:
        'The previous-start "last week" is not a date Placard can read. Write dates as 2018-03-15 or 2018-03-15T18:30.',
    });
  });

  it('says when the end is before the start, in the venue’s time', async () => {
    await expectInputError(parseEventAttributes({ ...AGM, end: '2018-03-15T18:00' }), {
      code: 'end-before-start',
      field: 'end',
      message:
        'The end (18:00) is before the start (18:30). Correct the end attribute, or leave it out if the end time is not known.',
    });
    await expectInputError(parseEventAttributes({ ...AGM, end: '2018-03-14T20:00' }), {
      code: 'end-before-start',
      field: 'end',
      message:
        'The end (2018-03-14 20:00) is before the start (2018-03-15 18:30). Correct the end attribute, or leave it out if the end time is not known.',
    });
    await expectInputError(parseEventAttributes({ ...AGM, end: '2018-03-15T18:29:30' }), {
      code: 'end-before-start',
      field: 'end',
      message:
        'The end (18:29:30) is before the start (18:30:00). Correct the end attribute, or leave it out if the end time is not known.',
    });
  });

  it('says when an all-day event ends before it starts', async () => {
    await expectInputError(parseEventAttributes({ name: 'Strike', start: '2018-07-10', end: '2018-07-09' }), {
      code: 'end-before-start',
      field: 'end',
      message:
        'The end (2018-07-09) is before the start (2018-07-10). Correct the end attribute, or leave it out for a one-day event.',
    });
  });

  it('asks for a time on the end when the start has one', async () => {
    await expectInputError(parseEventAttributes({ ...AGM, end: '2018-03-16' }), {
      code: 'invalid-value',
      field: 'end',
      message:
        'The end (2018-03-16) is a date without a time, but the start has a time. Give the end attribute a time too, e.g. 2018-03-16T20:00.',
    });
  });

  it('lists the statuses it knows', async () => {
    await expectInputError(parseEventAttributes({ ...AGM, status: 'maybe' }), {
      code: 'invalid-value',
      field: 'status',
      message:
        'The status "maybe" is not a status Placard knows. Use one of: scheduled, cancelled, postponed, rescheduled, moved-online.',
    });
  });

  it('reports the first problem: name before start before zone', async () => {
    await expectInputError(parseEventAttributes({ 'time-zone': 'Nowhere', start: 'soon' }), {
      code: 'missing-field',
      field: 'name',
      message: 'The event has no name. Add a name attribute, e.g. name="Branch AGM".',
    });
    await expectInputError(parseEventAttributes({ name: 'x', 'time-zone': 'Nowhere', start: 'soon' }), {
      code: 'unknown-time-zone',
      field: 'time-zone',
      message:
        'The time-zone "Nowhere" is not a time zone Placard knows. Use an IANA time zone name such as Europe/London or America/New_York.',
    });
  });
});
