import { describe, expect, it } from 'vitest';
import { safeUrl } from '../../src/sources/safe-url.js';

describe('safeUrl', () => {
  it('keeps http, https and mailto links', () => {
    expect(safeUrl('https://www.unitetheunion.org/')).toBe('https://www.unitetheunion.org/');
    expect(safeUrl('http://example.org/a b')).toBe('http://example.org/a%20b');
    expect(safeUrl('mailto:secretary@example.org')).toBe('mailto:secretary@example.org');
    expect(safeUrl('  https://example.org/events  ')).toBe('https://example.org/events');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/uuid',
    'webcal://example.org/feed.ics',
    'tel:+441234567890',
  ])('drops %j', (value) => {
    expect(safeUrl(value)).toBeUndefined();
    expect(safeUrl(value, 'https://branch.example/')).toBeUndefined();
  });

  it('drops empty, missing and malformed values', () => {
    expect(safeUrl(undefined)).toBeUndefined();
    expect(safeUrl('')).toBeUndefined();
    expect(safeUrl('   ')).toBeUndefined();
    expect(safeUrl('http://')).toBeUndefined();
    expect(safeUrl('https://exa mple.org')).toBeUndefined();
  });

  it('resolves relative links against the base, and drops them without one', () => {
    expect(safeUrl('/events/agm', 'https://branch.example/news/')).toBe('https://branch.example/events/agm');
    expect(safeUrl('agm.html', 'https://branch.example/news/')).toBe('https://branch.example/news/agm.html');
    expect(safeUrl('//cdn.example/poster.jpg', 'https://branch.example/')).toBe(
      'https://cdn.example/poster.jpg',
    );
    expect(safeUrl('/events/agm')).toBeUndefined();
  });

  it('does not let a hostile base turn a relative link into script', () => {
    expect(safeUrl('alert(1)', 'javascript:void(0)/')).toBeUndefined();
    expect(safeUrl('/x', 'not a url')).toBeUndefined();
  });

  it('reads a bare www. address as https', () => {
    expect(safeUrl('www.unitetheunion.org/events', 'https://branch.example/')).toBe(
      'https://www.unitetheunion.org/events',
    );
  });
});
