import { describe, expect, it } from 'vitest';
import { agendaLiveState, deadlineStates } from '../../src/agenda/live-state.js';
import { formatDuration, formatRelative } from '../../src/agenda/format-minutes.js';
import type { Agenda } from '../../src/model/agenda.js';
import { parseAgendaJson } from '../../src/sources/agenda-json.js';
import { acrossMidnightAgenda, at, barnetAgendaJson, springForwardAgenda } from './agenda-fixtures.js';

const { agenda: barnet } = await parseAgendaJson(barnetAgendaJson);

/** The state at `now` as `[phase, current item's number, next item's number, startsInMinutes]`. */
function state(agenda: Agenda, now: string) {
  const live = agendaLiveState(agenda, at(now));
  return [live.phase, live.current?.number, live.next?.number, live.startsInMinutes];
}

describe('agendaLiveState: the sample meeting (18:30–20:30 GMT)', () => {
  it.each([
    ['the day before', '2018-02-07T19:00:00Z', 'before', undefined, 1, 1410],
    ['two hours before', '2018-02-08T16:30:00Z', 'before', undefined, 1, 120],
    ['half a minute before', '2018-02-08T18:29:30Z', 'before', undefined, 1, 1],
    ['at the start, before the first item', '2018-02-08T18:30:00Z', 'live', undefined, 1, undefined],
    ['just before the first item', '2018-02-08T18:59:59.999Z', 'live', undefined, 1, undefined],
    ['at item 1', '2018-02-08T19:00:00Z', 'live', 1, 2, undefined],
    ['at item 2', '2018-02-08T19:05:00Z', 'live', 2, 3, undefined],
    ['at item 3', '2018-02-08T19:10:00Z', 'live', 3, 4, undefined],
    ['at item 4', '2018-02-08T19:30:00Z', 'live', 4, 5, undefined],
    ['during item 4', '2018-02-08T19:45:00Z', 'live', 4, 5, undefined],
    ['at item 5', '2018-02-08T20:00:00Z', 'live', 5, 6, undefined],
    ['at item 6', '2018-02-08T20:20:00Z', 'live', 6, 7, undefined],
    ['the last moment of item 6', '2018-02-08T20:29:59.999Z', 'live', 6, 7, undefined],
    ['at “Meeting Ends”', '2018-02-08T20:30:00Z', 'ended', undefined, undefined, undefined],
    ['the next morning', '2018-02-09T09:00:00Z', 'ended', undefined, undefined, undefined],
  ])('%s', (_when, now, phase, current, next, startsIn) => {
    expect(state(barnet, now)).toEqual([phase, current, next, startsIn]);
  });

  it('gives the items themselves', () => {
    const live = agendaLiveState(barnet, at('2018-02-08T19:15:00Z'));
    expect(live.current?.title).toBe('Guest speaker from CWU');
    expect(live.next?.title).toBe('Plan for the coming year');
  });
});

describe('agendaLiveState: gaps, breaks, overlaps and untimed items', () => {
  it('has no current item in a gap, and a break can be current', async () => {
    const { agenda } = await parseAgendaJson({
      name: 'Branch meeting',
      start: '2018-02-08T18:30',
      end: '2018-02-08T20:30',
      timeZone: 'Europe/London',
      items: [
        { time: '18:30', title: 'Reports', duration: 20 },
        { time: '19:00', title: 'Tea', kind: 'break' },
        { title: 'Untimed' },
        { time: '19:15', title: 'Motions' },
      ],
    });
    expect(state(agenda, '2018-02-08T18:55:00Z')).toEqual(['live', undefined, 2, undefined]);
    expect(agendaLiveState(agenda, at('2018-02-08T19:05:00Z')).current?.kind).toBe('break');
    expect(state(agenda, '2018-02-08T20:29:00Z')).toEqual(['live', 4, undefined, undefined]);
  });

  it('takes the item that started last when items overlap', async () => {
    const { agenda } = await parseAgendaJson({
      name: 'Branch meeting',
      start: '2018-02-08T18:30',
      end: '2018-02-08T20:30',
      timeZone: 'Europe/London',
      items: [
        { time: '18:30', title: 'Long report', duration: 60 },
        { time: '19:00', title: 'Speaker' },
      ],
    });
    expect(state(agenda, '2018-02-08T19:10:00Z')).toEqual(['live', 2, undefined, undefined]);
  });

  it('ends a meeting without an end when its last item starts, when nothing gives that item a length', async () => {
    const { agenda } = await parseAgendaJson({
      name: 'Branch meeting',
      start: '2018-02-08T18:30',
      timeZone: 'Europe/London',
      items: [
        { time: '18:30', title: 'Reports' },
        { time: '20:00', title: 'Any other business' },
      ],
    });
    expect(state(agenda, '2018-02-08T19:59:00Z')).toEqual(['live', 1, 2, undefined]);
    expect(state(agenda, '2018-02-08T20:00:00Z')).toEqual(['ended', undefined, undefined, undefined]);
  });
});

