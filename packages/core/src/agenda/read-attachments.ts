/**
 * Reading the papers attached to an agenda item: a link, a title, and the file
 * type and size when the source gives them.
 */
import type { AgendaAttachment } from '../model/agenda.js';
import type { PlacardInputError } from '../model/errors.js';
import { cleanLine } from '../sources/clean-text.js';
import { isJsonObject } from '../sources/json-text.js';
import { safeUrl } from '../sources/safe-url.js';
import type { AgendaItemPosition, AgendaVocabulary } from './agenda-input.js';
import { agendaMessages, type NamedItem } from './agenda-messages.js';

const SIZE = /^(\d+(?:\.\d+)?)\s*(b|bytes?|kb|mb|gb)?$/i;
// SI units, as Intl's `kilobyte`/`megabyte` use when the size is shown again.
const UNIT_BYTES: Readonly<Record<string, number>> = { kb: 1e3, mb: 1e6, gb: 1e9 };

/** Bytes in `value`, `undefined` when absent, `null` when it is not a size. */
function readSize(value: unknown): number | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value) : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return undefined;
  const match = SIZE.exec(text);
  if (!match) return null;
  const unit = match[2]?.toLowerCase() ?? 'b';
  return Math.round(Number(match[1]) * (UNIT_BYTES[unit] ?? 1));
}

/** A title for a link without one: the file's name, else the site or address. */
function fileName(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol === 'mailto:') return decodeURIComponent(parsed.pathname);
  const last = parsed.pathname.split('/').filter(Boolean).pop();
  if (last === undefined) return parsed.hostname;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export interface AttachmentContext {
  item: NamedItem;
  position: AgendaItemPosition;
  vocabulary: AgendaVocabulary;
  baseUrl: string | undefined;
}

/**
 * The attachments in `value` (a list; anything else is ignored). An attachment
 * without a usable link is left out and reported; an unreadable size is
 * reported and left out of the attachment.
 */
export function readAttachments(
  value: unknown,
  context: AttachmentContext,
  problems: PlacardInputError[],
): AgendaAttachment[] {
  if (!Array.isArray(value)) return [];
  const { item, position, vocabulary, baseUrl } = context;
  const attachments: AgendaAttachment[] = [];
  value.forEach((entry: unknown, index) => {
    if (!isJsonObject(entry)) return;
    const field = (key: 'url' | 'size') => vocabulary.attachment(position, index, key);
    const link = cleanLine(entry.url);
    if (link === undefined) {
      problems.push(agendaMessages.attachmentWithoutLink(item, index, vocabulary, field('url')));
      return;
    }
    const url = safeUrl(link, baseUrl);
    if (url === undefined) {
      problems.push(agendaMessages.unsafeAttachmentLink(item, index, link, field('url')));
      return;
    }
    const attachment: AgendaAttachment = { url, title: cleanLine(entry.title) ?? fileName(url) };
    const type = cleanLine(entry.type);
    if (type !== undefined) attachment.type = type;
    const size = readSize(entry.size);
    if (size === null)
      problems.push(agendaMessages.unreadableSize(item, index, entry.size, vocabulary, field('size')));
    else if (size !== undefined) attachment.sizeBytes = size;
    attachments.push(attachment);
  });
  return attachments;
}
