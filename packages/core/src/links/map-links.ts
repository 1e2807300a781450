/**
 * Links that open a venue in a map, for "how to get there".
 */
import type { EventVenue } from '../model/event.js';
import { venueText } from './event-text.js';
import { urlWithQuery } from './query-url.js';

/** The map services Placard can link a venue to. */
export type MapProvider = 'openstreetmap' | 'google';

const SEARCH_PAGES: Record<MapProvider, string> = {
  openstreetmap: 'https://www.openstreetmap.org/search',
  // Google's documented, stable "Maps URLs" form: api=1 is required.
  google: 'https://www.google.com/maps/search/?api=1',
};

/**
 * A search link for the venue's name and address (as one line) on a map.
 *
 * OpenStreetMap is the default because it needs no account and is run by a
 * foundation rather than an advertiser.
 *
 * @returns the URL, or `undefined` when the venue has neither name nor address.
 */
export function mapLink(venue: EventVenue, provider: MapProvider = 'openstreetmap'): string | undefined {
  const query = venueText(venue);
  if (!query) return undefined;
  return urlWithQuery(SEARCH_PAGES[provider], [['query', query]]);
}
