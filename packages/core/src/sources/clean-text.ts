/**
 * Text clean-up shared by every source. Text stays text: nothing here parses or
 * strips HTML, so `<img onerror=…>` in a feed is shown as those characters.
 */

// C0 and C1 control characters, DEL, and the zero-width no-break space (BOM).
// Tab, line feed and carriage return are handled separately.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROLS, '');
}

/**
 * One line of text: control characters removed, runs of white space (including
 * line breaks) collapsed to one space, trimmed. Empty results become `undefined`.
 */
export function cleanLine(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const line = wellFormed(value).replace(/\s+/g, ' ').trim();
  return line === '' ? undefined : line;
}

/**
 * Multi-line plain text (a description or an address): control characters
 * removed, line endings made `\n`, spaces inside each line collapsed, at most one
 * blank line between paragraphs, trimmed. Empty results become `undefined`.
 */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const lines = wellFormed(value.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n'))
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim());
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text === '' ? undefined : text;
}
