import { describe, expect, it } from 'vitest';
import { agendaItems } from '../../src/model/agenda.js';
import type { PlacardInputError } from '../../src/model/errors.js';
import { parseAgendaJson } from '../../src/sources/agenda-json.js';
import { acrossMidnightAgenda, at } from './agenda-fixtures.js';
import { expectInputError } from './sources-helpers.js';

const meeting = {
  name: 'Branch meeting',
  start: '2018-02-08T18:30',
  end: '2018-02-08T20:30',
  timeZone: 'Europe/London',
};

const plain = (problems: readonly PlacardInputError[]) =>
  problems.map(({ code, field, message }) => ({ code, field, message }));

/** The problems found in an agenda with these items (and any other properties). */
async function problemsWith(items: unknown[], extra: Record<string, unknown> = {}) {
  const { problems } = await parseAgendaJson({ ...meeting, items, ...extra });
  return plain(problems);
}

describe('problems with one item: reported, and the agenda still shown', () => {
  it('an item without a time is kept, without a time', async () => {
    const { agenda, problems } = await parseAgendaJson({
      ...meeting,
      items: [
        { time: '18:30', title: 'Reports' },
        { title: 'Guest speaker from CWU' },
        { time: '19:30', title: 'Motions' },
      ],
    });
    expect(plain(problems)).toEqual([
      {
        code: 'missing-field',
        field: 'items[1].time',
        message:
          'Item 2 (“Guest speaker from CWU”) has no time. Give the time it starts, e.g. "time": "19:00".',
      },
    ]);
    expect(agendaItems(agenda).map((item) => [item.number, item.title, item.durationMinutes])).toEqual([
      // Untimed items are skipped when working out lengths.
      [1, 'Reports', 60],
      [2, 'Guest speaker from CWU', undefined],
      [3, 'Motions', 60],
    ]);
  });

  it('an item without a title is kept, named by its number', async () => {
    expect(await problemsWith([{ time: '18:30', title: '  ' }])).toEqual([
      {
        code: 'missing-field',
        field: 'items[0].title',
        message: 'Item 1 has no title. Add one, e.g. "title": "Attendance and apologies".',
      },
    ]);
  });

  it('a time that cannot be read', async () => {
    expect(
      await problemsWith([
        { time: '7pm', title: 'Reports' },
        { time: 1900, title: 'Motions' },
        { time: '2018-02-08', title: 'Elections' },
        { time: '25:00', title: 'Close' },
      ]),
    ).toEqual([
      {
        code: 'invalid-date',
        field: 'items[0].time',
        message:
          'Item 1 (“Reports”) has a time Placard cannot read: "7pm". Write it as 19:00, or as a date and time such as 2018-02-08T19:00.',
      },
      {
        code: 'invalid-date',
        field: 'items[1].time',
        message:
          'Item 2 (“Motions”) has a time Placard cannot read: the number 1900. Write it as 19:00, or as a date and time such as 2018-02-08T19:00.',
      },
      {
        code: 'invalid-date',
        field: 'items[2].time',
        message:
          'Item 3 (“Elections”) has a time Placard cannot read: "2018-02-08". Write it as 19:00, or as a date and time such as 2018-02-08T19:00.',
      },
      {
        code: 'invalid-date',
        field: 'items[3].time',
        message:
          'Item 4 (“Close”) has a time Placard cannot read: "25:00". Write it as 19:00, or as a date and time such as 2018-02-08T19:00.',
      },
    ]);
  });

  it('items out of order', async () => {
    const { agenda, problems } = await parseAgendaJson({
      ...meeting,
      items: [
        { time: '18:30', title: 'Apologies' },
        { time: '19:20', title: 'Reports' },
        { time: '19:10', title: 'Motions' },
        { time: '20:00', title: 'Any other business' },
      ],
    });
    expect(plain(problems)).toEqual([
      {
        code: 'invalid-value',
        field: 'items[2].time',
        message:
          'Item 3 (“Motions”) starts at 19:10, before item 2 (“Reports”) at 19:20. Put the items in time order.',
      },
    ]);
    // Shown in the order given; an item whose next one is listed too early is given no length.
    expect(agendaItems(agenda).map((item) => [item.title, item.durationMinutes])).toEqual([
      ['Apologies', 50],
      ['Reports', 0],
      ['Motions', 50],
      ['Any other business', 30],
    ]);
  });

  it('items out of order after midnight name the day', async () => {
    const { problems } = await parseAgendaJson({
      ...acrossMidnightAgenda,
      items: [
        { time: '00:15', title: 'Any other business' },
        { time: '23:30', title: 'Rota dispute' },
      ],
    });
    expect(plain(problems).map((problem) => problem.message)).toEqual([
      'Item 2 (“Rota dispute”) starts at 23:30, before item 1 (“Any other business”) at 2026-01-17 00:15. Put the items in time order.',
    ]);
  });

  it('an item whose own length runs into the next', async () => {
    expect(
      await problemsWith([
        { time: '19:10', title: 'Guest speaker from CWU', duration: 30 },
        { time: '19:30', title: 'Plan for the coming year' },
      ]),
    ).toEqual([
      {
        code: 'invalid-value',
        field: 'items[0].duration',
        message:
          'Item 1 (“Guest speaker from CWU”) lasts 30 minutes, so it runs until 19:40, past the start of item 2 (“Plan for the coming year”) at 19:30. Shorten it, or move item 2 later.',
      },
    ]);
  });

  it('items starting before or after the meeting, or running past its end', async () => {
    expect(
      await problemsWith([
        { time: '18:00', title: 'Committee' },
        { time: '20:10', title: 'Any other business', duration: 'PT30M' },
        { time: '20:45', title: 'Social' },
      ]),
    ).toEqual([
      {
        code: 'invalid-value',
        field: 'items[0].time',
        message:
          'Item 1 (“Committee”) starts at 18:00, before the meeting starts at 18:30. Correct the item’s time, or the meeting’s start.',
      },
      {
        code: 'invalid-value',
        field: 'items[1].duration',
        message:
          'Item 2 (“Any other business”) lasts 30 minutes, so it runs until 20:40, after the meeting ends at 20:30. Shorten it, or correct the meeting’s end.',
      },
      {
        code: 'invalid-value',
        field: 'items[2].time',
        message:
          'Item 3 (“Social”) starts at 20:45, after the meeting ends at 20:30. Correct the item’s time, or the meeting’s end.',
      },
    ]);
  });

  it('a duration that cannot be read', async () => {
    expect(
      await problemsWith([
        { time: '18:30', title: 'Reports', duration: 'half an hour' },
        { time: '19:00', title: 'Motions', duration: -5 },
        { time: '19:30', title: 'Elections', duration: 'P1M' },
      ]),
    ).toEqual([
      {
        code: 'invalid-value',
        field: 'items[0].duration',
        message:
          'Item 1 (“Reports”) has a duration Placard cannot read: "half an hour". Give the number of minutes or an ISO 8601 duration, e.g. "duration": 25.',
      },
      {
        code: 'invalid-value',
        field: 'items[1].duration',
        message:
          'Item 2 (“Motions”) has a duration Placard cannot read: the number -5. Give the number of minutes or an ISO 8601 duration, e.g. "duration": 25.',
      },
      {
        code: 'invalid-value',
        field: 'items[2].duration',
        message:
          'Item 3 (“Elections”) has a duration Placard cannot read: "P1M". Give the number of minutes or an ISO 8601 duration, e.g. "duration": 25.',
      },
    ]);
  });

  it('a kind Placard does not know is read as an ordinary item', async () => {
    const { agenda, problems } = await parseAgendaJson({
      ...meeting,
      items: [{ time: '18:30', title: 'Lunch', kind: 'lunch' }],
    });
    expect(plain(problems)).toEqual([
      {
        code: 'invalid-value',
        field: 'items[0].kind',
        message:
          'Item 1 (“Lunch”) has the kind "lunch", which Placard does not know. Use "item", "break" or "end", or leave it out for an ordinary item.',
      },
    ]);
    expect(agendaItems(agenda)[0]!.kind).toBe('item');
  });

  it('a last item whose end nothing gives', async () => {
    const { agenda, problems } = await parseAgendaJson({
      name: 'Branch meeting',
      start: '2018-02-08T18:30',
      timeZone: 'Europe/London',
      items: [
        { time: '18:30', title: 'Reports' },
        { time: '20:20', title: 'Any other business' },
      ],
    });
    expect(plain(problems)).toEqual([
      {
        code: 'missing-field',
        field: 'end',
        message:
          'Placard cannot tell when item 2 (“Any other business”) ends: it is the last item, it has no duration, and the meeting has no end time. Give the meeting an end time, or give the item a duration, e.g. "duration": 25.',
      },
    ]);
    expect(agenda.meeting.end).toBeUndefined();
    expect(agendaItems(agenda)[1]!.durationMinutes).toBe(0);
  });

  it('problems with attachments: the ones without a usable link are left out', async () => {
    const { agenda, problems } = await parseAgendaJson({
      ...meeting,
      items: [
        {
          time: '18:30',
          title: 'Reports',
          attachments: [
            { title: 'Minutes' },
            { url: 'javascript:alert(1)', title: 'Accounts' },
            { url: 'https://example.org/report.pdf', size: 'big' },
          ],
        },
      ],
    });
    expect(plain(problems)).toEqual([
      {
        code: 'missing-field',
        field: 'items[0].attachments[0].url',
        message:
          'Attachment 1 of item 1 (“Reports”) has no link. Add one, e.g. "url": "https://example.org/papers/minutes.pdf".',
      },
      {
        code: 'invalid-value',
        field: 'items[0].attachments[1].url',
        message:
          'Attachment 2 of item 1 (“Reports”) has a link Placard will not use: "javascript:alert(1)". Links must be web addresses starting with https:// or http://, or mailto: addresses.',
      },
      {
        code: 'invalid-value',
        field: 'items[0].attachments[2].size',
        message:
          'Attachment 3 of item 1 (“Reports”) has a size Placard cannot read: "big". Give the size in bytes, e.g. "size": 250000.',
      },
    ]);
    expect(agendaItems(agenda)[0]!.attachments).toEqual([
      { url: 'https://example.org/report.pdf', title: 'report.pdf' },
    ]);
  });

  it('problems with deadlines: those without a title or readable date are left out', async () => {
    const { agenda, problems } = await parseAgendaJson({
      ...meeting,
      items: [{ time: '18:30', title: 'Business' }],
      deadlines: [
        { due: '2018-02-05' },
        { title: 'Motions' },
        { title: 'Amendments', due: '5th February' },
        { title: 'Questions', due: 20180207 },
        { title: 'Nominations', due: '2018-02-01T12:00' },
      ],
    });
    expect(plain(problems)).toEqual([
      {
        code: 'missing-field',
        field: 'deadlines[0].title',
        message: 'Deadline 1 has no title, so it is not shown. Add one, e.g. "title": "Motions".',
      },
      {
        code: 'missing-field',
        field: 'deadlines[1].due',
        message:
          'Deadline 2 (“Motions”) has no due date, so it is not shown. Add one, e.g. "due": "2018-02-05T17:00".',
      },
      {
        code: 'invalid-date',
        field: 'deadlines[2].due',
        message:
          'Deadline 3 (“Amendments”) has a due date Placard cannot read: "5th February", so it is not shown. Write it as 2018-02-05, or as a date and time such as 2018-02-05T17:00.',
      },
      {
        code: 'invalid-date',
        field: 'deadlines[3].due',
        message:
          'Deadline 4 (“Questions”) has a due date Placard cannot read: the number 20180207, so it is not shown. Write it as 2018-02-05, or as a date and time such as 2018-02-05T17:00.',
      },
    ]);
    expect(agenda.deadlines).toEqual([{ title: 'Nominations', due: at('2018-02-01T12:00:00Z') }]);
  });

  it('names items in sections by their JSON path, and shortens long titles', async () => {
    const long = 'Any Other Business and Delegates Motions (please submit motions before 5th of February)';
    const { problems } = await parseAgendaJson({
      ...meeting,
      sections: [
        { title: 'Part 1', items: [{ time: '18:30', title: 'Apologies' }] },
        { title: 'Part 2', items: [{ title: long }] },
      ],
    });
    expect(plain(problems)).toEqual([
      {
        code: 'missing-field',
        field: 'sections[1].items[0].time',
        message:
          'Item 2 (“Any Other Business and Delegates Motions (please…”) has no time. Give the time it starts, e.g. "time": "19:00".',
      },
    ]);
  });

  it('reports each item’s problems together, in item order, then the deadlines’', async () => {
    const { problems } = await parseAgendaJson({
      ...meeting,
      items: [
        { time: '19:00', title: '', duration: 'soon' },
        { time: '18:45', title: 'Reports' },
      ],
      deadlines: [{ title: 'Motions' }],
    });
    expect(problems.map((problem) => problem.field)).toEqual([
      'items[0].title',
      'items[0].duration',
      'items[1].time',
      'deadlines[0].due',
    ]);
  });
});

