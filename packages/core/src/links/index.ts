/**
 * Calendar links, map links and iCalendar export for events.
 */
export { calendarLinks } from './calendar-links.js';
export type { CalendarLinks } from './calendar-links.js';
export { eventToICalendar, icsFileName, DEFAULT_PRODUCT_ID } from './ics.js';
export type { ICalendarOptions } from './ics.js';
export { mapLink } from './map-links.js';
export type { MapProvider } from './map-links.js';
export { DEFAULT_DURATION_MINUTES } from './date-format.js';
export { eventLocation, eventDetails, venueText } from './event-text.js';
