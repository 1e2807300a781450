/**
 * Plain text from the HTML some feeds put in descriptions and titles
 * (WordPress, the Google Calendar API).
 *
 * Nothing here parses HTML into a document, so nothing in it can run or load:
 * tags are dropped, paragraphs and line breaks become new lines, and character
 * references are decoded last, so `&lt;script&gt;` comes out as the text
 * "<script>" and stays text. The result is only ever shown as text, so a tag
 * this misses is shown as characters, never interpreted.
 */
import { cleanLine, cleanText } from '../sources/clean-text.js';

/** HTML's names for U+00A0 to U+00FF, in order: accented letters such as `&egrave;`. */
const LATIN_1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** The named references WordPress and Google write; others are left as typed. */
const NAMED: Readonly<Record<string, string>> = {
  ...Object.fromEntries(LATIN_1.split(' ').map((name, index) => [name, String.fromCharCode(0xa0 + index)])),
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  bull: '•',
  euro: '€',
  trade: '™',
  // Welsh.
  Wcirc: 'Ŵ',
  wcirc: 'ŵ',
  Ycirc: 'Ŷ',
  ycirc: 'ŷ',
};

/**
 * Decodes character references (`&#8211;`, `&#x2019;`, `&amp;`) in text. A
 * reference to no character (`&#0;`, beyond Unicode) becomes U+FFFD.
 */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z]{2,8}));/gu,
    (whole, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED[name] ?? whole;
      const code = dec !== undefined ? Number(dec) : Number.parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
    },
  );
}

/** One line of text from an HTML title: tags dropped, references decoded. */
export function htmlLine(html: unknown): string | undefined {
  return typeof html === 'string' ? cleanLine(decodeEntities(stripTags(html))) : undefined;
}

/** Plain text, with paragraphs, from an HTML description. */
export function htmlToText(html: unknown): string | undefined {
  if (typeof html !== 'string') return undefined;
  const text = stripTags(
    html
      .replace(/\r\n?/gu, '\n')
      // Source line breaks are not breaks in HTML.
      .replace(/\s*\n\s*/gu, ' ')
      .replace(/<br\s*\/?>/giu, '\n')
      .replace(/<li\b[^>]*>/giu, '\n• ')
      .replace(
        /<\/?(?:p|div|h[1-6]|ul|ol|blockquote|table|tr|section|article|header|footer)\b[^>]*>/giu,
        '\n\n',
      ),
  );
  return cleanText(decodeEntities(text));
}

/** A description that may be HTML or plain text: read as HTML only when it has tags, so plain text keeps its line breaks. */
export function descriptionText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return /<\/?[A-Za-z][^>]*>/u.test(value) ? htmlToText(value) : cleanText(decodeEntities(value));
}

/** Drops comments, scripts and styles with their content, then every other tag. */
function stripTags(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/gu, '')
    .replace(/<(script|style|template)\b[\s\S]*?(?:<\/\1\s*>|$)/giu, '')
    .replace(/<\/?[A-Za-z][^>]*>/gu, '');
}
