import { describe, expect, it } from 'vitest';
import { PlacardInputError } from '../../src/model/errors.js';
import { canonicalTimeZone, isValidTimeZone, readerTimeZone } from '../../src/time/zones.js';

describe('isValidTimeZone', () => {
  it.each([
    'Europe/London',
    'UTC',
    'utc',
    'America/Argentina/Buenos_Aires',
    'America/Port-au-Prince',
    'Etc/GMT+5',
    'Asia/Kolkata',
  ])('accepts %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each([
    '',
    ' ',
    'Europe/Londn',
    'Mars/Olympus',
    '+01:00',
    'GMT+1:00',
    'Europe/London; drop',
    'BST',
    'IST',
    'CST',
    'PST',
    'bst',
  ])('rejects %j', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });
});

describe('canonicalTimeZone', () => {
  it('corrects the case of a zone name', () => {
    expect(canonicalTimeZone('europe/london')).toBe('Europe/London');
    expect(canonicalTimeZone('AMERICA/NEW_YORK')).toBe('America/New_York');
    expect(canonicalTimeZone('utc')).toBe('UTC');
  });

  it('keeps the modern name rather than an outdated one the engine prefers', () => {
    // Node 20's ICU resolves Asia/Kolkata to Asia/Calcutta.
    expect(canonicalTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
  });

  it('explains that abbreviations are ambiguous', () => {
    // ICU on its own would take BST to mean Bangladesh.
    expect(() => canonicalTimeZone('BST')).toThrow(
      '"BST" is not a time zone Placard knows. Abbreviations such as BST or EST can mean different places in different countries. Use an IANA time zone name such as Europe/London or America/New_York.',
    );
  });

  it('accepts the few three-letter IANA names', () => {
    expect(canonicalTimeZone('EST')).toBe('EST');
    expect(canonicalTimeZone('CET')).toBe('CET');
  });

  it('refuses an unknown zone every time it is asked, naming the field of each ask', () => {
    expect(canonicalTimeZone('Europe/London', 'time-zone')).toBe('Europe/London');
    for (const field of ['time-zone', 'TZID']) {
      expect(() => canonicalTimeZone('Europe/Londn', field)).toThrow(
        expect.objectContaining({ code: 'unknown-time-zone', field }),
      );
    }
  });

  it('trims surrounding space', () => {
    expect(canonicalTimeZone(' Europe/London ')).toBe('Europe/London');
  });

  it('throws a plain-English unknown-time-zone error', () => {
    expect(() => canonicalTimeZone('Europe/Londn')).toThrow(
      new PlacardInputError(
        'unknown-time-zone',
        '"Europe/Londn" is not a time zone Placard knows. Use an IANA time zone name such as Europe/London or America/New_York.',
      ),
    );
    try {
      canonicalTimeZone('GMT+1', 'time-zone');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlacardInputError);
      expect((error as PlacardInputError).code).toBe('unknown-time-zone');
      expect((error as PlacardInputError).field).toBe('time-zone');
      expect((error as PlacardInputError).message).toMatch(
        /^The time-zone "GMT\+1" is not a time zone Placard knows\./,
      );
    }
  });
});

describe('readerTimeZone', () => {
  it('is the runtime zone and a valid zone', () => {
    expect(readerTimeZone()).toBe(new Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(isValidTimeZone(readerTimeZone())).toBe(true);
  });
});
