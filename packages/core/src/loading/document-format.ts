import type { FetchedDocument } from './fetch-document.js';

export type DocumentFormat = 'json' | 'icalendar' | 'html' | 'unknown';

/**
 * Works out what a fetched document is. Servers often send feeds with a generic
 * type (`text/plain`, `application/octet-stream`), so the content decides when
 * the declared type does not.
 */
export function detectDocumentFormat(
  document: Pick<FetchedDocument, 'contentType' | 'text'>,
): DocumentFormat {
  const type = document.contentType;
  const start = document.text.trimStart().slice(0, 64).toLowerCase();
  if (type === 'text/calendar' || start.startsWith('begin:vcalendar')) return 'icalendar';
  if (
    type === 'application/json' ||
    type.endsWith('+json') ||
    start.startsWith('{') ||
    start.startsWith('[')
  ) {
    return 'json';
  }
  if (type === 'text/html' || start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  return 'unknown';
}
