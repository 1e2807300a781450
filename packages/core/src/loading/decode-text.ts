/**
 * Decoding a fetched document's bytes as UTF-8, mending lines folded in the
 * middle of a character.
 *
 * iCalendar folds long lines by putting a line break and a space into them
 * (RFC 5545 §3.1), every 75 octets. Some exporters count octets without
 * minding characters and fold inside one that takes several bytes, so a Welsh
 * ŵ or an accented é split over the fold decodes as two "�" however the lines
 * are joined afterwards. Such bytes are invalid UTF-8 in any format, so mending
 * them can never change a document that was right.
 */

const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;

const decoder = new TextDecoder();

/** `bytes` as text, with each character split by a fold moved whole to after it. */
export function decodeText(bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  // Only a document with undecodable bytes can hold a split character.
  return text.includes('\uFFFD') ? decoder.decode(mendSplitCharacters(bytes)) : text;
}

/**
 * Moves the first bytes of each character cut by a fold (a line break then a
 * space or tab, before a UTF-8 continuation byte) to after the fold. The fold
 * stays, so unfolding joins the same lines and line numbers stay the file's.
 */
function mendSplitCharacters(bytes: Uint8Array): Uint8Array {
  const mended = Uint8Array.from(bytes);
  for (let index = 0; index < mended.length; index += 1) {
    if (mended[index] !== LF) continue;
    const blank = mended[index + 1];
    if ((blank !== SPACE && blank !== TAB) || !isContinuation(mended[index + 2])) continue;
    const breakStart = mended[index - 1] === CR ? index - 1 : index;
    const partStart = startOfCharacter(mended, breakStart);
    if (partStart === breakStart) continue;
    // [part][break][blank] becomes [break][blank][part]: the character is whole again.
    const part = mended.slice(partStart, breakStart);
    mended.copyWithin(partStart, breakStart, index + 2);
    mended.set(part, partStart + (index + 2 - breakStart));
    index += 1;
  }
  return mended;
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && (byte & 0xc0) === 0x80;
}

/**
 * Where the unfinished character ending just before `end` starts: its lead
 * byte, at most three bytes back; `end` when the bytes before it end whole.
 */
function startOfCharacter(bytes: Uint8Array, end: number): number {
  for (let start = end - 1; start >= Math.max(0, end - 3); start -= 1) {
    const byte = bytes[start]!;
    if (isContinuation(byte)) continue;
    if (byte < 0xc0) return end; // ASCII: nothing is cut.
    // A lead byte says how long its character is: 0b110… two bytes, 0b1110… three, 0b11110… four.
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return end - start < length ? start : end;
  }
  return end;
}
