/**
 * Turns valibot's issues about Placard JSON into plain-English errors that name
 * the JSON path, say what was expected, and show an example.
 */
import type * as v from 'valibot';
import { PlacardInputError } from '../model/errors.js';
import { FIELD_EXAMPLES, type EventFieldKey, type FieldVocabulary } from './field-vocabulary.js';
import { describeValue, isJsonObject, joinPath } from './json-text.js';

type Issue = v.BaseIssue<unknown>;

const PARTY = 'text (a name) or an object with "name", and optionally "role" and "url"';
const DATE = 'text holding a date, or a date and time';

/** What each event property should hold, in words. */
const EXPECTED: Readonly<Record<string, string>> = {
  id: 'text or a number',
  name: 'text',
  start: DATE,
  end: DATE,
  previousStart: DATE,
  timeZone: 'text naming a time zone',
  allDay: 'true or false (without quotes)',
  venue: 'text (the venue’s name) or an object with "name" and "address"',
  onlineUrl: 'text holding a web address',
  url: 'text holding a web address',
  image: 'text holding a web address',
  status: 'text',
  description: 'text',
  organiser: PARTY,
  speakers: `a list, each item ${PARTY}`,
  supporters: `a list, each item ${PARTY}`,
  tags: 'a list of text, e.g. ["rally", "NHS"]',
  events: 'a list of events',
};

/** What the items of list properties, and properties of object properties, should hold. */
const EXPECTED_INSIDE: Readonly<Record<string, string>> = {
  speakers: PARTY,
  supporters: PARTY,
  tags: 'text',
  'venue.address': 'text, or a list of lines of text',
};

function expectedFor(keys: readonly (string | number)[], issue: Issue): string {
  const [first, second] = keys;
  if (keys.length === 1 && typeof first === 'string' && EXPECTED[first]) return EXPECTED[first];
  if (keys.length === 2 && typeof first === 'string') {
    const inside = EXPECTED_INSIDE[typeof second === 'number' ? first : `${first}.${second}`];
    if (inside) return inside;
  }
  switch (issue.expected) {
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'number':
      return 'a number';
    case 'Array':
      return 'a list';
    case 'Object':
      return 'an object';
    default:
      return issue.expected ?? 'something else';
  }
}

function exampleFor(keys: readonly (string | number)[]): string {
  const [first] = keys;
  if (keys.length !== 1 || typeof first !== 'string' || !Object.hasOwn(FIELD_EXAMPLES, first)) return '';
  const key = first as EventFieldKey;
  const example: unknown =
    key === 'allDay'
      ? true
      : key === 'speakers' || key === 'supporters' || key === 'tags'
        ? [FIELD_EXAMPLES[key]]
        : FIELD_EXAMPLES[key];
  return ` For example: "${key}": ${JSON.stringify(example)}.`;
}

/** Follows a failed union into the branch that fits the value's shape, so the message names the real problem. */
function innermost(issue: Issue, keys: (string | number)[]): Issue {
  if (issue.type !== 'union' || !isJsonObject(issue.input) || !issue.issues) return issue;
  const inner = issue.issues.find((sub) => sub.path && sub.path.length > 0);
  if (!inner?.path) return issue;
  for (const item of inner.path) keys.push(item.key as string | number);
  return innermost(inner, keys);
}

/**
 * The first of valibot's issues as a `PlacardInputError`.
 *
 * @param prefix The event's own path in the document, e.g. `events[2]`.
 */
export function issueToError(
  issues: readonly Issue[],
  prefix: string,
  vocabulary: FieldVocabulary,
): PlacardInputError {
  const keys: (string | number)[] = [];
  for (const item of issues[0]!.path ?? []) keys.push(item.key as string | number);
  const issue = innermost(issues[0]!, keys);
  const path = keys.reduce<string>((at, key) => joinPath(at, key), prefix);
  const shownPath = path === '' ? 'The JSON' : `The property ${path}`;

  if (issue.input === undefined) {
    const last = keys[keys.length - 1];
    if (keys.length === 1 && (last === 'name' || last === 'start')) {
      const what = last === 'name' ? 'name' : 'start date or time';
      return new PlacardInputError(
        'missing-field',
        `${vocabulary.subject} has no ${what}. ${vocabulary.addHint(last)}`,
        vocabulary.field(last),
      );
    }
    const owner = keys.slice(0, -1).reduce<string>((at, key) => joinPath(at, key), prefix);
    const container = keys[0];
    const example =
      typeof container === 'string' && Object.hasOwn(FIELD_EXAMPLES, container)
        ? FIELD_EXAMPLES[container as EventFieldKey]
        : FIELD_EXAMPLES.speakers;
    return new PlacardInputError(
      'missing-field',
      `${owner === '' ? 'The JSON' : `The item at ${owner}`} has no "${String(last)}". Add one, e.g. "${String(last)}": ${JSON.stringify(example)}.`,
      path,
    );
  }

  return new PlacardInputError(
    'invalid-value',
    `${shownPath} should be ${expectedFor(keys, issue)}, but it is ${describeValue(issue.input)}.${exampleFor(keys)}`,
    path === '' ? undefined : path,
  );
}
