/**
 * The agenda model: a meeting's running order, whatever input it came from.
 *
 * Placard JSON, schema.org JSON-LD and light-DOM markup are all read into this
 * one shape by the shared builder (`agenda/build-agenda.ts`), so the live state,
 * the formatting and `<placard-agenda>` never care where an agenda came from.
 */
import type { PlacardInputError } from './errors.js';
import type { EventDetails, TimedSchedule } from './event.js';

/**
 * The meeting an agenda belongs to: an ordinary timed event. Its `end` is the
 * one the source gave or, when it gave none, the start of the closing item or
 * the end of a last item whose length is known.
 */
export type AgendaMeeting = EventDetails & TimedSchedule;

/**
 * What an item is.
 * - `item`: business: a report, a speaker, a motion.
 * - `break`: a pause (tea, lunch); shown and numbered like any item.
 * - `end`: the closing line of the list ("Meeting Ends" at 20:30): it takes no
 *   time, is never the current item, and marks when the meeting closes.
 */
export const AGENDA_ITEM_KINDS = ['item', 'break', 'end'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** A paper that goes with an item: minutes, a report, a motion. */
export interface AgendaAttachment {
  /** An absolute `http(s):` or `mailto:` URL. */
  url: string;
  /** The title to show; the file's name when the source gave none. */
  title: string;
  /** The file type as the source wrote it, e.g. `PDF`. */
  type?: string;
  sizeBytes?: number;
}

/**
 * One line of the agenda.
 *
 * `start`, `end` and `durationMinutes` are absent only when the source gave the
 * item no time Placard could read; the item is still listed (the problem is
 * reported beside the agenda), because a webmaster would rather see their
 * agenda with one time missing than no agenda at all.
 */
export interface AgendaItem {
  /**
   * 1-based position in the whole agenda, counted across sections. Breaks and
   * the closing item are numbered too, as in the printed agendas Placard's
   * samples come from ("7 — Meeting Ends").
   */
  number: number;
  kind: AgendaItemKind;
  title: string;
  start?: Date;
  /**
   * When the item stops: its own duration or end when the source gave one;
   * otherwise the next timed item's start; for the last item, the meeting's end.
   * Equal to `start` when nothing says how long it lasts.
   */
  end?: Date;
  /** `end − start` in minutes; the source's own duration for an item without a time. */
  durationMinutes?: number;
  /** Who introduces or leads the item. */
  presenter?: string;
  /** Plain text; paragraphs separated by blank lines. Never HTML. */
  notes?: string;
  attachments: AgendaAttachment[];
}

/** A run of items under one heading ("Part 1: Branch business"), or without one. */
export interface AgendaSection {
  title?: string;
  items: AgendaItem[];
}

/** A date by which something must reach the branch: motions, amendments, questions. */
export interface AgendaDeadline {
  title: string;
  /** The moment the deadline passes. */
  due: Date;
  /**
   * Set when the source gave a date without a time (`2018-02-05`): the deadline
   * is then the end of that day in the meeting's zone, and `due` is midnight
   * at the start of the next day. Show this date rather than `due`'s clock.
   */
  date?: string;
  /** Where to send it, or a page explaining how. */
  url?: string;
}

/** A meeting with its running order and deadlines. */
export interface Agenda {
  meeting: AgendaMeeting;
  /** Always at least one; an agenda without headings has one untitled section. */
  sections: AgendaSection[];
  deadlines: AgendaDeadline[];
}

/**
 * What reading an agenda gives: everything that could be shown, and what was
 * wrong with the rest. Problems that leave nothing to show (no meeting start,
 * an unknown zone, no items) are thrown instead.
 */
export interface AgendaResult {
  agenda: Agenda;
  problems: PlacardInputError[];
}

/** Every item of the agenda in order, across sections. */
export function agendaItems(agenda: Pick<Agenda, 'sections'>): AgendaItem[] {
  return agenda.sections.flatMap((section) => section.items);
}
