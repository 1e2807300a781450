/** Options every calendar feed reader takes. */
import type { SourceOptions } from '../sources/source-options.js';
import type { CalendarCategory } from './calendar-item.js';
import { DEFAULT_SOURCE } from './calendar-messages.js';

export interface CalendarSourceOptions extends SourceOptions {
  /** Names the feed in items' `sourceId` and keys, e.g. its URL. Default `calendar`. */
  sourceId?: string;
  /** How messages name the feed, e.g. "the calendar feed at https://…". */
  source?: string;
  /** The kind of action for items whose own data names none; default `other`. */
  defaultCategory?: CalendarCategory;
}

/** The options with their defaults filled in. */
export function resolveSourceOptions(
  options: CalendarSourceOptions,
): CalendarSourceOptions & { sourceId: string; source: string; defaultCategory: CalendarCategory } {
  return {
    ...options,
    sourceId: options.sourceId ?? 'calendar',
    source: options.source ?? DEFAULT_SOURCE,
    defaultCategory: options.defaultCategory ?? 'other',
  };
}
