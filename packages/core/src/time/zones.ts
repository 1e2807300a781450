/**
 * IANA time-zone names: checking them, spelling them consistently and finding
 * the reader's own zone.
 *
 * The runtime's `Intl` zone database is the authority here, because it is the
 * same database that formatting (and Temporal, native or polyfilled) relies on:
 * a zone `Intl` accepts is a zone Placard can display.
 */
import { dateTimeFormat } from '../i18n/intl.js';
import { PlacardInputError } from '../model/errors.js';

// IANA names are letters, digits and `/ _ - +` (e.g. `America/Port-au-Prince`,
// `Etc/GMT+5`). Anything else, notably bare offsets like `+01:00` that some
// engines accept and others reject, is refused so every browser agrees.
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

// ICU also accepts Java's old three-letter IDs, which are not IANA names and
// mislead the people most likely to type them: "BST" is Bangladesh, not British
// Summer Time, "IST" is India and "CST" is Chicago. These are the only
// three-letter names IANA has.
const IANA_THREE_LETTER = new Set([
  'CET',
  'EET',
  'EST',
  'GMT',
  'HST',
  'MET',
  'MST',
  'PRC',
  'ROC',
  'ROK',
  'UCT',
  'UTC',
  'WET',
]);

/**
 * Whether `zone` is an IANA time-zone name this runtime knows, such as
 * `Europe/London` or `UTC`. Case-insensitive, as IANA names are.
 */
export function isValidTimeZone(zone: string): boolean {
  if (!IANA_NAME.test(zone)) return false;
  if (zone.length === 3 && !IANA_THREE_LETTER.has(zone.toUpperCase())) return false;
  try {
    dateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * Check an IANA zone name and return it in its conventional spelling
 * (`europe/london` → `Europe/London`, `utc` → `UTC`).
 *
 * Aliases are kept rather than swapped for the name `Intl` prefers, because some
 * engines still prefer outdated names (Node 20 turns `Asia/Kolkata` into
 * `Asia/Calcutta`) and the name a webmaster wrote is the one people recognise.
 *
 * @param field the attribute or property the zone came from, named in the error
 * @throws PlacardInputError `unknown-time-zone` when the runtime does not know the zone
 */
export function canonicalTimeZone(zone: string, field?: string): string {
  const name = zone.trim();
  let canonical = canonicalNames.get(name);
  if (canonical === undefined) {
    if (!isValidTimeZone(name)) throw unknownTimeZoneError(zone, field);
    canonical = spelling(name);
    canonicalNames.set(name, canonical);
  }
  return canonical;
}

/** Zones already checked: a feed names the same one or two on every event. */
const canonicalNames = new Map<string, string>();

function spelling(name: string): string {
  const lower = name.toLowerCase();
  const resolved = dateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  if (resolved.toLowerCase() === lower || resolved === 'UTC') return resolved;
  return supportedZones().find((listed) => listed.toLowerCase() === lower) ?? name;
}

/** The IANA zone of the person reading the page, as the runtime reports it. */
export function readerTimeZone(): string {
  // `timeZone` can be undefined in stripped-down runtimes without zone data.
  // Asked of the runtime each time, never cached: the reader's zone can change under a page.
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The error for a zone name the runtime does not know. */
export function unknownTimeZoneError(zone: string, field?: string, cause?: unknown): PlacardInputError {
  const subject = field ? `The ${field} "${zone}"` : `"${zone}"`;
  const abbreviation = /^[A-Z]{2,5}$/.test(zone.trim())
    ? ' Abbreviations such as BST or EST can mean different places in different countries.'
    : '';
  return new PlacardInputError(
    'unknown-time-zone',
    `${subject} is not a time zone Placard knows.${abbreviation} Use an IANA time zone name such as Europe/London or America/New_York.`,
    field,
    cause === undefined ? undefined : { cause },
  );
}

let zoneList: readonly string[] | undefined;

function supportedZones(): readonly string[] {
  zoneList ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zoneList;
}
