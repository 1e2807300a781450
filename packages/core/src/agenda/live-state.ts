/**
 * Where a meeting is at a given moment: not started, on (and at which item),
 * or over; and how long each deadline has left.
 *
 * Items are half-open spans, like events (see `time/phase.ts`): an item from
 * 19:05 to 19:10 is current at 19:05 and over at 19:10, so at the moment one
 * item ends and the next begins, the new one is current. Only instants are
 * compared here, so no calendar arithmetic (and no Temporal) is needed.
 */
import { agendaItems, type Agenda, type AgendaDeadline, type AgendaItem } from '../model/agenda.js';

/** Where the meeting is at one moment. */
export interface AgendaLiveState {
  phase: 'before' | 'live' | 'ended';
  /** While live: the item under way, if any (none in a gap, or before the first item). */
  current?: AgendaItem;
  /** Before and while live: the first item still to start (the closing item too). */
  next?: AgendaItem;
  /** Before: whole minutes until the meeting starts, rounded up (so never 0 before it starts). */
  startsInMinutes?: number;
}

/** A deadline at one moment. */
export interface AgendaDeadlineState extends AgendaDeadline {
  /** True from the due moment on. */
  passed: boolean;
  /** Whole minutes left, rounded up: positive before it passes, 0 or negative after. */
  remainingMinutes: number;
}

type TimedAgendaItem = AgendaItem & { start: Date; end: Date };

const MINUTE = 60_000;

function timedItems(agenda: Agenda): TimedAgendaItem[] {
  return agendaItems(agenda).filter(
    (item): item is TimedAgendaItem => item.start !== undefined && item.end !== undefined,
  );
}

/**
 * When the meeting is over: at its end; without one, when its last item ends
 * (which, when nothing gives that item a length either, is when it starts).
 */
function endOf(agenda: Agenda, items: readonly TimedAgendaItem[]): number {
  if (agenda.meeting.end) return agenda.meeting.end.getTime();
  return Math.max(agenda.meeting.start.getTime(), ...items.map((item) => item.end.getTime()));
}

/** Whole minutes from `now` to `then`, rounded up. */
function minutesUntil(then: Date, now: Date): number {
  // `+ 0` turns the -0 that Math.ceil gives for the last fraction of a minute after into 0.
  return Math.ceil((then.getTime() - now.getTime()) / MINUTE) + 0;
}

/**
 * The meeting's phase at `now`, with the current and next items.
 *
 * The current item is the one whose [start, end) holds `now`; if the source's
 * items overlap, the one that started last. The closing item takes no time, so
 * it is never current. Items without a time are never current or next.
 */
export function agendaLiveState(agenda: Agenda, now: Date): AgendaLiveState {
  const items = timedItems(agenda);
  const time = now.getTime();
  const nextItem = items
    .filter((item) => item.start.getTime() > time)
    .reduce<TimedAgendaItem | undefined>(
      (first, item) => (first === undefined || item.start.getTime() < first.start.getTime() ? item : first),
      undefined,
    );

  if (time < agenda.meeting.start.getTime()) {
    const state: AgendaLiveState = {
      phase: 'before',
      startsInMinutes: minutesUntil(agenda.meeting.start, now),
    };
    if (nextItem) state.next = nextItem;
    return state;
  }
  if (time >= endOf(agenda, items)) return { phase: 'ended' };

  const state: AgendaLiveState = { phase: 'live' };
  const current = items
    .filter((item) => item.start.getTime() <= time && time < item.end.getTime())
    .reduce<TimedAgendaItem | undefined>(
      (latest, item) =>
        latest === undefined || item.start.getTime() >= latest.start.getTime() ? item : latest,
      undefined,
    );
  if (current) state.current = current;
  if (nextItem) state.next = nextItem;
  return state;
}

/** Each deadline at `now`: whether it has passed and how many minutes are left. */
export function deadlineStates(agenda: Agenda, now: Date): AgendaDeadlineState[] {
  return agenda.deadlines.map((deadline) => ({
    ...deadline,
    passed: now.getTime() >= deadline.due.getTime(),
    remainingMinutes: minutesUntil(deadline.due, now),
  }));
}
