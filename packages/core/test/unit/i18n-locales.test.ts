import { describe, expect, it } from 'vitest';
import {
  isTargetLocale,
  matchLocale,
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  TARGET_LOCALES,
} from '../../src/i18n/locales.js';

describe('locales', () => {
  it('has en-GB as source and cy as the only target', () => {
    expect(SOURCE_LOCALE).toBe('en-GB');
    expect(TARGET_LOCALES).toEqual(['cy']);
    expect(SUPPORTED_LOCALES).toEqual(['en-GB', 'cy']);
  });

  it.each(['cy', 'cy-GB', 'CY', 'Cy-gb', 'cy_GB', 'cy-Latn-GB', ' cy ', 'cy-u-nu-latn'])(
    'matches %j to Welsh',
    (tag) => {
      expect(matchLocale(tag)).toBe('cy');
    },
  );

  it.each(['en', 'en-GB', 'en-US', 'EN', '', '   ', 'fr', 'ga', 'gd', 'cym', 'xcy', 'c', '-cy', 'not a tag'])(
    'matches %j to English',
    (tag) => {
      expect(matchLocale(tag)).toBe('en-GB');
    },
  );

  it('treats null and undefined as English', () => {
    expect(matchLocale(null)).toBe('en-GB');
    expect(matchLocale(undefined)).toBe('en-GB');
  });

  it('knows its target locales', () => {
    expect(isTargetLocale('cy')).toBe(true);
    expect(isTargetLocale('en-GB')).toBe(false);
    expect(isTargetLocale('cy-GB')).toBe(false);
  });
});
