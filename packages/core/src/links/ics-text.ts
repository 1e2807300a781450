/**
 * RFC 5545 content lines: TEXT escaping, parameter quoting and line folding.
 * Everything here is about bytes on the wire, nothing about events.
 */

/** RFC 5545 §3.1: lines end in CRLF, even on systems that use LF. */
export const CRLF = '\r\n';

/** RFC 5545 §3.1: a physical line SHOULD NOT be longer than 75 octets, excluding the CRLF. */
export const MAX_LINE_OCTETS = 75;

// Control characters other than TAB are not allowed in TEXT or parameter values
// (RFC 5545 §3.1, §3.3.11). CR and LF are handled before this runs.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/**
 * A string as an iCalendar TEXT value (RFC 5545 §3.3.11): backslash, semicolon
 * and comma are escaped, every kind of line break becomes `\n`, and other control
 * characters (which the format cannot carry) are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(FORBIDDEN_CONTROLS, '')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/**
 * A parameter value (RFC 5545 §3.1), double-quoted only when it holds `:`, `;`
 * or `,` (some readers mishandle quotes they do not need, such as around a TZID).
 * A parameter value cannot hold a double quote or a line break at all, and the
 * format has no escape for them (RFC 6868's caret escapes are not read by every
 * client), so those become a single quote and a space.
 */
export function parameterValue(value: string): string {
  const cleaned = value
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(FORBIDDEN_CONTROLS, '')
    .replace(/"/g, "'");
  return /[:;,]/.test(cleaned) ? `"${cleaned}"` : cleaned;
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * One logical content line folded into physical lines of at most 75 UTF-8 octets
 * (RFC 5545 §3.1): each continuation line starts with a single space, which counts
 * towards its 75. Lines are only broken between code points, never inside a
 * character's UTF-8 bytes or between the halves of a surrogate pair.
 *
 * @returns the physical lines joined by CRLF, without a final CRLF.
 */
export function foldLine(line: string): string {
  const physical: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      physical.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  physical.push(current);
  return physical.join(CRLF);
}

/** `NAME;PARAM=value:value`, folded. `value` must already be in its iCalendar form (escaped TEXT, a date…). */
export function contentLine(
  name: string,
  value: string,
  params: ReadonlyArray<readonly [string, string]> = [],
): string {
  const paramText = params.map(([key, paramValue]) => `;${key}=${paramValue}`).join('');
  return foldLine(`${name}${paramText}:${value}`);
}
