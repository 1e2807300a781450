import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { agendaItems } from '../../src/model/agenda.js';
import { AgendaJsonSchema, parseAgendaJson } from '../../src/sources/agenda-json.js';
import { agendaJsonSchema } from '../../src/sources/agenda-json-schema.js';
import { barnetAgendaJson } from './agenda-fixtures.js';
import { expectInputError } from './sources-helpers.js';

const meeting = {
  name: 'Branch meeting',
  start: '2018-02-08T18:30',
  end: '2018-02-08T20:30',
  timeZone: 'Europe/London',
};
const items = [{ time: '18:30', title: 'Business' }];

describe('parseAgendaJson: the document', () => {
  it('reads JSON text as well as parsed JSON', async () => {
    expect(await parseAgendaJson(JSON.stringify(barnetAgendaJson))).toEqual(
      await parseAgendaJson(barnetAgendaJson),
    );
  });

  it('the shared fixture passes valibot’s own check', () => {
    expect(v.is(AgendaJsonSchema, barnetAgendaJson)).toBe(true);
  });

  it('reads the meeting’s other fields as an event’s', async () => {
    const { agenda } = await parseAgendaJson(
      {
        ...meeting,
        $schema: 'https://unpkg.com/@placard/core/dist/placard-agenda.schema.json',
        id: 17,
        venue: { name: 'Unite The Union', address: ['128 Theobalds Road', 'London'] },
        address: '128 Theobalds Road\nLondon\nWC1X 8TN',
        url: '/meetings/february',
        onlineUrl: 'https://example.org/join',
        status: 'EventRescheduled',
        description: 'All members welcome.',
        organiser: 'Camden UNISON',
        items,
      },
      { baseUrl: 'https://branch.example/' },
    );
    expect(agenda.meeting).toMatchObject({
      id: '17',
      venue: { name: 'Unite The Union', address: '128 Theobalds Road\nLondon\nWC1X 8TN' },
      url: 'https://branch.example/meetings/february',
      onlineUrl: 'https://example.org/join',
      status: 'rescheduled',
      description: 'All members welcome.',
      organiser: { name: 'Camden UNISON' },
    });
  });

  it('text that is not JSON', async () => {
    await expectInputError(parseAgendaJson('{"name": "Branch meeting",}'), {
      code: 'malformed-document',
      field: undefined,
      message: expect.stringMatching(
        /^The agenda JSON is not valid JSON: there is a mistake near line 1, column \d+\. Look for a missing comma, quote or bracket there, or paste the text into a JSON checker\.$/,
      ) as unknown as string,
    });
  });

  it('JSON that is not an agenda', async () => {
    await expectInputError(parseAgendaJson([meeting]), {
      code: 'malformed-document',
      field: undefined,
      message:
        'The agenda JSON should be a meeting with its items, e.g. {"name": "Branch meeting", "start": "2018-02-08T18:30", "items": [{"time": "19:00", "title": "Attendance and apologies"}]}, but it is a list.',
    });
  });

  it('JSON-LD in the wrong script', async () => {
    await expectInputError(parseAgendaJson({ '@context': 'https://schema.org', '@type': 'Event' }), {
      code: 'unsupported-format',
      field: undefined,
      message:
        'This JSON is schema.org JSON-LD, not Placard’s agenda JSON. Put it in <script type="application/ld+json"> instead of <script type="application/json">.',
    });
  });
});

describe('parseAgendaJson: a broken structure is thrown', () => {
  it('both sections and items', async () => {
    await expectInputError(parseAgendaJson({ ...meeting, items, sections: [{ items }] }), {
      code: 'invalid-value',
      field: 'items',
      message:
        'The agenda JSON has both "sections" and "items". Put every item inside a section, or leave out "sections".',
    });
  });

  it.each([
    [
      { items: 'Apologies, minutes' },
      'invalid-value',
      'items',
      'The property items should be a list of items, e.g. [{"time": "19:00", "title": "Attendance and apologies"}], but it is text ("Apologies, minutes").',
    ],
    [
      { sections: { title: 'Part 1' } },
      'invalid-value',
      'sections',
      'The property sections should be a list of sections, e.g. [{"title": "Part 1: Branch business", "items": [{"time": "19:00", "title": "Attendance and apologies"}]}], but it is an object.',
    ],
    [
      { sections: [{ items }, 'Part 2'] },
      'invalid-value',
      'sections[1]',
      'The property sections[1] should be a section, e.g. {"title": "Part 1: Branch business", "items": [{"time": "19:00", "title": "Attendance and apologies"}]}, but it is text ("Part 2").',
    ],
    [
      { sections: [{ title: 'Part 1' }] },
      'missing-field',
      'sections[0].items',
      'The property sections[0].items should be a list of items, e.g. [{"time": "19:00", "title": "Attendance and apologies"}], but it is missing.',
    ],
  ] as const)('%j', async (structure, code, field, message) => {
    await expectInputError(parseAgendaJson({ ...meeting, ...structure }), { code, field, message });
  });

  it('a meeting field of the wrong type', async () => {
    await expectInputError(parseAgendaJson({ ...meeting, venue: 42, items }), {
      code: 'invalid-value',
      field: 'venue',
      message:
        'The property venue should be text (the venue’s name) or an object with "name" and "address", but it is the number 42. For example: "venue": "Unite The Union".',
    });
  });
});

