/**
 * The action calendar's logic: reading calendar feeds (iCalendar, Placard
 * JSON, JSON-LD, the Google Calendar API, WordPress's The Events Calendar),
 * expanding them into the items of a window, and laying items out for the list
 * and month views. ical.js is loaded only when a feed is iCalendar.
 */
export {
  CALENDAR_CATEGORIES,
  type CalendarCategory,
  type CalendarEntry,
  type CalendarFeed,
  type CalendarItem,
  type CalendarWindow,
  type EntryOccurrences,
  type ExpandedCalendar,
  type WindowBounds,
} from './calendar-item.js';
export { categoryOf, readCategory } from './category.js';
export type { CalendarSourceOptions } from './calendar-options.js';
export { singleEntry } from './calendar-entry.js';
export { parseCalendarText, type CalendarTextOptions } from './parse-calendar.js';
export { loadCalendarFeed } from './load-calendar.js';
export { expandCalendar } from './expand-calendar.js';
export { parsePlacardCalendarJson } from './calendar-json.js';
export { parseJsonLdCalendar } from './calendar-json-ld.js';
export {
  PlacardCalendarCategoryJsonSchema,
  PlacardCalendarEventJsonSchema,
  PlacardCalendarFeedJsonSchema,
  PlacardCalendarJsonDocumentSchema,
  type PlacardCalendarEventJson,
  type PlacardCalendarJsonDocument,
} from './calendar-json-schemas.js';
export { calendarJsonSchema } from './calendar-json-schema.js';
export {
  googleCalendarEventsUrl,
  parseGoogleCalendarPage,
  type GoogleCalendarPage,
  type GoogleCalendarQuery,
} from './google-calendar.js';
export { loadGoogleCalendar, type GoogleCalendarOptions } from './load-google-calendar.js';
export { parseTribeEventsPage, type TribeEventsPage } from './tribe-events.js';
export { loadTribeEvents, type TribeEventsOptions } from './load-tribe-events.js';
export { sortCalendarItems } from './item-order.js';
export { itemDayRange, type DayRange } from './item-days.js';
export {
  buildMonthGrid,
  monthGridDates,
  monthWindow,
  type CalendarDay,
  type CalendarDayItem,
  type DayPosition,
  type MonthGrid,
  type MonthGridOptions,
} from './month-grid.js';
export {
  groupByMonth,
  type CalendarListEntry,
  type CalendarMonthGroup,
  type MonthListOptions,
} from './month-list.js';
export { addMonths, nextMonth, previousMonth, readYearMonth, yearMonthOf } from './year-month.js';
export { firstDayOfWeek } from './week-start.js';
export {
  readCalendarInputs,
  type CalendarInputs,
  type CalendarInputsResult,
  type CalendarSourceSpec,
  type ReadCalendarFeed,
} from './calendar-inputs.js';
export { hEventElements, parseHEventCalendar } from './calendar-markup.js';
export { timeSlicer, yieldToEventLoop } from './time-slice.js';
export { subscribeLinks, type SubscribeLinks } from './subscribe-links.js';
