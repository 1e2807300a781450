import { afterEach, describe, expect, it, vi } from 'vitest';
import { expandCalendar } from '../../src/calendar/expand-calendar.js';
import { parseICalendarFeed } from '../../src/calendar/icalendar-feed.js';
import { decodeText } from '../../src/loading/decode-text.js';
import { clearDocumentCache, fetchDocument } from '../../src/loading/fetch-document.js';
import { days } from './calendar-helpers.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** `before`, a fold (line break and space) after the first `cut` bytes of `character`, then the rest. */
function foldInside(
  before: string,
  character: string,
  cut: number,
  after: string,
  lineBreak = '\r\n',
): Uint8Array {
  const bytes = utf8(character);
  return Uint8Array.from([
    ...utf8(before),
    ...bytes.slice(0, cut),
    ...utf8(`${lineBreak} `),
    ...bytes.slice(cut),
    ...utf8(after),
  ]);
}

describe('decoding a fetched document', () => {
  it('decodes UTF-8 as it is when nothing is split', () => {
    const text = 'SUMMARY:Rali’r gweithwyr – Café\r\n ŵ ŷ 👍';
    expect(decodeText(utf8(text))).toBe(text);
  });

  it('mends a character that a fold cuts, keeping the fold', () => {
    expect(decodeText(foldInside('SUMMARY:Caf', 'é', 1, ' ralli'))).toBe('SUMMARY:Caf\r\n é ralli');
    expect(decodeText(foldInside('SUMMARY:Rali', '’', 2, 'r gweithwyr'))).toBe(
      'SUMMARY:Rali\r\n ’r gweithwyr',
    );
    expect(decodeText(foldInside('SUMMARY:Da iawn ', '👍', 1, '!', '\n'))).toBe('SUMMARY:Da iawn \n 👍!');
  });

  it('leaves bytes that are simply not UTF-8 as they were', () => {
    const latin1 = Uint8Array.from([...utf8('SUMMARY:Caf'), 0xe9, ...utf8('\r\n ralli')]);
    expect(decodeText(latin1)).toBe('SUMMARY:Caf\uFFFD\r\n ralli');
  });

  it('gives an iCalendar feed folded inside characters its text, on its lines', async () => {
    const bytes = Uint8Array.from([
      ...utf8('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n'),
      ...foldInside('SUMMARY:Rali Caf', 'é', 1, ' – Gŵyl'),
      ...utf8('\r\nDTSTART:20180315T183000Z\r\nEND:VEVENT\r\n'),
      ...utf8('BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Picket\r\nDTSTART:oops\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n'),
    ]);
    const feed = await parseICalendarFeed(decodeText(bytes), {
      source: 'the calendar file at https://branch.example/calendar.ics',
      defaultTimeZone: 'Europe/London',
    });
    const { items } = expandCalendar(feed, days('2018-03-01', '2018-03-31'));
    expect(items.map((item) => item.name)).toEqual(['Rali Café – Gŵyl']);
    // The bad DTSTART is on the file's twelfth line: mending the fold did not move it.
    expect(feed.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^Line 12 of the calendar file at .*: the DTSTART “oops” is not a real date/u),
    ]);
  });

  describe('fetched', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      clearDocumentCache();
    });

    it('reads a feed’s bytes this way', async () => {
      const body = foldInside('SUMMARY:Caf', 'é', 1, ' ralli');
      vi.stubGlobal(
        'fetch',
        async () =>
          new Response(new Blob([body as BlobPart]), { headers: { 'content-type': 'text/calendar' } }),
      );
      const document = await fetchDocument('https://branch.example/calendar.ics');
      expect(document.text).toBe('SUMMARY:Caf\r\n é ralli');
    });
  });
});