describe('parseAgendaJson: item properties of the wrong type are reported, and the rest shown', () => {
  it('reports each with its path', async () => {
    const { agenda, problems } = await parseAgendaJson({
      ...meeting,
      sections: [
        {
          title: 7,
          items: [
            'Apologies',
            {
              time: '18:40',
              title: 'Reports',
              presenter: 42,
              notes: ['a', 'b'],
              attachments: ['minutes.pdf', { url: 'https://example.org/a.pdf', title: 3 }],
            },
            { time: '19:00', title: 'Motions', attachments: 'https://example.org/motions.pdf' },
          ],
        },
      ],
      deadlines: [{ title: 'Motions', due: '2018-02-05', url: 5 }, 'Amendments by 1 February'],
    });
    expect(problems.map(({ code, field, message }) => ({ code, field, message }))).toEqual([
      {
        code: 'invalid-value',
        field: 'sections[0].title',
        message: 'The property sections[0].title should be text, but it is the number 7.',
      },
      {
        code: 'invalid-value',
        field: 'sections[0].items[0]',
        message:
          'The property sections[0].items[0] should be an agenda item, e.g. {"time": "19:00", "title": "Attendance and apologies"}, but it is text ("Apologies"), so it is not shown.',
      },
      {
        code: 'invalid-value',
        field: 'sections[0].items[1].presenter',
        message: 'The property sections[0].items[1].presenter should be text, but it is the number 42.',
      },
      {
        code: 'invalid-value',
        field: 'sections[0].items[1].notes',
        message: 'The property sections[0].items[1].notes should be text, but it is a list.',
      },
      {
        code: 'invalid-value',
        field: 'sections[0].items[1].attachments[0]',
        message:
          'The property sections[0].items[1].attachments[0] should be an attachment, e.g. {"url": "https://example.org/papers/minutes.pdf", "title": "Minutes"}, but it is text ("minutes.pdf"), so it is not shown.',
      },
      {
        code: 'invalid-value',
        field: 'sections[0].items[1].attachments[1].title',
        message:
          'The property sections[0].items[1].attachments[1].title should be text, but it is the number 3.',
      },
      {
        code: 'invalid-value',
        field: 'sections[0].items[2].attachments',
        message:
          'The property sections[0].items[2].attachments should be a list, but it is text ("https://example.org/motions.pdf").',
      },
      {
        code: 'invalid-value',
        field: 'deadlines[0].url',
        message: 'The property deadlines[0].url should be text, but it is the number 5.',
      },
      {
        code: 'invalid-value',
        field: 'deadlines[1]',
        message:
          'The property deadlines[1] should be a deadline, e.g. {"title": "Motions", "due": "2018-02-05T17:00"}, but it is text ("Amendments by 1 February"), so it is not shown.',
      },
    ]);
    expect(agenda.sections[0]!.title).toBeUndefined();
    expect(agendaItems(agenda).map((item) => [item.number, item.title, item.attachments])).toEqual([
      [1, 'Reports', [{ url: 'https://example.org/a.pdf', title: 'a.pdf' }]],
      [2, 'Motions', []],
    ]);
    expect(agenda.deadlines.map((deadline) => deadline.title)).toEqual(['Motions']);
  });

  it('reports deadlines that are not a list, and shows the agenda without them', async () => {
    const { agenda, problems } = await parseAgendaJson({
      ...meeting,
      items,
      deadlines: 'Motions by 5 February',
    });
    expect(problems.map((problem) => problem.message)).toEqual([
      'The property deadlines should be a list of deadlines, e.g. [{"title": "Motions", "due": "2018-02-05T17:00"}], but it is text ("Motions by 5 February"), so no deadlines are shown.',
    ]);
    expect(agenda.deadlines).toEqual([]);
  });

  it('leaves fields the builder reads to the builder, so each fault is reported once', async () => {
    const { problems } = await parseAgendaJson({
      ...meeting,
      items: [{ time: 1900, title: 'Reports', duration: true, kind: 'lunch', attachments: [{ size: [] }] }],
      deadlines: [{ due: 5 }],
    });
    expect(problems.map((problem) => problem.field)).toEqual([
      'items[0].time',
      'items[0].duration',
      'items[0].kind',
      'items[0].attachments[0].url',
      'deadlines[0].title',
    ]);
  });
});

describe('agendaJsonSchema', () => {
  const schema = agendaJsonSchema() as Record<string, unknown> & {
    required: string[];
    properties: Record<string, unknown>;
    $defs: Record<string, { properties: Record<string, Record<string, unknown>>; required: string[] }>;
  };

  it('is generated from the valibot schemas, with shared definitions', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Placard agenda');
    expect(schema.required).toEqual(['name', 'start']);
    expect(Object.keys(schema.properties)).toEqual(Object.keys(AgendaJsonSchema.pipe[0].entries));
    expect(Object.keys(schema.$defs).sort()).toEqual([
      'attachment',
      'deadline',
      'item',
      'party',
      'section',
      'venue',
    ]);
    expect(schema.properties.items).toEqual({
      type: 'array',
      items: { $ref: '#/$defs/item' },
      description: 'The items, for an agenda without headings.',
    });
    expect(schema.$defs.section!.properties.items).toMatchObject({ items: { $ref: '#/$defs/item' } });
  });

  it('describes items, attachments and deadlines for editors', () => {
    const { item, attachment, deadline } = schema.$defs;
    expect(item!.required).toEqual(['time', 'title']);
    expect(item!.properties.time).toMatchObject({ type: 'string', examples: ['19:00', '2018-02-08T19:00'] });
    expect(item!.properties.duration).toMatchObject({
      anyOf: [{ type: 'number', minimum: 0 }, { type: 'string' }],
      examples: [25, 'PT25M'],
    });
    expect(item!.properties.kind).toMatchObject({ enum: ['item', 'break', 'end'] });
    expect(attachment!.required).toEqual(['url']);
    expect(deadline!.required).toEqual(['title', 'due']);
    expect(deadline!.properties.due).toMatchObject({ examples: ['2018-02-05T17:00', '2018-02-05'] });
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
