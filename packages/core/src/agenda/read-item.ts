/**
 * Reading one agenda item's own fields: what it is called, when it starts, how
 * long it says it lasts, who presents it, its notes and papers. How it fits
 * with the other items is worked out afterwards (`schedule-items.ts`).
 */
import { AGENDA_ITEM_KINDS, type AgendaAttachment, type AgendaItemKind } from '../model/agenda.js';
import type { PlacardInputError } from '../model/errors.js';
import { cleanLine, cleanText } from '../sources/clean-text.js';
import type { AgendaItemInput, AgendaItemPosition, AgendaVocabulary } from './agenda-input.js';
import { agendaMessages } from './agenda-messages.js';
import { readDuration } from './item-duration.js';
import { readItemTime, type MeetingSpan } from './item-time.js';
import { readAttachments } from './read-attachments.js';

/** An item as its own fields describe it, before its neighbours are considered. */
export interface ReadItem {
  position: AgendaItemPosition;
  number: number;
  title: string;
  kind: AgendaItemKind;
  /** Whether the source said what kind of item it is (a closing item is only guessed when it did not). */
  kindGiven: boolean;
  start?: Date;
  /** The end the item's own `duration` or `end` gives. */
  ownEnd?: Date;
  /** The item's own `duration`, kept for an item without a time. */
  ownMinutes?: number;
  /** Which field `ownEnd` came from, for naming it in messages. */
  lengthField?: 'duration' | 'end';
  presenter?: string;
  notes?: string;
  attachments: AgendaAttachment[];
  /** What was wrong with the item's own fields, in the order of its fields. */
  problems: PlacardInputError[];
}

export interface ReadItemContext {
  number: number;
  position: AgendaItemPosition;
  meeting: MeetingSpan;
  vocabulary: AgendaVocabulary;
  baseUrl: string | undefined;
}

function readKind(value: unknown): AgendaItemKind | undefined {
  if (typeof value !== 'string') return undefined;
  const kind = value.trim().toLowerCase();
  return (AGENDA_ITEM_KINDS as readonly string[]).includes(kind) ? (kind as AgendaItemKind) : undefined;
}

/** Whether a field holds nothing at all (as opposed to something unreadable). */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Reads an item's start, and its own end from `duration` (preferred) or `end`. */
async function readTimes(input: AgendaItemInput, item: ReadItem, context: ReadItemContext): Promise<void> {
  const { meeting, vocabulary, position } = context;
  const field = (key: 'time' | 'end' | 'duration') => vocabulary.item(position, key);
  const timeText = cleanLine(input.time);
  if (timeText !== undefined) item.start = await readItemTime(timeText, meeting, field('time'));
  if (isAbsent(input.time)) item.problems.push(agendaMessages.noTime(item, vocabulary, field('time')));
  else if (item.start === undefined)
    item.problems.push(agendaMessages.unreadableTime(item, 'time', input.time, meeting, field('time')));

  const duration = await readDuration(input.duration);
  if (duration !== undefined && 'unreadable' in duration) {
    item.problems.push(
      agendaMessages.unreadableDuration(item, duration.unreadable, vocabulary, field('duration')),
    );
  } else if (duration !== undefined) {
    item.ownMinutes = duration.minutes;
    if (item.start) {
      item.ownEnd = new Date(item.start.getTime() + duration.minutes * 60_000);
      item.lengthField = 'duration';
    }
    return;
  }

  if (isAbsent(input.end)) return;
  const endText = cleanLine(input.end);
  const end = endText === undefined ? undefined : await readItemTime(endText, meeting, field('end'));
  if (end === undefined) {
    item.problems.push(agendaMessages.unreadableTime(item, 'end time', input.end, meeting, field('end')));
  } else if (item.start && end.getTime() < item.start.getTime()) {
    item.problems.push(
      agendaMessages.endBeforeStart({ ...item, start: item.start }, end, meeting, field('end')),
    );
  } else if (item.start) {
    item.ownEnd = end;
    item.lengthField = 'end';
  }
}

/** Reads one item's fields, reporting what cannot be read and keeping the rest. */
export async function readItem(input: AgendaItemInput, context: ReadItemContext): Promise<ReadItem> {
  const { number, position, vocabulary } = context;
  const item: ReadItem = {
    position,
    number,
    title: cleanLine(input.title) ?? '',
    kind: 'item',
    kindGiven: false,
    attachments: [],
    problems: [],
  };
  if (item.title === '')
    item.problems.push(agendaMessages.noTitle(item, vocabulary, vocabulary.item(position, 'title')));
  await readTimes(input, item, context);

  if (!isAbsent(input.kind)) {
    const kind = readKind(input.kind);
    if (kind === undefined)
      item.problems.push(agendaMessages.unknownKind(item, input.kind, vocabulary.item(position, 'kind')));
    else {
      item.kind = kind;
      item.kindGiven = true;
    }
  }

  const presenter = cleanLine(input.presenter);
  if (presenter !== undefined) item.presenter = presenter;
  const notes = cleanText(input.notes);
  if (notes !== undefined) item.notes = notes;
  item.attachments = readAttachments(
    input.attachments,
    { item, position, vocabulary, baseUrl: context.baseUrl },
    item.problems,
  );
  return item;
}
