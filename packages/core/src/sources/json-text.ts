/**
 * Small helpers for JSON documents: reading text, naming paths, and describing
 * values in messages.
 */
import { PlacardInputError } from '../model/errors.js';

/**
 * Returns `value` itself, or, when it is a string, the JSON it holds.
 *
 * @param what The document's name in messages, e.g. "The JSON-LD".
 * @throws PlacardInputError `malformed-document` when the text is not JSON.
 */
export function readJsonValue(value: unknown, what: string): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch (error) {
    const place = errorPlace(value, error instanceof Error ? error.message : '');
    throw new PlacardInputError(
      'malformed-document',
      place
        ? `${what} is not valid JSON: there is a mistake near ${place}. Look for a missing comma, quote or bracket there, or paste the text into a JSON checker.`
        : `${what} is not valid JSON. Look for a missing comma, quote or bracket, or paste the text into a JSON checker.`,
      undefined,
      { cause: error },
    );
  }
}

/** "line 1, column 14" from an engine's JSON error message (V8 gives a position, Firefox a line and column). */
function errorPlace(text: string, message: string): string | undefined {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/i.exec(message);
  if (!position) return /end of (?:JSON|data)/i.test(message) ? 'the end' : undefined;
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return `line ${lines.length}, column ${lines[lines.length - 1]!.length + 1}`;
}

/** Joins a path: `joinPath('events[2]', 'start')` is `events[2].start`; `joinPath('', 3)` is `[3]`. */
export function joinPath(prefix: string, key: string | number): string {
  if (typeof key === 'number') return `${prefix}[${key}]`;
  const name = /^[A-Za-z_$@][\w$@-]*$/.test(key) ? key : JSON.stringify(key);
  if (name !== key) return `${prefix}[${name}]`;
  return prefix === '' ? key : `${prefix}.${key}`;
}

/** A value as a message can show it: `the number 42`, `text ("Soon")`, `a list`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
      return `text (${JSON.stringify(shown)})`;
    }
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** Whether a value is a plain JSON object (not null, not a list). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
