/**
 * Whether an event is over or happening now, for hiding or marking past events.
 *
 * Timed events are half-open spans, as in iCalendar (DTEND is exclusive): an
 * event from 18:30 to 20:00 is on at 18:30 and over at 20:00. An event without
 * an end is over once its start has passed, and is never reported as ongoing,
 * since nothing says how long it lasts. All-day events are judged by the
 * calendar date in the event's own zone, so a day-long strike is on for the
 * whole of that day where it happens, wherever the reader is.
 */
import type { EventSchedule } from '../model/event.js';
import { toPlainDate } from './wall-clock.js';

/**
 * Whether the event has ended at `now`: at or after its end; after its start
 * when it has no end; after its last day (in its zone) when all-day.
 */
export function isPast(schedule: EventSchedule, now: Date): boolean {
  if (schedule.allDay) return toPlainDate(now, schedule.timeZone) > schedule.endDate;
  if (schedule.end) return now.getTime() >= schedule.end.getTime();
  return now.getTime() > schedule.start.getTime();
}

/**
 * Whether the event is happening at `now`: from its start until (not including)
 * its end; on any of its days (in its zone) when all-day. Never true for a
 * timed event without an end.
 */
export function isOngoing(schedule: EventSchedule, now: Date): boolean {
  if (schedule.allDay) {
    const today = toPlainDate(now, schedule.timeZone);
    return schedule.startDate <= today && today <= schedule.endDate;
  }
  if (!schedule.end) return false;
  return schedule.start.getTime() <= now.getTime() && now.getTime() < schedule.end.getTime();
}
