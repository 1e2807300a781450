import { describe, expect, it } from 'vitest';
import { agendaItems } from '../../src/model/agenda.js';
import { parseAgendaJson } from '../../src/sources/agenda-json.js';
import { acrossMidnightAgenda, at, barnetAgendaJson, springForwardAgenda } from './agenda-fixtures.js';

const meeting = {
  name: 'Branch meeting',
  start: '2018-02-08T18:30',
  end: '2018-02-08T20:30',
  timeZone: 'Europe/London',
};

/** Items of a parsed agenda as `[number, kind, title, start (ISO), minutes]`. */
async function rows(json: unknown) {
  const { agenda, problems } = await parseAgendaJson(json);
  expect(problems.map((problem) => problem.message)).toEqual([]);
  return agendaItems(agenda).map((item) => [
    item.number,
    item.kind,
    item.title,
    item.start?.toISOString(),
    item.durationMinutes,
  ]);
}

describe('the sample agenda: Barnet Alliance for Public Services, 8 February 2018', () => {
  it('reads the meeting, seven items, and the motions deadline, with no problems', async () => {
    const { agenda, problems } = await parseAgendaJson(barnetAgendaJson);
    expect(problems).toEqual([]);
    expect(agenda.meeting).toEqual({
      name: 'Meeting of Barnet Alliance for Public Services',
      status: 'scheduled',
      speakers: [],
      supporters: [],
      tags: [],
      venue: { name: 'Greek Cypriot Brotherhood', address: 'Finchley' },
      allDay: false,
      start: at('2018-02-08T18:30:00Z'),
      end: at('2018-02-08T20:30:00Z'),
      timeZone: 'Europe/London',
    });
    expect(agenda.sections).toHaveLength(1);
    expect(agenda.sections[0]!.title).toBeUndefined();
    expect(agenda.deadlines).toEqual([{ title: 'Delegates’ motions', due: at('2018-02-05T00:00:00Z') }]);
  });

  it('numbers the items 1 to 7, times them in London (GMT), and takes each length from the next start', async () => {
    const { agenda } = await parseAgendaJson(barnetAgendaJson);
    expect(agendaItems(agenda)).toEqual([
      {
        number: 1,
        kind: 'item',
        title: 'Attendance and apologies',
        start: at('2018-02-08T19:00:00Z'),
        end: at('2018-02-08T19:05:00Z'),
        durationMinutes: 5,
        attachments: [],
      },
      {
        number: 2,
        kind: 'item',
        title: 'Review minutes of previous meeting and matters arising from the minutes',
        start: at('2018-02-08T19:05:00Z'),
        end: at('2018-02-08T19:10:00Z'),
        durationMinutes: 5,
        attachments: [],
      },
      {
        number: 3,
        kind: 'item',
        title: 'Guest speaker from CWU',
        start: at('2018-02-08T19:10:00Z'),
        end: at('2018-02-08T19:30:00Z'),
        durationMinutes: 20,
        attachments: [],
      },
      {
        number: 4,
        kind: 'item',
        title: 'Plan for the coming year',
        start: at('2018-02-08T19:30:00Z'),
        end: at('2018-02-08T20:00:00Z'),
        durationMinutes: 30,
        attachments: [],
      },
      {
        number: 5,
        kind: 'item',
        title: 'Any other industrial reports',
        start: at('2018-02-08T20:00:00Z'),
        end: at('2018-02-08T20:20:00Z'),
        durationMinutes: 20,
        attachments: [],
      },
      {
        number: 6,
        kind: 'item',
        title: 'Any Other Business and Delegates Motions',
        notes: 'Please submit motions before 5th of February.',
        start: at('2018-02-08T20:20:00Z'),
        end: at('2018-02-08T20:30:00Z'),
        durationMinutes: 10,
        attachments: [],
      },
      {
        number: 7,
        kind: 'end',
        title: 'Meeting Ends',
        start: at('2018-02-08T20:30:00Z'),
        end: at('2018-02-08T20:30:00Z'),
        durationMinutes: 0,
        attachments: [],
      },
    ]);
  });

  it('reads the times as the branch printed them, with seconds', async () => {
    const printed = {
      ...barnetAgendaJson,
      items: barnetAgendaJson.items!.map((item) => ({ ...item, time: `${item.time}:00` })),
    };
    expect(await rows(printed)).toEqual(await rows(barnetAgendaJson));
  });
});

