import { describe, expect, it } from 'vitest';
import { agendaItems } from '../../src/model/agenda.js';
import { parseAgendaJson } from '../../src/sources/agenda-json.js';
import { parseJsonLdAgenda } from '../../src/sources/agenda-json-ld.js';
import { at, barnetAgendaJson, barnetAgendaJsonLd } from './agenda-fixtures.js';
import { expectInputError } from './sources-helpers.js';

const event = (name: string, startDate: string, extra: Record<string, unknown> = {}) => ({
  '@type': 'Event',
  name,
  startDate,
  ...extra,
});

const meeting = {
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: 'Branch meeting',
  startDate: '2018-02-08T18:30:00+00:00',
  endDate: '2018-02-08T20:30:00+00:00',
};

const plain = (problems: readonly { code: string; field?: string; message: string }[]) =>
  problems.map(({ code, field, message }) => ({ code, field, message }));

describe('parseJsonLdAgenda: the sample as subEvents', () => {
  it('reads the same agenda as the Placard JSON, without the deadline schema.org cannot say', async () => {
    const fromJson = await parseAgendaJson(barnetAgendaJson);
    const fromJsonLd = await parseJsonLdAgenda(barnetAgendaJsonLd, { defaultTimeZone: 'Europe/London' });
    expect(fromJsonLd.problems).toEqual([]);
    expect(fromJsonLd.agenda.sections).toEqual(fromJson.agenda.sections);
    expect(fromJsonLd.agenda.deadlines).toEqual([]);
    expect(fromJsonLd.agenda.meeting).toMatchObject({
      name: 'Meeting of Barnet Alliance for Public Services',
      start: at('2018-02-08T18:30:00Z'),
      end: at('2018-02-08T20:30:00Z'),
      timeZone: 'Europe/London',
      venue: { name: 'Greek Cypriot Brotherhood', address: 'Finchley' },
    });
  });

  it('reads JSON-LD text, and finds the meeting in a @graph', async () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', name: 'Barnet Alliance' },
        { ...barnetAgendaJsonLd, '@context': undefined },
      ],
    };
    const { agenda } = await parseJsonLdAgenda(JSON.stringify(graph), { defaultTimeZone: 'Europe/London' });
    expect(agendaItems(agenda)).toHaveLength(7);
  });
});

describe('parseJsonLdAgenda: subEvent fields', () => {
  it('maps name, startDate, endDate, duration, performer, description and subjectOf', async () => {
    const { agenda, problems } = await parseJsonLdAgenda(
      {
        ...meeting,
        subEvent: [
          event('Welcome', '2018-02-08T18:30:00+00:00', {
            endDate: '2018-02-08T18:40:00+00:00',
            performer: [{ '@type': 'Person', name: 'Jo Bloggs' }, 'Sam Smith'],
          }),
          event('Treasurer’s report', '2018-02-08T18:45:00+00:00', {
            duration: 'PT20M',
            description: 'Accounts attached.',
            subjectOf: [
              {
                '@type': 'DigitalDocument',
                name: 'Accounts 2017',
                url: 'https://example.org/accounts.pdf',
                encodingFormat: 'application/pdf',
                contentSize: '240 KB',
              },
              { '@type': 'MediaObject', contentUrl: 'https://example.org/budget.ods', encodingFormat: 'ODS' },
              'https://example.org/notes.txt',
            ],
          }),
          event('Close', '2018-02-08T20:30:00+00:00'),
        ],
      },
      { defaultTimeZone: 'Europe/London' },
    );
    expect(problems).toEqual([]);
    expect(agendaItems(agenda)).toEqual([
      {
        number: 1,
        kind: 'item',
        title: 'Welcome',
        presenter: 'Jo Bloggs, Sam Smith',
        start: at('2018-02-08T18:30:00Z'),
        end: at('2018-02-08T18:40:00Z'),
        durationMinutes: 10,
        attachments: [],
      },
      {
        number: 2,
        kind: 'item',
        title: 'Treasurer’s report',
        notes: 'Accounts attached.',
        start: at('2018-02-08T18:45:00Z'),
        end: at('2018-02-08T19:05:00Z'),
        durationMinutes: 20,
        attachments: [
          { url: 'https://example.org/accounts.pdf', title: 'Accounts 2017', type: 'PDF', sizeBytes: 240000 },
          { url: 'https://example.org/budget.ods', title: 'budget.ods', type: 'ODS' },
          { url: 'https://example.org/notes.txt', title: 'notes.txt' },
        ],
      },
      {
        number: 3,
        kind: 'end',
        title: 'Close',
        start: at('2018-02-08T20:30:00Z'),
        end: at('2018-02-08T20:30:00Z'),
        durationMinutes: 0,
        attachments: [],
      },
    ]);
  });

  it('reads nested subEvents as sections, and runs of plain items as untitled ones', async () => {
    const { agenda, problems } = await parseJsonLdAgenda({
      ...meeting,
      subEvent: [
        event('Welcome', '2018-02-08T18:30:00Z'),
        event('Part 1: Branch business', '2018-02-08T18:35:00Z', {
          subEvent: [event('Minutes', '2018-02-08T18:35:00Z'), event('Reports', '2018-02-08T18:45:00Z')],
        }),
        event('Part 2: Campaigns', '2018-02-08T19:30:00Z', {
          subEvent: [event('Pay ballot', '2018-02-08T19:30:00Z')],
        }),
        event('Close', '2018-02-08T20:30:00Z'),
      ],
    });
    expect(problems).toEqual([]);
    expect(
      agenda.sections.map((section) => [section.title, section.items.map((item) => item.number)]),
    ).toEqual([
      [undefined, [1]],
      ['Part 1: Branch business', [2, 3]],
      ['Part 2: Campaigns', [4]],
      [undefined, [5]],
    ]);
  });

  it('reads wall times in the element’s zone, as for events', async () => {
    const { agenda } = await parseJsonLdAgenda(
      {
        ...meeting,
        startDate: '2018-07-05T18:30',
        endDate: '2018-07-05T20:00',
        subEvent: [event('Business', '2018-07-05T18:30'), event('Social', '19:15')],
      },
      { defaultTimeZone: 'Europe/London' },
    );
    expect(agendaItems(agenda).map((item) => item.start)).toEqual([
      at('2018-07-05T17:30:00Z'),
      at('2018-07-05T18:15:00Z'),
    ]);
  });
});

