/**
 * Placard's own JSON for agendas, from `<script type="application/json">` or a
 * `src` URL.
 *
 * ```json
 * { "name": "Meeting of Barnet Alliance for Public Services",
 *   "start": "2018-02-08T18:30", "end": "2018-02-08T20:30", "timeZone": "Europe/London",
 *   "venue": "Greek Cypriot Brotherhood", "address": "Finchley",
 *   "items": [{ "time": "19:00", "title": "Attendance and apologies" },
 *             { "time": "19:05", "title": "Review minutes of previous meeting" }],
 *   "deadlines": [{ "title": "Motions", "due": "2018-02-05" }] }
 * ```
 *
 * Problems with the meeting itself, or with the document's structure, are
 * thrown; problems with single items and deadlines are returned beside the
 * agenda, so everything else is still shown.
 */
import * as v from 'valibot';
import { buildAgenda } from '../agenda/build-agenda.js';
import {
  pathAgendaVocabulary,
  type AgendaDeadlineInput,
  type AgendaSectionInput,
  type AgendaVocabulary,
} from '../agenda/agenda-input.js';
import type { AgendaResult } from '../model/agenda.js';
import { PlacardInputError } from '../model/errors.js';
import type { EventFieldsInput } from './event-fields.js';
import { issueToError } from './json-issues.js';
import { describeValue, isJsonObject, joinPath, readJsonValue } from './json-text.js';
import { pathVocabulary } from './path-vocabulary.js';
import { AgendaJsonSchema, type AgendaJson } from './agenda-json-schemas.js';
import type { SourceOptions } from './source-options.js';

export {
  AgendaAttachmentJsonSchema,
  AgendaDeadlineJsonSchema,
  AgendaItemJsonSchema,
  AgendaJsonSchema,
  AgendaSectionJsonSchema,
} from './agenda-json-schemas.js';
export type {
  AgendaAttachmentJson,
  AgendaDeadlineJson,
  AgendaItemJson,
  AgendaJson,
  AgendaSectionJson,
} from './agenda-json-schemas.js';

const ITEM_EXAMPLE = '{"time": "19:00", "title": "Attendance and apologies"}';
const SECTION_EXAMPLE = `{"title": "Part 1: Branch business", "items": [${ITEM_EXAMPLE}]}`;
const DEADLINE_EXAMPLE = '{"title": "Motions", "due": "2018-02-05T17:00"}';
const ATTACHMENT_EXAMPLE = '{"url": "https://example.org/papers/minutes.pdf", "title": "Minutes"}';
const AGENDA_EXAMPLE = `{"name": "Branch meeting", "start": "2018-02-08T18:30", "items": [${ITEM_EXAMPLE}]}`;

/** Fields the agenda builder reads and reports on itself, in its own words. */
const ITEM_FIELDS_CHECKED_LATER = new Set(['time', 'title', 'duration', 'kind']);
const ATTACHMENT_FIELDS_CHECKED_LATER = new Set(['url', 'size']);
const DEADLINE_FIELDS_CHECKED_LATER = new Set(['title', 'due']);

function structureError(path: string, what: string, value: unknown): PlacardInputError {
  return new PlacardInputError(
    value === undefined ? 'missing-field' : 'invalid-value',
    `The property ${path} should be ${what}, but it is ${describeValue(value)}.`,
    path,
  );
}

/** The document's lists of items, checked for shape; throws when there is nothing to read items from. */
function readSections(document: Record<string, unknown>): { sections: AgendaSectionInput[]; flat: boolean } {
  const { sections, items } = document;
  if (sections !== undefined && items !== undefined) {
    throw new PlacardInputError(
      'invalid-value',
      'The agenda JSON has both "sections" and "items". Put every item inside a section, or leave out "sections".',
      'items',
    );
  }
  if (sections === undefined) {
    if (items === undefined) return { sections: [], flat: true };
    if (!Array.isArray(items))
      throw structureError('items', `a list of items, e.g. [${ITEM_EXAMPLE}]`, items);
    return { sections: [{ items }], flat: true };
  }
  if (!Array.isArray(sections))
    throw structureError('sections', `a list of sections, e.g. [${SECTION_EXAMPLE}]`, sections);
  return {
    flat: false,
    sections: sections.map((section: unknown, i) => {
      const path = joinPath('sections', i);
      if (!isJsonObject(section)) throw structureError(path, `a section, e.g. ${SECTION_EXAMPLE}`, section);
      if (!Array.isArray(section.items))
        throw structureError(
          joinPath(path, 'items'),
          `a list of items, e.g. [${ITEM_EXAMPLE}]`,
          section.items,
        );
      return { title: section.title as string | undefined, items: section.items };
    }),
  };
}

/** What a list entry that is not an object should have been, by where it is. */
function entryExample(keys: readonly (string | number)[]): string | undefined {
  const last = keys[keys.length - 1];
  const parent = keys[keys.length - 2];
  if (typeof last !== 'number') return undefined;
  if (parent === 'items') return `an agenda item, e.g. ${ITEM_EXAMPLE}`;
  if (parent === 'deadlines') return `a deadline, e.g. ${DEADLINE_EXAMPLE}`;
  if (parent === 'attachments') return `an attachment, e.g. ${ATTACHMENT_EXAMPLE}`;
  return undefined;
}

function expectedWords(issue: v.BaseIssue<unknown>): string {
  switch (issue.expected) {
    case 'string':
      return 'text';
    case 'Array':
      return 'a list';
    case 'Object':
      return 'an object';
    default:
      return issue.expected ?? 'something else';
  }
}

