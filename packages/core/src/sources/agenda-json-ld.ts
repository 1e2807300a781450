/**
 * Agendas in schema.org JSON-LD: the meeting is an `Event` and its items are
 * the events in its `subEvent`, the usual way to publish a programme.
 *
 * | schema.org (on each `subEvent`) | agenda item |
 * |---|---|
 * | `name` | `title` |
 * | `startDate`, `endDate` | `time`, `end` |
 * | `duration` (ISO 8601, `PT25M`) | `duration` |
 * | `performer` (names, joined) | `presenter` |
 * | `description` | `notes` |
 * | `subjectOf` (`url` or `contentUrl`, `name`, `encodingFormat`, `contentSize`) | `attachments` |
 *
 * A `subEvent` that has `subEvent`s of its own is a section: its `name` is the
 * heading. schema.org has no way to mark a break or to list deadlines, so
 * JSON-LD agendas have neither (a last item at the meeting's end time is still
 * read as the closing item).
 *
 * Time zones: as for events (see `json-ld.ts`), a date-time without an offset
 * is a wall time in `options.defaultTimeZone`, else in the reader's zone.
 */
import { buildAgenda } from '../agenda/build-agenda.js';
import {
  pathAgendaVocabulary,
  type AgendaAttachmentInput,
  type AgendaItemInput,
  type AgendaSectionInput,
} from '../agenda/agenda-input.js';
import type { AgendaResult } from '../model/agenda.js';
import { PlacardInputError } from '../model/errors.js';
import { readJsonLdEventFields } from './json-ld-fields.js';
import { findEventNodes, type FoundEvent } from './json-ld-find.js';
import { all, literal, literalOrId } from './json-ld-values.js';
import { describeValue, isJsonObject, joinPath, readJsonValue } from './json-text.js';
import { normaliseParties } from './parties.js';
import { pathVocabulary } from './path-vocabulary.js';
import type { SourceOptions } from './source-options.js';

const NOT_FOUND =
  'The JSON-LD has no schema.org Event in it. Give the meeting "@type": "Event", and list the agenda’s items as events in its "subEvent".';

/** File types as people know them, for the media types schema.org's `encodingFormat` usually holds. */
const FILE_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
};

/** The meeting: the first Event with items, else the first Event. */
function findMeeting(document: unknown): FoundEvent {
  const found = findEventNodes(document);
  const meeting = found.find(({ node }) => all(node.subEvent).some(isJsonObject)) ?? found[0];
  if (!meeting) throw new PlacardInputError('not-found', NOT_FOUND);
  return meeting;
}

function readAttachment(value: unknown): AgendaAttachmentInput | undefined {
  if (!isJsonObject(value)) {
    const url = literal(value);
    return url === undefined ? undefined : { url };
  }
  const format = literal(value.encodingFormat)?.trim();
  return {
    url: literalOrId(value.url) ?? literalOrId(value.contentUrl),
    title: literal(value.name),
    type: format === undefined ? undefined : (FILE_TYPES[format.toLowerCase()] ?? format),
    size: literal(value.contentSize),
  };
}

function readItem(node: Record<string, unknown>): AgendaItemInput {
  const fields = readJsonLdEventFields(node);
  const presenters = normaliseParties(fields.speakers).map((party) => party.name);
  return {
    time: fields.start,
    end: fields.end,
    title: fields.name,
    presenter: presenters.length > 0 ? presenters.join(', ') : undefined,
    notes: fields.description,
    duration: literal(node.duration),
    attachments: all(node.subjectOf).flatMap((value) => readAttachment(value) ?? []),
  };
}

interface SectionWithPaths extends AgendaSectionInput {
  items: AgendaItemInput[];
  paths: string[];
}

/** Sections from the meeting's `subEvent`s: nested events are headed sections, runs of plain items untitled ones. */
function readSections(node: Record<string, unknown>, path: string): SectionWithPaths[] {
  const sections: SectionWithPaths[] = [];
  let loose: SectionWithPaths | undefined;
  all(node.subEvent).forEach((sub, i) => {
    if (!isJsonObject(sub)) return;
    const at = joinPath(joinPath(path, 'subEvent'), i);
    const children = all(sub.subEvent);
    if (children.some(isJsonObject)) {
      const section: SectionWithPaths = { title: literal(sub.name), items: [], paths: [] };
      children.forEach((child, j) => {
        if (!isJsonObject(child)) return;
        section.items.push(readItem(child));
        section.paths.push(joinPath(joinPath(at, 'subEvent'), j));
      });
      sections.push(section);
      loose = undefined;
      return;
    }
    if (!loose) {
      loose = { items: [], paths: [] };
      sections.push(loose);
    }
    loose.items.push(readItem(sub));
    loose.paths.push(at);
  });
  return sections;
}

/**
 * Reads an agenda from schema.org JSON-LD: the first `Event` with `subEvent`s
 * (at the top, in a list, in `@graph` or in `mainEntity`). `value` is the
 * parsed JSON, or its text.
 *
 * @returns the agenda, with the problems found in items, each naming the item
 *   and its path (`subEvent[2].startDate`).
 * @throws PlacardInputError for text that is not JSON, a document without an
 *   Event, the meeting's own problems (no name or `startDate`, an unknown
 *   zone), or a meeting without `subEvent`s.
 */
export async function parseJsonLdAgenda(value: unknown, options: SourceOptions = {}): Promise<AgendaResult> {
  const document = readJsonValue(value, 'The JSON-LD');
  if (!isJsonObject(document) && !Array.isArray(document)) {
    throw new PlacardInputError(
      'malformed-document',
      `The JSON-LD should be a schema.org Event with the agenda’s items in "subEvent", but it is ${describeValue(document)}.`,
    );
  }
  const { node, path } = findMeeting(document);
  const sections = readSections(node, path);
  const meeting = {
    ...pathVocabulary(
      path,
      {
        start: 'startDate',
        end: 'endDate',
        venue: 'location',
        onlineUrl: 'location',
        organiser: 'organizer',
        status: 'eventStatus',
      },
      { start: '2018-02-08T18:30:00+00:00', end: '2018-02-08T20:30:00+00:00' },
    ),
    subject: path === '' ? 'The meeting' : `The meeting at ${path}`,
  };
  const vocabulary = pathAgendaVocabulary({
    meeting,
    itemPath: ({ section, index }) => sections[section]?.paths[index] ?? joinPath(path, 'subEvent'),
    deadlinePath: (index) => joinPath('deadlines', index),
    names: {
      items: 'subEvent',
      item: {
        time: 'startDate',
        end: 'endDate',
        title: 'name',
        presenter: 'performer',
        notes: 'description',
        attachments: 'subjectOf',
      },
      attachment: { size: 'contentSize', type: 'encodingFormat', title: 'name' },
    },
    examples: {
      items: [{ '@type': 'Event', name: 'Attendance and apologies', startDate: '2018-02-08T19:00:00+00:00' }],
      time: '2018-02-08T19:00:00+00:00',
      duration: 'PT25M',
      size: '240 KB',
    },
  });
  return buildAgenda(
    { meeting: readJsonLdEventFields(node), sections },
    { vocabulary, baseUrl: options.baseUrl, defaultTimeZone: options.defaultTimeZone },
  );
}
