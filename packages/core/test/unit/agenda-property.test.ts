import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agendaItems } from '../../src/model/agenda.js';
import { parseAgendaJson } from '../../src/sources/agenda-json.js';

const meeting = {
  name: 'Branch meeting',
  start: '2018-02-08T18:30',
  end: '2018-02-08T20:30',
  timeZone: 'Europe/London',
};

/** Minutes after 18:30 as the time of day an agenda prints. */
const clock = (offset: number): string => {
  const minutes = 18 * 60 + 30 + offset;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

/** Distinct item times within the meeting, in some order. */
const shuffledTimes = fc
  .uniqueArray(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 12 })
  .chain((times) => fc.shuffledSubarray(times, { minLength: times.length, maxLength: times.length }));

const itemsAt = (offsets: readonly number[]) =>
  offsets.map((offset, i) => ({ time: clock(offset), title: `Item at ${clock(offset)} (${i})` }));

describe('agenda properties', () => {
  it('a shuffled valid agenda is reported out of order exactly where a time goes back, and shown in full', async () => {
    await fc.assert(
      fc.asyncProperty(shuffledTimes, async (offsets) => {
        const { agenda, problems } = await parseAgendaJson({ ...meeting, items: itemsAt(offsets) });
        const backwards = offsets.filter((offset, i) => i > 0 && offset < offsets[i - 1]!).length;
        const sorted = backwards === 0;
        expect(problems.every((problem) => problem.message.endsWith('Put the items in time order.'))).toBe(
          true,
        );
        expect(problems).toHaveLength(backwards);
        expect(problems.length === 0).toBe(sorted);
        // Every item is still shown, numbered in the order given.
        expect(agendaItems(agenda).map((item) => [item.number, item.start?.getTime()])).toEqual(
          offsets.map((offset, i) => [i + 1, Date.UTC(2018, 1, 8, 18, 30 + offset)]),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('the items of a sorted agenda follow one another without gaps up to the meeting’s end', async () => {
    await fc.assert(
      fc.asyncProperty(shuffledTimes, async (offsets) => {
        const sorted = [...offsets].sort((a, b) => a - b);
        const { agenda } = await parseAgendaJson({ ...meeting, items: itemsAt(sorted) });
        const items = agendaItems(agenda);
        items.forEach((item, i) => {
          const next = items[i + 1];
          expect(item.end).toEqual(next ? next.start : agenda.meeting.end);
          expect(item.durationMinutes).toBe((item.end!.getTime() - item.start!.getTime()) / 60_000);
        });
        const total = items.reduce((sum, item) => sum + item.durationMinutes!, 0);
        expect(total).toBe(120 - sorted[0]!);
      }),
      { numRuns: 100 },
    );
  });
});
