import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { isWellFormed, withoutForbiddenControls } from './links-fixtures.js';
import {
  CRLF,
  MAX_LINE_OCTETS,
  contentLine,
  escapeText,
  foldLine,
  parameterValue,
} from '../../src/links/ics-text.js';

const encoder = new TextEncoder();
const octets = (s: string) => encoder.encode(s).length;

/** Parse `NAME:value` lines inside a minimal VCALENDAR with ical.js and give back the first value of `name`. */
function parseProperty(lines: string, name: string): unknown {
  const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', lines, 'END:VCALENDAR', ''].join(
    CRLF,
  );
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getFirstPropertyValue(name);
}

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines, in that spelling', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('turns CRLF and lone CR into \\n', () => {
    expect(escapeText('one\r\ntwo\rthree\nfour')).toBe('one\\ntwo\\nthree\\nfour');
  });

  it('leaves colons, quotes and tabs alone and drops other control characters', () => {
    expect(escapeText('a:b "c"\td\u0000e\u001Bf\u007Fg')).toBe('a:b "c"\tdefg');
  });
});

describe('parameterValue', () => {
  it('quotes only values with : ; or , and replaces what a parameter cannot hold', () => {
    expect(parameterValue('Europe/London')).toBe('Europe/London');
    expect(parameterValue('Branch "Red" Sec; Tyne, Wear:')).toBe(`"Branch 'Red' Sec; Tyne, Wear:"`);
    expect(parameterValue('a\r\nb')).toBe('a b');
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets alone', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds at 75 octets with continuation lines starting with one space', () => {
    const folded = foldLine('Y'.repeat(200));
    const physical = folded.split(CRLF);
    expect(physical.map((l) => octets(l))).toEqual([75, 75, 1 + 200 - 75 - 74]);
    expect(physical.slice(1).every((l) => l.startsWith(' ') && !l.startsWith('  '))).toBe(true);
    expect(
      physical[0] +
        physical
          .slice(1)
          .map((l) => l.slice(1))
          .join(''),
    ).toBe('Y'.repeat(200));
  });

  it('never splits a multi-byte character: counts UTF-8 octets, not UTF-16 units', () => {
    // 'ŵ' is 2 octets, '€' 3, '✊🏽' 3 + 4 (with a surrogate pair), '🏴󠁧󠁢󠁷󠁬󠁳󠁿' a long tag sequence.
    const line = `DESCRIPTION:${'Ymgyrchwch dros hawliau gweithwyr ŵ ŷ â € ✊🏽 🏴󠁧󠁢󠁷󠁬󠁳󠁿 '.repeat(6)}`;
    const folded = foldLine(line);
    for (const physical of folded.split(CRLF)) {
      expect(octets(physical)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
      // A split inside a character would leave a lone surrogate or U+FFFD after a round trip.
      expect(physical).toBe(new TextDecoder().decode(encoder.encode(physical)));
      expect(isWellFormed(physical)).toBe(true);
    }
    // Some lines must be shorter than 75 because the next character did not fit.
    expect(folded.split(CRLF).some((l, i, all) => i < all.length - 1 && octets(l) < MAX_LINE_OCTETS)).toBe(
      true,
    );
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('contentLine writes parameters before the value', () => {
    expect(contentLine('DTSTART', '20180315T183000', [['TZID', 'Europe/London']])).toBe(
      'DTSTART;TZID=Europe/London:20180315T183000',
    );
  });
});

describe('escape + fold survive a parse by ical.js (property)', () => {
  // Any code points except the control characters iCalendar cannot carry and CR
  // (which escapeText normalises to a newline); LF is included on purpose.
  const textChar = fc
    .string({ unit: 'binary', minLength: 1, maxLength: 1 })
    .filter((c) => c !== '\r' && c !== '\t' && withoutForbiddenControls(c) === c);
  const text = fc
    .array(fc.oneof(textChar, fc.constantFrom('\n', '\\', ';', ',', ':', '"', ' ', 'ŵ', '😀', '\t')), {
      maxLength: 300,
    })
    .map((chars) => chars.join(''));

  it('arbitrary Unicode text comes back unchanged', () => {
    fc.assert(
      fc.property(text, (value) => {
        const line = contentLine('DESCRIPTION', escapeText(value));
        for (const physical of line.split(CRLF))
          expect(octets(physical)).toBeLessThanOrEqual(MAX_LINE_OCTETS);
        expect(parseProperty(line, 'description')).toBe(value);
      }),
      { numRuns: 500 },
    );
  });

  it('line breaks of every kind come back as \\n', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.constantFrom('\r\n', '\r', '\n')), { maxLength: 10 }),
        (pieces) => {
          const value = pieces
            .map(([s, br]) => withoutForbiddenControls(s).replace(/[\r\n]/g, '') + br)
            .join('');
          expect(parseProperty(contentLine('SUMMARY', escapeText(value)), 'summary')).toBe(
            value.replace(/\r\n|\r/g, '\n'),
          );
        },
      ),
    );
  });
});
