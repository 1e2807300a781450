import { describe, expect, it } from 'vitest';
import { cleanLine, cleanText } from '../../src/sources/clean-text.js';
import { readStatus } from '../../src/sources/status.js';

describe('cleanLine', () => {
  it('trims, collapses white space and removes control characters', () => {
    expect(cleanLine('  Branch\n\tAGM \u0000\u0007\u009b ')).toBe('Branch AGM');
    expect(cleanLine('\uFEFFBranch AGM')).toBe('Branch AGM');
  });

  it('keeps HTML as literal text', () => {
    expect(cleanLine('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('keeps curly quotes, dashes and emoji, and replaces lone surrogates', () => {
    expect(cleanLine('Emergency rally – Keep Trump’s Hands Off ✊🏽')).toBe(
      'Emergency rally – Keep Trump’s Hands Off ✊🏽',
    );
    expect(cleanLine('a\uD800b')).toBe('a\uFFFDb');
  });

  it('gives undefined for empty text and non-strings', () => {
    expect(cleanLine('  \u0000 ')).toBeUndefined();
    expect(cleanLine(42)).toBeUndefined();
    expect(cleanLine(undefined)).toBeUndefined();
  });
});

describe('cleanText', () => {
  it('keeps paragraphs, normalising line endings and blank lines', () => {
    expect(cleanText('  First  line\r\nsecond line\r\n\r\n\r\n\r\nNext   paragraph  ')).toBe(
      'First line\nsecond line\n\nNext paragraph',
    );
    expect(cleanText('a\u2028b')).toBe('a\nb');
  });

  it('keeps HTML as literal text', () => {
    expect(cleanText('<p>Hi</p>\n<script>alert(1)</script>')).toBe('<p>Hi</p>\n<script>alert(1)</script>');
  });
});

describe('readStatus', () => {
  it.each([
    ['scheduled', 'scheduled'],
    ['Cancelled', 'cancelled'],
    ['canceled', 'cancelled'],
    ['EventCancelled', 'cancelled'],
    ['https://schema.org/EventCancelled', 'cancelled'],
    ['http://schema.org/EventPostponed', 'postponed'],
    ['schema:EventRescheduled', 'rescheduled'],
    ['moved-online', 'moved-online'],
    ['Moved online', 'moved-online'],
    ['EventMovedOnline', 'moved-online'],
    ['CONFIRMED', 'scheduled'],
  ])('reads %j as %j', (text, status) => {
    expect(readStatus(text)).toBe(status);
  });

  it.each(['maybe', 'constructor', '__proto__', 'https://example.org/EventCancelled', ''])(
    'does not know %j',
    (text) => {
      expect(readStatus(text)).toBeUndefined();
    },
  );
});