describe('durations', () => {
  it('prefers an item’s own duration, in minutes or ISO 8601, and leaves a gap after it', async () => {
    expect(
      await rows({
        ...meeting,
        items: [
          { time: '18:30', title: 'Welcome', duration: 5 },
          { time: '18:40', title: 'Reports', duration: 'PT25M' },
          { time: '19:05', title: 'Speaker', duration: 'pt1h5m' },
          { time: '20:10', title: 'Questions', duration: '15' },
          { time: '20:25', title: 'Close' },
        ],
      }),
    ).toEqual([
      [1, 'item', 'Welcome', '2018-02-08T18:30:00.000Z', 5],
      [2, 'item', 'Reports', '2018-02-08T18:40:00.000Z', 25],
      [3, 'item', 'Speaker', '2018-02-08T19:05:00.000Z', 65],
      [4, 'item', 'Questions', '2018-02-08T20:10:00.000Z', 15],
      // The last item runs to the meeting's end.
      [5, 'item', 'Close', '2018-02-08T20:25:00.000Z', 5],
    ]);
  });

  it('keeps an own duration of 0, and the duration of an item without a time', async () => {
    const { agenda } = await parseAgendaJson({
      ...meeting,
      items: [
        { time: '18:30', title: 'Photo', duration: 0 },
        { title: 'Minute’s silence', duration: 1 },
        { time: '18:35', title: 'Business' },
      ],
    });
    const [photo, silence] = agendaItems(agenda);
    expect(photo).toMatchObject({ durationMinutes: 0, end: at('2018-02-08T18:30:00Z') });
    expect(silence).toEqual({
      number: 2,
      kind: 'item',
      title: 'Minute’s silence',
      durationMinutes: 1,
      attachments: [],
    });
  });

  it('takes a full date-time for an item, with or without an offset', async () => {
    expect(
      await rows({
        ...meeting,
        items: [
          { time: '2018-02-08T18:30', title: 'Welcome' },
          { time: '2018-02-08T18:45:00Z', title: 'Reports' },
          { time: '2018-02-08T20:00+00:00', title: 'Close' },
        ],
      }),
    ).toEqual([
      [1, 'item', 'Welcome', '2018-02-08T18:30:00.000Z', 15],
      [2, 'item', 'Reports', '2018-02-08T18:45:00.000Z', 75],
      [3, 'item', 'Close', '2018-02-08T20:00:00.000Z', 30],
    ]);
  });

  it('numbers breaks like any item', async () => {
    expect(
      await rows({
        ...meeting,
        items: [
          { time: '18:30', title: 'Reports' },
          { time: '19:30', title: 'Tea', kind: 'break' },
          { time: '19:45', title: 'Motions' },
          { time: '20:30', title: 'Close', kind: 'end' },
        ],
      }),
    ).toEqual([
      [1, 'item', 'Reports', '2018-02-08T18:30:00.000Z', 60],
      [2, 'break', 'Tea', '2018-02-08T19:30:00.000Z', 15],
      [3, 'item', 'Motions', '2018-02-08T19:45:00.000Z', 45],
      [4, 'end', 'Close', '2018-02-08T20:30:00.000Z', 0],
    ]);
  });
});

describe('the closing item', () => {
  it('is only guessed for a last item at the meeting’s end without a kind or length of its own', async () => {
    const last = async (extra: Record<string, unknown>, end = meeting.end) => {
      const { agenda } = await parseAgendaJson({
        ...meeting,
        end,
        items: [
          { time: '18:30', title: 'Business' },
          { time: '20:30', title: 'Close', ...extra },
        ],
      });
      return agendaItems(agenda)[1]!.kind;
    };
    expect(await last({})).toBe('end');
    expect(await last({ kind: 'item' })).toBe('item');
    expect(await last({ kind: 'break' })).toBe('break');
    expect(await last({}, '2018-02-08T21:00')).toBe('item');
  });

  it('gives a meeting without an end the closing item’s time as its end', async () => {
    const { agenda, problems } = await parseAgendaJson({
      name: 'Branch meeting',
      start: '2018-02-08T18:30',
      timeZone: 'Europe/London',
      items: [
        { time: '18:30', title: 'Business' },
        { time: '20:15', title: 'Meeting Ends', kind: 'end' },
      ],
    });
    expect(problems).toEqual([]);
    expect(agenda.meeting.end).toEqual(at('2018-02-08T20:15:00Z'));
    expect(agendaItems(agenda)[0]!.durationMinutes).toBe(105);
  });

  it('gives a meeting without an end the end of a last item with a duration', async () => {
    const { agenda, problems } = await parseAgendaJson({
      name: 'Branch meeting',
      start: '2018-02-08T18:30',
      timeZone: 'Europe/London',
      items: [
        { time: '18:30', title: 'Business' },
        { time: '19:40', title: 'Social', duration: 'PT1H' },
      ],
    });
    expect(problems).toEqual([]);
    expect(agenda.meeting.end).toEqual(at('2018-02-08T20:40:00Z'));
  });
});