describe('agendaLiveState: across midnight (23:00–01:00)', () => {
  it('follows the items into the next day', async () => {
    const { agenda } = await parseAgendaJson(acrossMidnightAgenda);
    expect(state(agenda, '2026-01-16T22:00:00Z')).toEqual(['before', undefined, 1, 60]);
    expect(state(agenda, '2026-01-16T23:59:59Z')).toEqual(['live', 2, 3, undefined]);
    expect(state(agenda, '2026-01-17T00:00:00Z')).toEqual(['live', 2, 3, undefined]);
    expect(state(agenda, '2026-01-17T00:15:00Z')).toEqual(['live', 3, 4, undefined]);
    expect(state(agenda, '2026-01-17T01:00:00Z')).toEqual(['ended', undefined, undefined, undefined]);
  });
});

describe('agendaLiveState: across the change to BST (29 March 2026, 00:30 GMT–03:30 BST)', () => {
  it('changes item at 02:00 BST, ten real minutes after the 00:50 GMT item began', async () => {
    const { agenda } = await parseAgendaJson(springForwardAgenda);
    expect(state(agenda, '2026-03-29T00:59:59Z')).toEqual(['live', 2, 3, undefined]);
    expect(state(agenda, '2026-03-29T01:00:00Z')).toEqual(['live', 3, 4, undefined]);
    expect(state(agenda, '2026-03-29T02:29:59Z')).toEqual(['live', 4, 5, undefined]);
    expect(state(agenda, '2026-03-29T02:30:00Z')).toEqual(['ended', undefined, undefined, undefined]);
    expect(agendaLiveState(agenda, at('2026-03-29T00:00:00Z')).startsInMinutes).toBe(30);
  });
});

describe('deadlineStates', () => {
  it('counts down to each deadline and marks passed ones', async () => {
    const { agenda } = await parseAgendaJson({
      ...barnetAgendaJson,
      deadlines: [...barnetAgendaJson.deadlines!, { title: 'Amendments', due: '2018-02-07' }],
    });
    const states = (now: string) =>
      deadlineStates(agenda, at(now)).map((deadline) => [
        deadline.title,
        deadline.passed,
        deadline.remainingMinutes,
      ]);
    expect(states('2018-02-04T17:00:00Z')).toEqual([
      ['Delegates’ motions', false, 420],
      ['Amendments', false, 4740],
    ]);
    expect(states('2018-02-04T23:59:30Z')).toEqual([
      ['Delegates’ motions', false, 1],
      ['Amendments', false, 4321],
    ]);
    expect(states('2018-02-05T00:00:00Z')).toEqual([
      ['Delegates’ motions', true, 0],
      ['Amendments', false, 4320],
    ]);
    expect(states('2018-02-08T18:30:00Z')).toEqual([
      ['Delegates’ motions', true, -5430],
      ['Amendments', true, -1110],
    ]);
  });

  it('keeps each deadline’s own fields', async () => {
    const { agenda } = await parseAgendaJson(barnetAgendaJson);
    expect(deadlineStates(agenda, at('2018-02-01T00:00:00Z'))).toEqual([
      { title: 'Delegates’ motions', due: at('2018-02-05T00:00:00Z'), passed: false, remainingMinutes: 5760 },
    ]);
  });
});

describe('formatDuration', () => {
  it.each([
    [25, 'en-GB', '25 mins'],
    [1, 'en-GB', '1 min'],
    [0, 'en-GB', '0 mins'],
    [60, 'en-GB', '1 hr'],
    [65, 'en-GB', '1 hr 5 mins'],
    [120, 'en-GB', '2 hrs'],
    [24.6, 'en-GB', '25 mins'],
    [25, 'en-US', '25 min'],
    [65, 'en-US', '1 hr 5 min'],
    [25, 'cy', '25 mun'],
    [65, 'cy', '1 awr 5 mun'],
  ])('%d minutes in %s: %s', (minutes, locale, text) => {
    expect(formatDuration(minutes, locale)).toBe(text);
  });

  it('writes units out in full for screen readers', () => {
    expect(formatDuration(65, 'en-GB', 'long')).toBe('1 hour 5 minutes');
    expect(formatDuration(1, 'en-GB', 'long')).toBe('1 minute');
  });
});

describe('formatRelative', () => {
  it.each([
    [120, 'en-GB', 'in 2 hours'],
    [25, 'en-GB', 'in 25 minutes'],
    [1, 'en-GB', 'in 1 minute'],
    [0, 'en-GB', 'in 0 minutes'],
    [59.6, 'en-GB', 'in 1 hour'],
    [90, 'en-GB', 'in 2 hours'],
    [2879, 'en-GB', 'in 2 days'],
    [2820, 'en-GB', 'in 47 hours'],
    [-5, 'en-GB', '5 minutes ago'],
    [-5430, 'en-GB', '4 days ago'],
    [120, 'cy', 'ymhen 2 awr'],
  ])('%d minutes in %s: %s', (minutes, locale, text) => {
    expect(formatRelative(minutes, locale)).toBe(text);
  });

  it('says when the sample meeting starts, two hours before', () => {
    const { startsInMinutes } = agendaLiveState(barnet, at('2018-02-08T16:30:00Z'));
    expect(formatRelative(startsInMinutes!, 'en-GB')).toBe('in 2 hours');
  });
});
