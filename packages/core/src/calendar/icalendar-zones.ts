/**
 * What an iCalendar TZID means. Files from Google and Apple use IANA names
 * (`Europe/London`); Outlook and Exchange use Windows names (`GMT Standard
 * Time`) with a VTIMEZONE that gives the rules for a year or two; some older
 * programs write a path before the IANA name
 * (`/freeassociation.sourceforge.net/Tzfile/Europe/London`).
 *
 * An IANA zone is always preferred, even when the file has a VTIMEZONE: the
 * browser's zone database knows every past and future clock change, where a
 * VTIMEZONE is often a one-year extract.
 */
import { canonicalTimeZone, isValidTimeZone } from '../time/zones.js';

/** How times in one TZID are read. */
export type ZoneReading =
  /** As wall times in this IANA zone, shown in it. */
  | { kind: 'iana'; zone: string }
  /** Through the file's own VTIMEZONE (ical.js converts them); shown in the feed's zone. */
  | { kind: 'vtimezone' }
  /** Not known at all: read as if in the feed's zone, with a problem. */
  | { kind: 'unknown' };

/**
 * The Windows zone names calendar programs commonly write, with the IANA zone
 * CLDR's `windowsZones.xml` gives for each (its "001" territory).
 */
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'w. europe standard time': 'Europe/Berlin',
  'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'e. europe standard time': 'Europe/Chisinau',
  'fle standard time': 'Europe/Kiev',
  'gtb standard time': 'Europe/Bucharest',
  'russian standard time': 'Europe/Moscow',
  'turkey standard time': 'Europe/Istanbul',
  'israel standard time': 'Asia/Jerusalem',
  'egypt standard time': 'Africa/Cairo',
  'south africa standard time': 'Africa/Johannesburg',
  'arabian standard time': 'Asia/Dubai',
  'pakistan standard time': 'Asia/Karachi',
  'india standard time': 'Asia/Kolkata',
  'bangladesh standard time': 'Asia/Dhaka',
  'singapore standard time': 'Asia/Singapore',
  'china standard time': 'Asia/Shanghai',
  'tokyo standard time': 'Asia/Tokyo',
  'w. australia standard time': 'Australia/Perth',
  'cen. australia standard time': 'Australia/Adelaide',
  'e. australia standard time': 'Australia/Brisbane',
  'aus eastern standard time': 'Australia/Sydney',
  'new zealand standard time': 'Pacific/Auckland',
  'hawaiian standard time': 'Pacific/Honolulu',
  'alaskan standard time': 'America/Anchorage',
  'pacific standard time': 'America/Los_Angeles',
  'us mountain standard time': 'America/Phoenix',
  'mountain standard time': 'America/Denver',
  'central standard time': 'America/Chicago',
  'eastern standard time': 'America/New_York',
  'atlantic standard time': 'America/Halifax',
  'newfoundland standard time': 'America/St_Johns',
  'sa pacific standard time': 'America/Bogota',
  'e. south america standard time': 'America/Sao_Paulo',
  utc: 'UTC',
  'coordinated universal time': 'UTC',
};

/** An IANA zone named by `tzid` directly, through the Windows table, or at the end of a path. */
export function ianaZoneFor(tzid: string): string | undefined {
  const name = tzid.trim();
  if (isValidTimeZone(name)) return canonicalTimeZone(name);
  const windows = WINDOWS_ZONES[name.toLowerCase()];
  if (windows) return windows;
  if (!name.startsWith('/')) return undefined;
  const parts = name.split('/');
  // The IANA name is the last two or three parts (`Europe/London`, `America/Argentina/Cordoba`).
  for (const length of [3, 2]) {
    const candidate = parts.slice(-length).join('/');
    if (parts.length > length && isValidTimeZone(candidate)) return canonicalTimeZone(candidate);
  }
  return undefined;
}

/** How to read times given in `tzid`, when the file does or does not define it in a VTIMEZONE. */
export function readZone(tzid: string, definedInFile: boolean): ZoneReading {
  const zone = ianaZoneFor(tzid);
  if (zone) return { kind: 'iana', zone };
  return definedInFile ? { kind: 'vtimezone' } : { kind: 'unknown' };
}
