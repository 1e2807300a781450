/**
 * The event model: one rally, meeting, picket or action, whatever input it came from.
 *
 * Every input channel (attributes, JSON, JSON-LD, iCalendar, `h-event` markup) is
 * parsed into this one shape, so formatting, links and rendering never care where
 * an event came from.
 */

/** The states an event can be in, following schema.org's `EventStatusType`. */
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** A person or organisation named on an event: organiser, speaker or supporter. */
export interface EventParty {
  name: string;
  /** A short description, such as "National Education Union" or "co-author of …". */
  role?: string;
  url?: string;
}

/** Where an event happens in person. */
export interface EventVenue {
  name?: string;
  /** The postal address as one string; lines are separated by newlines. */
  address?: string;
}

/**
 * An event at a moment in time: instants, with the IANA zone of the venue
 * (or of the organiser, for online events) that the times were given in.
 */
export interface TimedSchedule {
  allDay: false;
  start: Date;
  /** Absent when the source gave no end time. */
  end?: Date;
  /** IANA time zone the event's wall times belong to, e.g. `Europe/London`. */
  timeZone: string;
}

/**
 * An all-day or multi-day event: calendar dates, not midnights.
 * Dates are ISO `YYYY-MM-DD`; `endDate` is the last day, inclusive.
 */
export interface AllDaySchedule {
  allDay: true;
  startDate: string;
  endDate: string;
  /** IANA zone of the place the dates belong to. */
  timeZone: string;
}

export type EventSchedule = TimedSchedule | AllDaySchedule;

export interface EventDetails {
  /** Stable identifier within a feed (iCalendar UID, JSON `id`). */
  id?: string;
  name: string;
  status: EventStatus;
  /** For `rescheduled` events: when it was going to start. */
  previousStart?: Date;
  venue?: EventVenue;
  /** Where to join online (a video call or stream). */
  onlineUrl?: string;
  /** The event's own page with full details. */
  url?: string;
  /** Plain text; paragraphs separated by blank lines. Never HTML. */
  description?: string;
  organiser?: EventParty;
  speakers: EventParty[];
  supporters: EventParty[];
  /** URL of an image for the event. */
  image?: string;
  tags: string[];
}

export type PlacardEvent = EventDetails & EventSchedule;

/** How people attend, derived from the venue and online URL. */
export type AttendanceMode = 'offline' | 'online' | 'mixed';

export function attendanceMode(event: Pick<PlacardEvent, 'venue' | 'onlineUrl' | 'status'>): AttendanceMode {
  const inPerson = Boolean(event.venue?.name || event.venue?.address) && event.status !== 'moved-online';
  if (event.onlineUrl && inPerson) return 'mixed';
  if (event.onlineUrl || event.status === 'moved-online') return 'online';
  return 'offline';
}
