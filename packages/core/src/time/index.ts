/**
 * Time for Placard: loading Temporal, checking zones, reading date input and
 * formatting event schedules.
 */
export { loadTemporal } from './temporal.js';
export type { Temporal, TemporalAPI } from './temporal.js';
export { canonicalTimeZone, isValidTimeZone, readerTimeZone } from './zones.js';
export { addDays, parseDateTimeInput, wallTimeToInstant } from './wall-time.js';
export { toPlainDate } from './wall-clock.js';
export type { DateTimeInput } from './wall-time.js';
export { formatSchedule, formatTime } from './format.js';
export type { FormattedWhen, WhenFormatOptions } from './format.js';
export { isOngoing, isPast } from './phase.js';
