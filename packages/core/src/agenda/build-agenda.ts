/**
 * The one place where an agenda is checked and put together. Placard JSON,
 * JSON-LD and light-DOM markup each read their format into the loose
 * `AgendaInput`, then call `buildAgenda`, so the rules and the wording of the
 * messages live here once.
 */
import type { AgendaMeeting, AgendaResult, AgendaSection } from '../model/agenda.js';
import type { PlacardInputError } from '../model/errors.js';
import { cleanLine } from '../sources/clean-text.js';
import { normaliseEvent } from '../sources/event-fields.js';
import type { AgendaInput, AgendaItemInput, AgendaItemPosition, AgendaVocabulary } from './agenda-input.js';
import { agendaMessages } from './agenda-messages.js';
import { readDeadlines } from './read-deadlines.js';
import { readItem, type ReadItem } from './read-item.js';
import { scheduleItems } from './schedule-items.js';

/** How `buildAgenda` names fields and resolves what the input leaves open. */
export interface BuildAgendaOptions {
  /** The channel's names for fields, used in messages. */
  vocabulary: AgendaVocabulary;
  /** Base for relative URLs; `document.baseURI` in a browser by default. */
  baseUrl?: string;
  /** The zone when the meeting names none (the element's `time-zone` attribute); else the reader's. */
  defaultTimeZone?: string;
}

/** The meeting as an event, which must have a time of day. */
async function readMeeting(input: AgendaInput, options: BuildAgendaOptions): Promise<AgendaMeeting> {
  const { vocabulary } = options;
  const event = await normaliseEvent(input.meeting, {
    vocabulary: vocabulary.meeting,
    baseUrl: options.baseUrl,
    defaultTimeZone: options.defaultTimeZone,
  });
  if (event.allDay)
    throw agendaMessages.meetingWithoutTime(event.startDate, vocabulary.meeting.field('start'));
  // A copy: the builder may fill in the end from the agenda.
  return { ...event };
}

/** Every item with where it sits in the input, in order across sections. */
function positions(input: AgendaInput): { position: AgendaItemPosition; item: AgendaItemInput }[] {
  return input.sections.flatMap((section, sectionIndex) =>
    (Array.isArray(section.items) ? section.items : []).flatMap((item: unknown, index) =>
      typeof item === 'object' && item !== null && !Array.isArray(item)
        ? [{ position: { section: sectionIndex, index }, item: item as AgendaItemInput }]
        : [],
    ),
  );
}

/**
 * Checks and assembles an agenda read by any channel.
 *
 * Items are numbered from 1 across sections, breaks and the closing item
 * included. Times of day take the meeting's date and zone (past midnight when
 * the meeting runs past midnight). An item lasts its own `duration` (or until
 * its own `end`), else until the next timed item starts, else (the last one)
 * until the meeting ends. A last item at the meeting's end time with no length
 * and no `kind` is the closing item (`kind: 'end'`, no length).
 *
 * Reported, with everything that can be shown still shown: an item without a
 * title or time (kept, without a time), a time, end, duration, kind or
 * attachment size that cannot be read, items out of time order, an item whose
 * own length runs into the next item or past the meeting's end, an item
 * starting before the meeting or after it, a last item whose end nothing
 * gives, an attachment without a usable link (left out), and a deadline
 * without a title or readable due date (left out).
 *
 * @throws PlacardInputError when nothing can be shown: the meeting's own
 *   problems (no name, no start, unknown zone: see `normaliseEvent`), a meeting
 *   start without a time of day, or no items at all.
 */
export async function buildAgenda(input: AgendaInput, options: BuildAgendaOptions): Promise<AgendaResult> {
  const { vocabulary } = options;
  const meeting = await readMeeting(input, options);
  const entries = positions(input);
  if (entries.length === 0) throw agendaMessages.noItems(vocabulary);

  const read: ReadItem[] = [];
  for (const [i, { position, item }] of entries.entries()) {
    read.push(
      await readItem(item, { number: i + 1, position, meeting, vocabulary, baseUrl: options.baseUrl }),
    );
  }
  const items = scheduleItems(read, meeting, vocabulary);

  const sections: AgendaSection[] = input.sections.map((section) => {
    const title = cleanLine(section.title);
    return title === undefined ? { items: [] } : { title, items: [] };
  });
  items.forEach((item, i) => sections[read[i]!.position.section]!.items.push(item));

  const problems: PlacardInputError[] = read.flatMap((item) => item.problems);
  const deadlines = await readDeadlines(
    input.deadlines,
    { timeZone: meeting.timeZone, vocabulary, baseUrl: options.baseUrl },
    problems,
  );
  return { agenda: { meeting, sections, deadlines }, problems };
}
