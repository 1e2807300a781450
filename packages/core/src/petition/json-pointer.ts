/**
 * JSON Pointer (RFC 6901): `/data/attributes/signature_count` picks one value
 * out of a JSON document. The json petition source uses it for `count-path`
 * and `goal-path`.
 *
 * Written here rather than taken from a library because the whole grammar is
 * two escapes and an array-index rule, and what Placard needs on top (saying
 * in plain words where a pointer stopped finding things) is most of the code.
 */
import { PlacardInputError } from '../model/errors.js';
import { describeValue, isJsonObject } from '../sources/json-text.js';

/** A checked pointer: the text the webmaster wrote and the reference tokens it stands for. */
export interface JsonPointer {
  readonly text: string;
  readonly tokens: readonly string[];
}

/** What a pointer found: the value, or why there is none (a clause for a sentence). */
export type JsonPointerResult = { found: true; value: unknown } | { found: false; reason: string };

/** RFC 6901 array index: `0`, or digits without a leading zero. */
const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/;

/** How many property names a message lists before "…". */
const LISTED_NAMES = 6;

/**
 * Reads a JSON Pointer, in its JSON string form (`/foo/0`, `""` for the whole
 * document) or its URI fragment form (`#/foo/0`, percent-encoded).
 *
 * @param field The attribute the pointer came from, for messages (`count-path`).
 * @throws PlacardInputError `invalid-value` when the text is not a pointer,
 *   suggesting the pointer the webmaster probably meant.
 */
export function parseJsonPointer(text: string, field: string): JsonPointer {
  let pointer = text;
  if (pointer.startsWith('#')) {
    try {
      pointer = decodeURIComponent(pointer.slice(1));
    } catch (cause) {
      throw new PlacardInputError(
        'invalid-value',
        `The ${field} "${text}" has a "%" that does not start a valid escape such as %20. Write % itself as %25, or leave out the "#" and write the pointer plainly, e.g. ${field}="/data/count".`,
        field,
        { cause },
      );
    }
  }
  if (pointer === '') return { text, tokens: [] };
  if (!pointer.startsWith('/')) {
    throw new PlacardInputError(
      'invalid-value',
      `The ${field} "${text}" is not a JSON Pointer: it must start with "/", e.g. ${field}="${suggestPointer(pointer)}". Leave it empty to use the whole document.`,
      field,
    );
  }
  const badEscape = /~(?![01])(.?)/.exec(pointer);
  if (badEscape) {
    const after = badEscape[1] ? `"~${badEscape[1]}"` : 'a "~" at the end';
    throw new PlacardInputError(
      'invalid-value',
      `The ${field} "${text}" has ${after}. In a JSON Pointer "~" only starts an escape: write ~0 for a "~" in a name and ~1 for a "/" in a name.`,
      field,
    );
  }
  // ~1 before ~0, so that "~01" becomes "~1" and not "/" (RFC 6901 section 4).
  const tokens = pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
  return { text, tokens };
}

/** The pointer's JSON string form, from its tokens: `formatJsonPointer(['a/b', 0])` is `/a~1b/0`. */
export function formatJsonPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((token) => `/${String(token).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/**
 * Follows `pointer` into `document`. Only a document's own properties count,
 * so `/constructor` or `/__proto__` never reach into JavaScript's objects.
 */
export function resolveJsonPointer(document: unknown, pointer: JsonPointer): JsonPointerResult {
  let value = document;
  for (const [depth, token] of pointer.tokens.entries()) {
    const at = depth === 0 ? 'the top of the document' : formatJsonPointer(pointer.tokens.slice(0, depth));
    if (Array.isArray(value)) {
      if (token === '-') {
        return {
          found: false,
          reason: `"-" at ${at} means the place after the last item of the list, where there is nothing yet`,
        };
      }
      if (!ARRAY_INDEX.test(token)) {
        return {
          found: false,
          reason: `${at} is a list, whose items are numbered 0, 1, 2 … without leading zeros, and "${token}" is not such a number`,
        };
      }
      const index = Number(token);
      if (index >= value.length) {
        return {
          found: false,
          reason:
            value.length === 0
              ? `the list at ${at} is empty`
              : `the list at ${at} has ${value.length} item${value.length === 1 ? '' : 's'} (0 to ${value.length - 1}), so there is no item ${index}`,
        };
      }
      value = value[index];
    } else if (isJsonObject(value)) {
      if (!Object.hasOwn(value, token)) {
        return { found: false, reason: `there is no "${token}" in the object at ${at}${namesIn(value)}` };
      }
      value = value[token];
    } else {
      return {
        found: false,
        reason: `${at} holds ${describeValue(value)}, not an object or a list, so there is nothing inside it to find "${token}" in`,
      };
    }
  }
  return { found: true, value };
}

/** " (it has "count", "goal")", or "" for an empty object. */
function namesIn(object: Record<string, unknown>): string {
  const names = Object.keys(object);
  if (names.length === 0) return ' (it is empty)';
  const listed = names.slice(0, LISTED_NAMES).map((name) => `"${name}"`);
  if (names.length > LISTED_NAMES) listed.push('…');
  return ` (it has ${listed.join(', ')})`;
}

/**
 * The pointer a webmaster probably meant by a path in another notation:
 * `data.count` and JSONPath's `$.data.count` are `/data/count`.
 */
function suggestPointer(path: string): string {
  const plain = path.replace(/^\$\.?/, '');
  return `/${plain.includes('/') ? plain : plain.split('.').join('/')}`;
}