describe('parseJsonLdAgenda: problems name schema.org’s properties', () => {
  it('reports item problems with their subEvent paths', async () => {
    const { problems } = await parseJsonLdAgenda({
      ...meeting,
      subEvent: [
        event('Welcome', '2018-02-08T18:30:00Z', { endDate: '2018-02-08T18:20:00Z' }),
        { '@type': 'Event', name: 'Reports' },
        event('Part 2', '2018-02-08T19:00:00Z', {
          subEvent: [
            event('Speaker', '2018-02-08T19:00:00Z', { endDate: '2018-02-08T19:45:00Z' }),
            event('Motions', '2018-02-08T19:30:00Z', { endDate: 'soon', duration: 'an hour' }),
          ],
        }),
      ],
    });
    expect(plain(problems)).toEqual([
      {
        code: 'end-before-start',
        field: 'subEvent[0].endDate',
        message: 'Item 1 (“Welcome”) ends at 18:20, before it starts at 18:30. Correct its end time.',
      },
      {
        code: 'missing-field',
        field: 'subEvent[1].startDate',
        message:
          'Item 2 (“Reports”) has no time. Give the time it starts, e.g. "startDate": "2018-02-08T19:00:00+00:00".',
      },
      {
        code: 'invalid-value',
        field: 'subEvent[2].subEvent[0].endDate',
        message:
          'Item 3 (“Speaker”) lasts 45 minutes, so it runs until 19:45, past the start of item 4 (“Motions”) at 19:30. Shorten it, or move item 4 later.',
      },
      {
        code: 'invalid-value',
        field: 'subEvent[2].subEvent[1].duration',
        message:
          'Item 4 (“Motions”) has a duration Placard cannot read: "an hour". Give the number of minutes or an ISO 8601 duration, e.g. "duration": "PT25M".',
      },
      {
        code: 'invalid-date',
        field: 'subEvent[2].subEvent[1].endDate',
        message:
          'Item 4 (“Motions”) has an end time Placard cannot read: "soon". Write it as 19:00, or as a date and time such as 2018-02-08T19:00.',
      },
    ]);
  });

  it('reports attachment problems with schema.org’s names', async () => {
    const { problems } = await parseJsonLdAgenda({
      ...meeting,
      subEvent: [
        event('Reports', '2018-02-08T18:30:00Z', {
          subjectOf: [{ name: 'Minutes' }, { url: 'https://example.org/a.pdf', contentSize: 'large' }],
        }),
      ],
    });
    expect(plain(problems)).toEqual([
      {
        code: 'missing-field',
        field: 'subEvent[0].subjectOf[0].url',
        message:
          'Attachment 1 of item 1 (“Reports”) has no link. Add one, e.g. "url": "https://example.org/papers/minutes.pdf".',
      },
      {
        code: 'invalid-value',
        field: 'subEvent[0].subjectOf[1].contentSize',
        message:
          'Attachment 2 of item 1 (“Reports”) has a size Placard cannot read: "large". Give the size in bytes, e.g. "contentSize": "240 KB".',
      },
    ]);
  });

  it('throws when there is no meeting, no start, or no items', async () => {
    await expectInputError(parseJsonLdAgenda({ '@context': 'https://schema.org', '@type': 'Organization' }), {
      code: 'not-found',
      field: undefined,
      message:
        'The JSON-LD has no schema.org Event in it. Give the meeting "@type": "Event", and list the agenda’s items as events in its "subEvent".',
    });
    await expectInputError(parseJsonLdAgenda('"Branch meeting"'), {
      code: 'malformed-document',
      field: undefined,
      message:
        'The JSON-LD should be a schema.org Event with the agenda’s items in "subEvent", but it is text ("Branch meeting").',
    });
    await expectInputError(parseJsonLdAgenda({ ...meeting, startDate: undefined, subEvent: [] }), {
      code: 'missing-field',
      field: 'startDate',
      message:
        'The meeting has no start date or time. Add a "startDate" property, e.g. "startDate": "2018-02-08T18:30:00+00:00".',
    });
    await expectInputError(parseJsonLdAgenda({ '@graph': [meeting] }), {
      code: 'missing-field',
      field: 'subEvent',
      message:
        'The agenda has no items. Add at least one, e.g. "subEvent": [{"@type":"Event","name":"Attendance and apologies","startDate":"2018-02-08T19:00:00+00:00"}].',
    });
  });
});
