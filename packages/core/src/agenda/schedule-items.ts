/**
 * Fitting the items together: when each one ends, which line closes the
 * meeting, and what is out of order, overlapping or outside the meeting.
 *
 * Items stay in the order the source lists them, even when their times are
 * out of order: the numbers are the webmaster's, and the message tells them
 * what to move.
 */
import type { AgendaItem, AgendaMeeting } from '../model/agenda.js';
import type { AgendaVocabulary } from './agenda-input.js';
import { agendaMessages } from './agenda-messages.js';
import type { ReadItem } from './read-item.js';

type TimedItem = ReadItem & { start: Date };

const MINUTE = 60_000;

function isTimed(item: ReadItem): item is TimedItem {
  return item.start !== undefined;
}

/**
 * The last line of the list is the closing item ("Meeting Ends" at 20:30) when
 * the source did not say what it is, gave it no length, and it is at the
 * meeting's end. It then takes no time and is never the current item.
 */
function markClosingItem(items: readonly ReadItem[], meeting: AgendaMeeting): void {
  const last = items[items.length - 1];
  if (!last?.start || last.kindGiven || last.ownEnd || !meeting.end) return;
  if (last.start.getTime() === meeting.end.getTime()) last.kind = 'end';
}

/**
 * A meeting whose source gave no end ends where its agenda says: at the
 * closing item, or at the end of a last item whose length is known.
 */
function deriveMeetingEnd(timed: readonly TimedItem[], meeting: AgendaMeeting): void {
  if (meeting.end) return;
  const last = timed[timed.length - 1];
  if (last?.kind === 'end') meeting.end = last.start;
  else if (last?.ownEnd) meeting.end = last.ownEnd;
}

/**
 * When an item ends: its own length; else the next timed item's start; for the
 * last one, the meeting's end. When the next item is listed out of order
 * (earlier), or nothing says, the item is given no length rather than a
 * guessed one.
 */
function endOf(item: TimedItem, next: TimedItem | undefined, meeting: AgendaMeeting): Date {
  if (item.kind === 'end') return item.start;
  if (item.ownEnd) return item.ownEnd;
  if (next) return next.start.getTime() >= item.start.getTime() ? next.start : item.start;
  if (meeting.end && meeting.end.getTime() >= item.start.getTime()) return meeting.end;
  return item.start;
}

/** Reports how a timed item sits against its neighbours and the meeting. */
function checkItem(
  item: TimedItem & { end: Date },
  previous: TimedItem | undefined,
  next: TimedItem | undefined,
  meeting: AgendaMeeting,
  vocabulary: AgendaVocabulary,
): void {
  const timeField = vocabulary.item(item.position, 'time');
  const lengthField = vocabulary.item(item.position, item.lengthField ?? 'duration');
  const start = item.start.getTime();
  const { end } = meeting;
  if (previous && start < previous.start.getTime())
    item.problems.push(agendaMessages.outOfOrder(item, previous, meeting, timeField));
  if (start < meeting.start.getTime())
    item.problems.push(agendaMessages.beforeMeeting(item, meeting, timeField));
  if (end && start > end.getTime())
    item.problems.push(agendaMessages.afterMeeting(item, { ...meeting, end }, timeField));
  if (!item.ownEnd) return;
  if (next && next.start.getTime() >= start && item.end.getTime() > next.start.getTime())
    item.problems.push(agendaMessages.overlaps(item, next, meeting, lengthField));
  if (end && start <= end.getTime() && item.end.getTime() > end.getTime())
    item.problems.push(agendaMessages.runsPastMeeting(item, { ...meeting, end }, lengthField));
}

/**
 * Each item with its end and length worked out, in the source's order. Adds
 * the problems found to each item's `problems`, and may set `meeting.end`.
 */
export function scheduleItems(
  items: readonly ReadItem[],
  meeting: AgendaMeeting,
  vocabulary: AgendaVocabulary,
): AgendaItem[] {
  markClosingItem(items, meeting);
  const timed = items.filter(isTimed);
  deriveMeetingEnd(timed, meeting);

  const ends = new Map<ReadItem, Date>();
  timed.forEach((item, i) => {
    const next = timed[i + 1];
    const end = endOf(item, next, meeting);
    ends.set(item, end);
    checkItem({ ...item, end }, timed[i - 1], next, meeting, vocabulary);
    if (!next && item.kind !== 'end' && !item.ownEnd && !meeting.end)
      item.problems.push(agendaMessages.unknownLength(item, vocabulary, vocabulary.meeting.field('end')));
  });

  return items.map((item) => {
    const shown: AgendaItem = {
      number: item.number,
      kind: item.kind,
      title: item.title,
      attachments: item.attachments,
    };
    const end = ends.get(item);
    if (item.start && end) {
      shown.start = item.start;
      shown.end = end;
      shown.durationMinutes = (end.getTime() - item.start.getTime()) / MINUTE;
    } else if (item.ownMinutes !== undefined) {
      shown.durationMinutes = item.ownMinutes;
    }
    if (item.presenter !== undefined) shown.presenter = item.presenter;
    if (item.notes !== undefined) shown.notes = item.notes;
    return shown;
  });
}
