/** Sample events shared by the links tests. */
import type { PlacardEvent } from '../../src/model/event.js';

export const RALLY_NAME = 'Emergency rally – Keep Trump’s Hands Off Latin America!';
export const RALLY_DESCRIPTION =
  'Join us to say no to US intervention in Venezuela.\n\nSpeakers from the labour movement, Latin America solidarity campaigns & more.';
export const RALLY_URL = 'https://example.org/events/2018-03-15-rally?ref=placard&x=1';
export const RALLY_LOCATION = 'Unite The Union, 128 Theobalds Road, London, WC1X 8TN';

/** The 15 March 2018 rally: 18:30–20:00 in London, which was on GMT that day. */
export function rally(overrides: Partial<PlacardEvent> = {}): PlacardEvent {
  return {
    name: RALLY_NAME,
    status: 'scheduled',
    allDay: false,
    start: new Date('2018-03-15T18:30:00Z'),
    end: new Date('2018-03-15T20:00:00Z'),
    timeZone: 'Europe/London',
    venue: { name: 'Unite The Union', address: '128 Theobalds Road\nLondon\nWC1X 8TN' },
    url: RALLY_URL,
    description: RALLY_DESCRIPTION,
    speakers: [],
    supporters: [],
    tags: [],
    ...overrides,
  } as PlacardEvent;
}

/** An all-day event from `startDate` to `endDate` (inclusive). */
export function allDay(
  startDate: string,
  endDate: string,
  overrides: Partial<PlacardEvent> = {},
): PlacardEvent {
  return {
    name: 'Strike day',
    status: 'scheduled',
    allDay: true,
    startDate,
    endDate,
    timeZone: 'Europe/London',
    speakers: [],
    supporters: [],
    tags: [],
    ...overrides,
  } as PlacardEvent;
}

/** No lone UTF-16 surrogates (String#isWellFormed is ES2024, newer than the project's lib). */
export function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/**
 * `text` without the control characters iCalendar cannot carry (all but TAB, LF
 * and CR), i.e. what a TEXT value can hold before line-break normalisation.
 */
export function withoutForbiddenControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}
