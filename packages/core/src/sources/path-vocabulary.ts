import { FIELD_EXAMPLES, type EventFieldKey, type FieldVocabulary } from './field-vocabulary.js';
import { joinPath } from './json-text.js';

/**
 * Field names for a JSON document: `events[2].start` as the field, "the "start"
 * property of events[2]" in sentences.
 *
 * @param prefix Path of the event object inside the document; `''` for the document itself.
 * @param names The document's property name for each field where it differs from Placard's (JSON-LD's `startDate`).
 * @param examples Example values where they differ from Placard's.
 */
export function pathVocabulary(
  prefix: string,
  names: Partial<Record<EventFieldKey, string>> = {},
  examples: Partial<Record<EventFieldKey, string>> = {},
): FieldVocabulary {
  const property = (key: EventFieldKey): string => names[key] ?? key;
  const where = prefix === '' ? '' : ` of ${prefix}`;
  return {
    subject: prefix === '' ? 'The event' : `The event at ${prefix}`,
    field: (key) => joinPath(prefix, property(key)),
    ref: (key) => `the "${property(key)}" property${where}`,
    addHint: (key) => {
      const name = property(key);
      const to = prefix === '' ? '' : ` to ${prefix}`;
      return `Add a "${name}" property${to}, e.g. "${name}": ${JSON.stringify(examples[key] ?? FIELD_EXAMPLES[key])}.`;
    },
  };
}
