/**
 * Choosing the one event a card shows from a document that holds several:
 * by id when the element names one, else the next event that has not ended.
 */
import type { PlacardEvent } from '../model/event.js';
import { PlacardInputError } from '../model/errors.js';
import { isPast } from '../time/phase.js';

/** One event in a document, not yet parsed. */
export interface EventCandidate {
  /** The id as the document gives it (JSON `id`, JSON-LD `@id`/`identifier`), if any. */
  id: string | undefined;
  parse(): Promise<PlacardEvent>;
}

/** How to choose, and how to word "nothing there". */
export interface SelectOptions {
  /** The wanted event's id (the element's `event-id` attribute). */
  eventId?: string | undefined;
  /** "Now", for choosing the next event; the current time by default. */
  now?: Date | undefined;
  /** The message when the document holds no events at all. */
  emptyMessage: string;
}

/** Whether an event is not over at `now` (see `isPast` in time/phase). */
export function isUpcoming(event: PlacardEvent, now: Date): boolean {
  return !isPast(event, now);
}

/** A sort key for an event's start; all-day events count from midnight UTC of their first day, close enough to order a list. */
export function startKey(event: PlacardEvent): number {
  return event.allDay ? Date.parse(`${event.startDate}T00:00:00Z`) : event.start.getTime();
}

function notFound(eventId: string, ids: string[]): never {
  const known = [...new Set(ids)];
  const message =
    known.length === 0
      ? `There is no event with the id "${eventId}": the events here have no ids. Give each event an id, or remove the event-id attribute.`
      : `There is no event with the id "${eventId}". The ids here are: ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''}. Check the event-id attribute.`;
  throw new PlacardInputError('not-found', message, 'event-id');
}

/**
 * Parses and returns the event to show. With `eventId`, only the matching event
 * is parsed (a broken neighbour does not stop it). Without, a lone event is
 * returned as it is; from several, all are parsed (the first problem is thrown,
 * so a broken event is never silently skipped) and the one that starts first
 * among those not yet over is returned, or the latest one when all are over.
 *
 * @throws PlacardInputError `not-found` when the document has no events or none with `eventId`.
 */
export async function selectEvent(
  candidates: readonly EventCandidate[],
  options: SelectOptions,
): Promise<PlacardEvent> {
  const eventId = options.eventId?.trim();
  if (eventId) {
    const match = candidates.find((candidate) => candidate.id === eventId);
    if (!match)
      notFound(
        eventId,
        candidates.flatMap((candidate) => (candidate.id ? [candidate.id] : [])),
      );
    return match.parse();
  }
  if (candidates.length === 0) throw new PlacardInputError('not-found', options.emptyMessage);
  if (candidates.length === 1) return candidates[0]!.parse();
  const events: PlacardEvent[] = [];
  for (const candidate of candidates) events.push(await candidate.parse());
  const now = options.now ?? new Date();
  const byStart = events.slice().sort((a, b) => startKey(a) - startKey(b));
  return byStart.find((event) => isUpcoming(event, now)) ?? byStart[byStart.length - 1]!;
}
