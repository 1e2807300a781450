/**
 * Every message the agenda builder writes, in one place so the wording stays
 * consistent. Messages name items the way the agenda shows them ("Item 4
 * (“Motions”)"), say what is wrong, and say how to fix it; `field` carries the
 * channel's own path for code and tests.
 */
import { PlacardInputError } from '../model/errors.js';
import { describeValue } from '../sources/json-text.js';
import { wallClock } from '../time/wall-clock.js';
import type { AgendaExampleKey, AgendaVocabulary } from './agenda-input.js';

/** An item as messages name it: its number and, when it has one, its title. */
export interface NamedItem {
  number: number;
  title: string;
}

/** The meeting's clock, for writing times as the agenda shows them. */
export interface MessageClock {
  start: Date;
  end?: Date;
  timeZone: string;
}

const LONGEST_TITLE = 50;

/** A title short enough for a sentence, cut at a word where it can be. */
function shorten(title: string): string {
  if (title.length <= LONGEST_TITLE) return title;
  const cut = title.slice(0, LONGEST_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > LONGEST_TITLE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "Item 4 (“Motions”)", or "item 4" without a title. */
export function nameItem(item: NamedItem, capital = false): string {
  const word = capital ? 'Item' : 'item';
  if (item.title === '') return `${word} ${item.number}`;
  return `${word} ${item.number} (“${shorten(item.title)}”)`;
}

/** "Deadline 2 (“Motions”)", or "Deadline 2" without a title. */
function nameDeadline(index: number, title: string | undefined): string {
  return title === undefined ? `Deadline ${index + 1}` : `Deadline ${index + 1} (“${shorten(title)}”)`;
}

/**
 * An instant as the agenda's reader would write it: `19:10` on the meeting's
 * first day, `2018-02-09 00:15` on another, in the meeting's zone.
 */
export function clockText(instant: Date, clock: MessageClock): string {
  const at = wallClock(instant, clock.timeZone);
  const time = at.time.endsWith(':00') ? at.time.slice(0, 5) : at.time;
  return at.date === wallClock(clock.start, clock.timeZone).date ? time : `${at.date} ${time}`;
}

/** "1 minute", "25 minutes". */
export function minutesText(minutes: number): string {
  const shown = Math.round(minutes * 100) / 100;
  return shown === 1 ? '1 minute' : `${shown} minutes`;
}

/** A value a webmaster typed, as a message shows it: `"7pm"`, or `the number 1900`. */
function shown(value: unknown): string {
  if (typeof value !== 'string') return describeValue(value);
  const text = value.trim();
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

/** "2018-02-08T19:00": an example date-time on the meeting's first day. */
function exampleDateTime(clock: MessageClock): string {
  return `${wallClock(clock.start, clock.timeZone).date}T19:00`;
}

function eg(vocabulary: AgendaVocabulary, key: AgendaExampleKey): string {
  return vocabulary.example(key);
}

export const agendaMessages = {
  meetingWithoutTime: (date: string, field: string) =>
    new PlacardInputError(
      'invalid-value',
      `The meeting’s start (${date}) is a date without a time of day, so the agenda’s times have nothing to go by. Give the time the meeting starts, e.g. ${date}T18:30.`,
      field,
    ),

  noItems: (vocabulary: AgendaVocabulary) =>
    new PlacardInputError(
      'missing-field',
      `The agenda has no items. Add at least one, e.g. ${eg(vocabulary, 'items')}.`,
      vocabulary.items,
    ),

  noTitle: (item: NamedItem, vocabulary: AgendaVocabulary, field: string) =>
    new PlacardInputError(
      'missing-field',
      `${nameItem(item, true)} has no title. Add one, e.g. ${eg(vocabulary, 'title')}.`,
      field,
    ),

  noTime: (item: NamedItem, vocabulary: AgendaVocabulary, field: string) =>
    new PlacardInputError(
      'missing-field',
      `${nameItem(item, true)} has no time. Give the time it starts, e.g. ${eg(vocabulary, 'time')}.`,
      field,
    ),

  unreadableTime: (
    item: NamedItem,
    which: 'time' | 'end time',
    value: unknown,
    clock: MessageClock,
    field: string,
  ) =>
    new PlacardInputError(
      'invalid-date',
      `${nameItem(item, true)} has ${which === 'time' ? 'a time' : 'an end time'} Placard cannot read: ${shown(value)}. Write it as 19:00, or as a date and time such as ${exampleDateTime(clock)}.`,
      field,
    ),

  endBeforeStart: (item: NamedItem & { start: Date }, end: Date, clock: MessageClock, field: string) =>
    new PlacardInputError(
      'end-before-start',
      `${nameItem(item, true)} ends at ${clockText(end, clock)}, before it starts at ${clockText(item.start, clock)}. Correct its end time.`,
      field,
    ),

  unreadableDuration: (item: NamedItem, value: unknown, vocabulary: AgendaVocabulary, field: string) =>
    new PlacardInputError(
      'invalid-value',
      `${nameItem(item, true)} has a duration Placard cannot read: ${shown(value)}. Give the number of minutes or an ISO 8601 duration, e.g. ${eg(vocabulary, 'duration')}.`,
      field,
    ),

  unknownKind: (item: NamedItem, value: unknown, field: string) =>
    new PlacardInputError(
      'invalid-value',
      `${nameItem(item, true)} has the kind ${shown(value)}, which Placard does not know. Use "item", "break" or "end", or leave it out for an ordinary item.`,
      field,
    ),

  outOfOrder: (
    item: NamedItem & { start: Date },
    previous: NamedItem & { start: Date },
    clock: MessageClock,
    field: string,
  ) =>
    new PlacardInputError(
      'invalid-value',
      `${nameItem(item, true)} starts at ${clockText(item.start, clock)}, before ${nameItem(previous)} at ${clockText(previous.start, clock)}. Put the items in time order.`,
      field,
    ),

  overlaps: (
    item: NamedItem & { start: Date; end: Date },
    next: NamedItem & { start: Date },
    clock: MessageClock,
    field: string,
  ) =>
    new PlacardInputError(
      'invalid-value',
      `${nameItem(item, true)} lasts ${minutesText((item.end.getTime() - item.start.getTime()) / 60_000)}, so it runs until ${clockText(item.end, clock)}, past the start of ${nameItem(next)} at ${clockText(next.start, clock)}. Shorten it, or move item ${next.number} later.`,
      field,
    ),

  beforeMeeting: (item: NamedItem & { start: Date }, clock: MessageClock, field: string) =>
    new PlacardInputError(
      'invalid-value',
      `${nameItem(item, true)} starts at ${clockText(item.start, clock)}, before the meeting starts at ${clockText(clock.start, clock)}. Correct the item’s time, or the meeting’s start.`,
      field,
    ),

  afterMeeting: (item: NamedItem & { start: Date }, clock: MessageClock & { end: Date }, field: string) =>
    new PlacardInputError(
      'invalid-value',
      `${nameItem(item, true)} starts at ${clockText(item.start, clock)}, after the meeting ends at ${clockText(clock.end, clock)}. Correct the item’s time, or the meeting’s end.`,
      field,
    ),

  runsPastMeeting: (
    item: NamedItem & { start: Date; end: Date },
    clock: MessageClock & { end: Date },
    field: string,
  ) =>
    new PlacardInputError(
      'invalid-value',
      `${nameItem(item, true)} lasts ${minutesText((item.end.getTime() - item.start.getTime()) / 60_000)}, so it runs until ${clockText(item.end, clock)}, after the meeting ends at ${clockText(clock.end, clock)}. Shorten it, or correct the meeting’s end.`,
      field,
    ),

  unknownLength: (item: NamedItem, vocabulary: AgendaVocabulary, field: string) =>
    new PlacardInputError(
      'missing-field',
      `Placard cannot tell when ${nameItem(item)} ends: it is the last item, it has no duration, and the meeting has no end time. Give the meeting an end time, or give the item a duration, e.g. ${eg(vocabulary, 'duration')}.`,
      field,
    ),

  attachmentWithoutLink: (item: NamedItem, index: number, vocabulary: AgendaVocabulary, field: string) =>
    new PlacardInputError(
      'missing-field',
      `Attachment ${index + 1} of ${nameItem(item)} has no link. Add one, e.g. ${eg(vocabulary, 'url')}.`,
      field,
    ),

  unsafeAttachmentLink: (item: NamedItem, index: number, value: unknown, field: string) =>
    new PlacardInputError(
      'invalid-value',
      `Attachment ${index + 1} of ${nameItem(item)} has a link Placard will not use: ${shown(value)}. Links must be web addresses starting with https:// or http://, or mailto: addresses.`,
      field,
    ),

  unreadableSize: (
    item: NamedItem,
    index: number,
    value: unknown,
    vocabulary: AgendaVocabulary,
    field: string,
  ) =>
    new PlacardInputError(
      'invalid-value',
      `Attachment ${index + 1} of ${nameItem(item)} has a size Placard cannot read: ${shown(value)}. Give the size in bytes, e.g. ${eg(vocabulary, 'size')}.`,
      field,
    ),

  deadlineWithoutTitle: (index: number, vocabulary: AgendaVocabulary, field: string) =>
    new PlacardInputError(
      'missing-field',
      `${nameDeadline(index, undefined)} has no title, so it is not shown. Add one, e.g. ${eg(vocabulary, 'deadlineTitle')}.`,
      field,
    ),

  deadlineWithoutDue: (index: number, title: string, vocabulary: AgendaVocabulary, field: string) =>
    new PlacardInputError(
      'missing-field',
      `${nameDeadline(index, title)} has no due date, so it is not shown. Add one, e.g. ${eg(vocabulary, 'due')}.`,
      field,
    ),

  unreadableDue: (index: number, title: string, value: unknown, field: string) =>
    new PlacardInputError(
      'invalid-date',
      `${nameDeadline(index, title)} has a due date Placard cannot read: ${shown(value)}, so it is not shown. Write it as 2018-02-05, or as a date and time such as 2018-02-05T17:00.`,
      field,
    ),
};
