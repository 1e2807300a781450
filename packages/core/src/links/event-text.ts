/**
 * The location and details text that every calendar (links and `.ics`) is given,
 * so that Google, Outlook, Yahoo and a downloaded file all say the same thing.
 */
import { attendanceMode } from '../model/event.js';
import type { EventVenue, PlacardEvent } from '../model/event.js';

/**
 * A venue as one line: name, then the address lines, comma-separated
 * (`Unite The Union, 128 Theobalds Road, London, WC1X 8TN`).
 * Calendar location fields are single-line, and map searches want one line too.
 * Returns `undefined` when the venue has no text at all.
 */
export function venueText(venue: EventVenue | undefined): string | undefined {
  if (!venue) return undefined;
  const parts: string[] = [];
  for (const raw of [venue.name ?? '', ...(venue.address ?? '').split(/\r\n|\r|\n/)]) {
    // Address lines often already end in a comma ("128 Theobalds Road,"); drop it
    // so that joining does not give ",,".
    const part = raw.replace(/\s+/g, ' ').trim().replace(/,+$/, '').trim();
    // An address that repeats the venue name as its first line would read twice.
    if (part && !parts.some((p) => p.toLowerCase() === part.toLowerCase())) parts.push(part);
  }
  return parts.length ? parts.join(', ') : undefined;
}

/**
 * Where a calendar should say the event is: the venue for in-person and mixed
 * events, the joining link for online-only ones (including events moved online).
 */
export function eventLocation(event: PlacardEvent): string | undefined {
  if (attendanceMode(event) === 'online') return event.onlineUrl || undefined;
  return venueText(event.venue) ?? (event.onlineUrl || undefined);
}

/**
 * The body text for a calendar entry: the description, then the event's page,
 * then (for mixed events, whose location field holds the venue) the joining link.
 * Paragraphs are separated by a blank line. A link already in the description is
 * not repeated.
 */
export function eventDetails(event: PlacardEvent): string | undefined {
  const description = event.description?.trim();
  const paragraphs: string[] = description ? [description] : [];
  const links = [event.url];
  if (attendanceMode(event) === 'mixed') links.push(event.onlineUrl);
  for (const link of links) {
    if (link && !paragraphs.some((p) => p.includes(link))) paragraphs.push(link);
  }
  return paragraphs.length ? paragraphs.join('\n\n') : undefined;
}
