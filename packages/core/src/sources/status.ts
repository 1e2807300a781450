import { EVENT_STATUSES, type EventStatus } from '../model/event.js';

/**
 * Every spelling of an event status that Placard reads, lower-cased and with
 * spaces, hyphens and underscores removed: Placard's own names, schema.org's
 * `EventStatusType` names (with or without `https://schema.org/` or `schema:`),
 * American "canceled", and iCalendar's `STATUS` values.
 */
const STATUS_SPELLINGS: Readonly<Record<string, EventStatus>> = {
  scheduled: 'scheduled',
  eventscheduled: 'scheduled',
  confirmed: 'scheduled',
  tentative: 'scheduled',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  eventcancelled: 'cancelled',
  eventcanceled: 'cancelled',
  postponed: 'postponed',
  eventpostponed: 'postponed',
  rescheduled: 'rescheduled',
  eventrescheduled: 'rescheduled',
  movedonline: 'moved-online',
  eventmovedonline: 'moved-online',
};

const PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/i;

/**
 * Reads a status in any of the spellings above; `undefined` when unknown.
 *
 * @example readStatus('https://schema.org/EventCancelled') // 'cancelled'
 * @example readStatus('Moved online') // 'moved-online'
 */
export function readStatus(value: string): EventStatus | undefined {
  const key = value
    .trim()
    .replace(PREFIX, '')
    .replace(/[\s_-]+/g, '')
    .toLowerCase();
  return Object.hasOwn(STATUS_SPELLINGS, key) ? STATUS_SPELLINGS[key] : undefined;
}

/** The status names a webmaster should use, for error messages. */
export const STATUS_NAMES: string = EVENT_STATUSES.join(', ');
