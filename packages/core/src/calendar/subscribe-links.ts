/**
 * Links that subscribe a reader's calendar program to an iCalendar feed, so
 * new actions appear there as the branch adds them (unlike "Add to calendar",
 * which copies one event once).
 */
import { safeUrl } from '../sources/safe-url.js';

export interface SubscribeLinks {
  /** `webcal:` address: Apple Calendar, Outlook and most desktop programs open it and offer to subscribe. */
  webcal: string;
  /** Google Calendar's "add by URL" page, with the feed filled in. */
  google: string;
}

/**
 * The subscribe links for the iCalendar feed at `feedUrl`, or `undefined` when
 * it is not an http(s) address (a calendar program cannot subscribe to
 * anything else).
 */
export function subscribeLinks(feedUrl: string): SubscribeLinks | undefined {
  const url = safeUrl(feedUrl);
  if (url === undefined || !/^https?:/iu.test(url)) return undefined;
  return {
    webcal: url.replace(/^https?:/iu, 'webcal:'),
    // Google's servers fetch the feed themselves, so they are given its ordinary web address.
    google: `https://calendar.google.com/calendar/render?cid=${encodeURIComponent(url)}`,
  };
}
