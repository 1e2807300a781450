/**
 * An agenda written as light-DOM markup (see `readAgendaMarkup` for the
 * convention), checked by the same builder as JSON and JSON-LD agendas, with
 * problems named the way the webmaster sees the list: "item 3 in the first list".
 */
import { buildAgenda } from '../agenda/build-agenda.js';
import { pathAgendaVocabulary } from '../agenda/agenda-input.js';
import type { AgendaResult } from '../model/agenda.js';
import { hEventVocabulary } from './h-event.js';
import { readAgendaMarkup } from './agenda-markup.js';
import type { SourceOptions } from './source-options.js';

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
const ordinal = (index: number) => ORDINALS[index] ?? `number ${index + 1}`;

const markupVocabulary = pathAgendaVocabulary({
  meeting: hEventVocabulary,
  itemPath: ({ section, index }) => `item ${index + 1} in the ${ordinal(section)} list`,
  deadlinePath: (index) => `deadline ${index + 1}`,
  names: { items: 'list items (<li>)', item: { time: '<time>' } },
});

/**
 * Reads and checks the agenda in `root`'s markup.
 *
 * @throws PlacardInputError when nothing can be shown (no meeting start, no items).
 */
export function parseAgendaMarkup(root: Element, options: SourceOptions = {}): Promise<AgendaResult> {
  const { meeting, sections } = readAgendaMarkup(root);
  const { venue, address, ...timing } = meeting;
  return buildAgenda(
    { meeting: { ...timing, venue: venue || address ? { name: venue, address } : undefined }, sections },
    { vocabulary: markupVocabulary, ...options },
  );
}