describe('problems that leave nothing to show are thrown', () => {
  it('no meeting start', async () => {
    await expectInputError(
      parseAgendaJson({ name: 'Branch meeting', items: [{ time: '19:00', title: 'A' }] }),
      {
        code: 'missing-field',
        field: 'start',
        message:
          'The meeting has no start date or time. Add a "start" property, e.g. "start": "2018-03-15T18:30".',
      },
    );
  });

  it('no meeting name', async () => {
    await expectInputError(
      parseAgendaJson({ start: '2018-02-08T18:30', items: [{ time: '19:00', title: 'A' }] }),
      {
        code: 'missing-field',
        field: 'name',
        message: 'The meeting has no name. Add a "name" property, e.g. "name": "Branch AGM".',
      },
    );
  });

  it('a meeting start without a time of day', async () => {
    await expectInputError(parseAgendaJson({ ...meeting, start: '2018-02-08', end: undefined, items: [] }), {
      code: 'invalid-value',
      field: 'start',
      message:
        'The meeting’s start (2018-02-08) is a date without a time of day, so the agenda’s times have nothing to go by. Give the time the meeting starts, e.g. 2018-02-08T18:30.',
    });
  });

  it('an unknown zone', async () => {
    await expectInputError(
      parseAgendaJson({ ...meeting, timeZone: 'BST', items: [{ time: '19:00', title: 'A' }] }),
      {
        code: 'unknown-time-zone',
        field: 'timeZone',
        message:
          'The timeZone "BST" is not a time zone Placard knows. Abbreviations such as BST or EST can mean different places in different countries. Use an IANA time zone name such as Europe/London or America/New_York.',
      },
    );
  });

  it('no items at all', async () => {
    const noItems = {
      code: 'missing-field' as const,
      field: 'items',
      message:
        'The agenda has no items. Add at least one, e.g. "items": [{"time":"19:00","title":"Attendance and apologies"}].',
    };
    await expectInputError(parseAgendaJson(meeting), noItems);
    await expectInputError(parseAgendaJson({ ...meeting, items: [] }), noItems);
    await expectInputError(
      parseAgendaJson({ ...meeting, sections: [{ title: 'Part 1', items: [] }] }),
      noItems,
    );
  });
});