describe('sections', () => {
  it('keeps headings, numbers items across them, and times items across them', async () => {
    const { agenda, problems } = await parseAgendaJson({
      ...meeting,
      sections: [
        {
          title: 'Part 1: Branch business',
          items: [
            { time: '18:30', title: 'Apologies' },
            { time: '18:40', title: 'Minutes' },
          ],
        },
        { title: '  Part 2:   Campaigns ', items: [{ time: '19:00', title: 'Pay ballot' }] },
        { items: [{ time: '20:30', title: 'Close' }] },
      ],
    });
    expect(problems).toEqual([]);
    expect(
      agenda.sections.map((section) => [
        section.title,
        section.items.map((item) => [item.number, item.title, item.durationMinutes]),
      ]),
    ).toEqual([
      [
        'Part 1: Branch business',
        [
          [1, 'Apologies', 10],
          [2, 'Minutes', 20],
        ],
      ],
      ['Part 2: Campaigns', [[3, 'Pay ballot', 90]]],
      [undefined, [[4, 'Close', 0]]],
    ]);
    expect(agenda.sections[2]!.items[0]!.kind).toBe('end');
  });

  it('keeps an empty section for its heading', async () => {
    const { agenda } = await parseAgendaJson({
      ...meeting,
      sections: [
        { title: 'Part 1', items: [{ time: '18:30', title: 'Apologies' }] },
        { title: 'Part 2: to be confirmed', items: [] },
      ],
    });
    expect(agenda.sections[1]).toEqual({ title: 'Part 2: to be confirmed', items: [] });
  });
});

describe('presenters, notes and attachments', () => {
  it('cleans text, keeps notes’ paragraphs, and reads papers with type and size', async () => {
    const { agenda, problems } = await parseAgendaJson(
      {
        ...meeting,
        items: [
          {
            time: '18:30',
            title: '  Treasurer’s   report ',
            presenter: ' Jo Bloggs\n(Treasurer) ',
            notes: 'Accounts attached.\r\n\r\n\r\nQuestions <b>welcome</b>.',
            attachments: [
              { url: 'papers/accounts-2017.pdf', title: 'Accounts 2017', type: 'PDF', size: 250000 },
              { url: 'https://example.org/papers/budget%202018.xlsx', size: '1.2 MB' },
              { url: 'https://example.org/papers/', type: 'Web page', size: '240 KB' },
              { url: 'mailto:secretary@example.org', title: 'Ask the secretary', size: '512 bytes' },
            ],
          },
        ],
      },
      { baseUrl: 'https://branch.example/agenda/' },
    );
    expect(problems).toEqual([]);
    expect(agendaItems(agenda)[0]).toMatchObject({
      title: 'Treasurer’s report',
      presenter: 'Jo Bloggs (Treasurer)',
      notes: 'Accounts attached.\n\nQuestions <b>welcome</b>.',
      attachments: [
        {
          url: 'https://branch.example/agenda/papers/accounts-2017.pdf',
          title: 'Accounts 2017',
          type: 'PDF',
          sizeBytes: 250000,
        },
        {
          url: 'https://example.org/papers/budget%202018.xlsx',
          title: 'budget 2018.xlsx',
          sizeBytes: 1200000,
        },
        { url: 'https://example.org/papers/', title: 'papers', type: 'Web page', sizeBytes: 240000 },
        { url: 'mailto:secretary@example.org', title: 'Ask the secretary', sizeBytes: 512 },
      ],
    });
  });
});

