/**
 * Which kind of action an item is, from the words a feed labels it with:
 * iCalendar `CATEGORIES`, a JSON `category`, WordPress categories, JSON-LD
 * `keywords`. Calendar programs let people type anything there, so common
 * words and phrases are understood, not only Placard's own names.
 */
import type { CalendarCategory } from './calendar-item.js';

/** Words and phrases for each kind, lower-cased, as branches write them. */
const WORDS: Readonly<Record<string, CalendarCategory>> = {
  strike: 'strike',
  strikes: 'strike',
  'strike day': 'strike',
  'industrial action': 'strike',
  walkout: 'strike',
  'walk out': 'strike',
  picket: 'picket',
  pickets: 'picket',
  'picket line': 'picket',
  demo: 'demo',
  demos: 'demo',
  demonstration: 'demo',
  march: 'demo',
  rally: 'demo',
  protest: 'demo',
  vigil: 'demo',
  meeting: 'meeting',
  meetings: 'meeting',
  agm: 'meeting',
  egm: 'meeting',
  'branch meeting': 'meeting',
  'general meeting': 'meeting',
  committee: 'meeting',
  conference: 'conference',
  congress: 'conference',
  social: 'social',
  festival: 'social',
  gala: 'social',
  other: 'other',
};

/** Longest phrases first, so "industrial action" wins over a shorter word inside a label. */
const PHRASES = Object.keys(WORDS).sort((a, b) => b.length - a.length);

function words(label: string): string {
  return ` ${label
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * The kind named by one label: Placard's own name, a known word or phrase
 * (`Industrial action`, `Branch AGM`, `National demo`), or `undefined`.
 *
 * @example categoryOf('Walkout') // 'strike'
 * @example categoryOf('TUC Demonstration') // 'demo'
 */
export function categoryOf(label: string): CalendarCategory | undefined {
  const text = words(label);
  if (text.trim() === '') return undefined;
  const exact = WORDS[text.trim()];
  if (exact) return exact;
  const phrase = PHRASES.find((candidate) => text.includes(` ${candidate} `));
  return phrase === undefined ? undefined : WORDS[phrase];
}

/**
 * The kind for an item labelled `labels`: the first label that names one, else
 * the source's `fallback`, else `other`.
 */
export function readCategory(
  labels: readonly string[],
  fallback: CalendarCategory = 'other',
): CalendarCategory {
  for (const label of labels) {
    const category = categoryOf(label);
    if (category) return category;
  }
  return fallback;
}