/**
 * Whether an issue is about one item, attachment or deadline (reported, the
 * rest shown) rather than the meeting (thrown); `skip` when the structure
 * check or the agenda builder reports it, in its own words, instead.
 */
function itemIssue(keys: readonly (string | number)[]): 'report' | 'skip' | 'meeting' {
  const [first] = keys;
  if (first !== 'sections' && first !== 'items' && first !== 'deadlines') return 'meeting';
  const inItem = first === 'sections' ? keys.slice(4) : keys.slice(2);
  const entryDepth = first === 'sections' ? 4 : 2;
  if (first === 'sections' && keys.length === 3 && keys[2] === 'title') return 'report';
  if (keys.length < entryDepth) return 'skip';
  if (keys.length === entryDepth) return 'report';
  const [field, index, inner] = inItem;
  if (first === 'deadlines') return DEADLINE_FIELDS_CHECKED_LATER.has(String(field)) ? 'skip' : 'report';
  if (field === 'attachments' && index !== undefined && inner !== undefined)
    return ATTACHMENT_FIELDS_CHECKED_LATER.has(String(inner)) ? 'skip' : 'report';
  return ITEM_FIELDS_CHECKED_LATER.has(String(field)) && inItem.length === 1 ? 'skip' : 'report';
}

/** Checks the document with valibot: throws the first problem with the meeting, returns those with items. */
function checkShape(
  document: Record<string, unknown>,
  meeting: AgendaVocabulary['meeting'],
): PlacardInputError[] {
  const result = v.safeParse(AgendaJsonSchema, document);
  if (result.success) return [];
  const problems: PlacardInputError[] = [];
  for (const issue of result.issues) {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    const kind = itemIssue(keys);
    if (kind === 'meeting') throw issueToError([issue], '', meeting);
    if (kind === 'skip') continue;
    const path = keys.reduce<string>((at, key) => joinPath(at, key), '');
    const entry = entryExample(keys);
    problems.push(
      new PlacardInputError(
        'invalid-value',
        entry
          ? `The property ${path} should be ${entry}, but it is ${describeValue(issue.input)}, so it is not shown.`
          : `The property ${path} should be ${expectedWords(issue)}, but it is ${describeValue(issue.input)}.`,
        path,
      ),
    );
  }
  return problems;
}

function readDocument(value: unknown): Record<string, unknown> {
  const document = readJsonValue(value, 'The agenda JSON');
  if (!isJsonObject(document)) {
    throw new PlacardInputError(
      'malformed-document',
      `The agenda JSON should be a meeting with its items, e.g. ${AGENDA_EXAMPLE}, but it is ${describeValue(document)}.`,
    );
  }
  if ('@context' in document || '@type' in document || '@graph' in document) {
    throw new PlacardInputError(
      'unsupported-format',
      'This JSON is schema.org JSON-LD, not Placard’s agenda JSON. Put it in <script type="application/ld+json"> instead of <script type="application/json">.',
    );
  }
  return document;
}

function meetingFields(json: AgendaJson): EventFieldsInput {
  return {
    id: json.id,
    name: json.name,
    start: json.start,
    end: json.end,
    timeZone: json.timeZone,
    venue: json.venue,
    address: json.address,
    url: json.url,
    onlineUrl: json.onlineUrl,
    status: json.status,
    description: json.description,
    organiser: json.organiser,
  };
}

/**
 * Reads an agenda from Placard's agenda JSON. `value` is the parsed JSON, or
 * its text. Times of day take the meeting's date and `timeZone` (else
 * `options.defaultTimeZone`, else the reader's zone).
 *
 * @returns the agenda, with the problems found in items and deadlines, each
 *   naming the item and its JSON path (`sections[1].items[0].time`).
 * @throws PlacardInputError for problems that leave nothing to show: text that
 *   is not JSON, a document that is not an agenda, the meeting's own problems
 *   (no name or start, an unknown zone), a broken `sections` or `items` list,
 *   or no items at all.
 */
export async function parseAgendaJson(value: unknown, options: SourceOptions = {}): Promise<AgendaResult> {
  const document = readDocument(value);
  const meeting = { ...pathVocabulary(''), subject: 'The meeting' };
  const { sections, flat } = readSections(document);
  const problems = checkShape(document, meeting);
  const vocabulary = pathAgendaVocabulary({
    meeting,
    itemPath: ({ section, index }) =>
      flat ? joinPath('items', index) : joinPath(joinPath(joinPath('sections', section), 'items'), index),
    deadlinePath: (index) => joinPath('deadlines', index),
  });
  const { deadlines } = document;
  if (deadlines !== undefined && !Array.isArray(deadlines)) {
    problems.push(
      new PlacardInputError(
        'invalid-value',
        `The property deadlines should be a list of deadlines, e.g. [${DEADLINE_EXAMPLE}], but it is ${describeValue(deadlines)}, so no deadlines are shown.`,
        'deadlines',
      ),
    );
  }
  const result = await buildAgenda(
    {
      meeting: meetingFields(document as AgendaJson),
      sections,
      deadlines: Array.isArray(deadlines) ? (deadlines as AgendaDeadlineInput[]) : undefined,
    },
    { vocabulary, baseUrl: options.baseUrl, defaultTimeZone: options.defaultTimeZone },
  );
  return { agenda: result.agenda, problems: [...problems, ...result.problems] };
}