describe('deadlines', () => {
  it('reads date-times in the meeting’s zone, and a date as the end of that day', async () => {
    const { agenda, problems } = await parseAgendaJson(
      {
        ...meeting,
        start: '2026-06-18T18:30',
        end: '2026-06-18T20:30',
        items: [{ time: '18:30', title: 'Business' }],
        deadlines: [
          { title: 'Motions', due: '2026-06-04T17:00', url: '/motions' },
          { title: 'Amendments', due: '2026-06-11' },
          { title: 'Questions', due: '2026-06-15T09:00Z', url: 'javascript:alert(1)' },
        ],
      },
      { baseUrl: 'https://branch.example/' },
    );
    expect(problems).toEqual([]);
    expect(agenda.deadlines).toEqual([
      // 17:00 BST is 16:00 UTC.
      { title: 'Motions', due: at('2026-06-04T16:00:00Z'), url: 'https://branch.example/motions' },
      // The end of 11 June in London is midnight BST, 23:00 UTC.
      { title: 'Amendments', due: at('2026-06-11T23:00:00Z'), date: '2026-06-11' },
      { title: 'Questions', due: at('2026-06-15T09:00:00Z') },
    ]);
  });
});

describe('a meeting across midnight (23:00–01:00)', () => {
  const lateMeeting = acrossMidnightAgenda;

  it('puts times after midnight on the next day', async () => {
    expect(await rows(lateMeeting)).toEqual([
      [1, 'item', 'Welcome', '2026-01-16T23:00:00.000Z', 30],
      [2, 'item', 'Rota dispute', '2026-01-16T23:30:00.000Z', 45],
      [3, 'item', 'Any other business', '2026-01-17T00:15:00.000Z', 45],
      [4, 'end', 'Close', '2026-01-17T01:00:00.000Z', 0],
    ]);
  });

  it('does not move a time that fits on neither day', async () => {
    const { agenda } = await parseAgendaJson({
      ...lateMeeting,
      items: [{ time: '22:30', title: 'Early' }, ...lateMeeting.items],
    });
    expect(agendaItems(agenda)[0]!.start).toEqual(at('2026-01-16T22:30:00Z'));
  });

  it('does not take a meeting without an end past midnight', async () => {
    const { agenda } = await parseAgendaJson({
      ...lateMeeting,
      end: undefined,
      items: [
        { time: '23:00', title: 'Welcome', duration: 30 },
        { time: '00:15', title: 'Later' },
      ],
    });
    expect(agendaItems(agenda)[1]!.start).toEqual(at('2026-01-16T00:15:00Z'));
  });
});

describe('a meeting across the change to British Summer Time (29 March 2026, 00:30–03:30)', () => {
  const springForward = springForwardAgenda;

  it('measures lengths in real minutes: 00:50 GMT to 02:00 BST is 10 minutes', async () => {
    const { agenda } = await parseAgendaJson(springForward);
    expect(agenda.meeting.start).toEqual(at('2026-03-29T00:30:00Z'));
    expect(agenda.meeting.end).toEqual(at('2026-03-29T02:30:00Z'));
    expect(await rows(springForward)).toEqual([
      [1, 'item', 'Welcome', '2026-03-29T00:30:00.000Z', 20],
      [2, 'item', 'Picket rota', '2026-03-29T00:50:00.000Z', 10],
      [3, 'item', 'Reports from sites', '2026-03-29T01:00:00.000Z', 60],
      [4, 'item', 'Any other business', '2026-03-29T02:00:00.000Z', 30],
      [5, 'end', 'Close', '2026-03-29T02:30:00.000Z', 0],
    ]);
  });

  it('moves a time the clocks skip forward by the gap, as calendars do', async () => {
    const { agenda } = await parseAgendaJson({
      ...springForward,
      items: [
        { time: '00:30', title: 'Welcome' },
        { time: '01:30', title: 'Skipped' },
      ],
    });
    // 01:30 does not happen in London that night; it is read as 02:30 BST.
    expect(agendaItems(agenda)[1]!.start).toEqual(at('2026-03-29T01:30:00Z'));
  });
});

describe('the meeting’s zone', () => {
  it('uses the element’s default zone when the JSON names none', async () => {
    const json = {
      name: 'Branch meeting',
      start: '2018-07-05T18:30',
      items: [{ time: '19:00', title: 'Business' }],
    };
    const { agenda } = await parseAgendaJson(json, { defaultTimeZone: 'America/New_York' });
    expect(agenda.meeting.timeZone).toBe('America/New_York');
    expect(agendaItems(agenda)[0]!.start).toEqual(at('2018-07-05T23:00:00Z'));
  });
});
