/**
 * JSON inputs (a `src` document or a child script) may be Placard JSON or
 * schema.org JSON-LD. Each format's parser is loaded only when a page uses it,
 * which keeps a card's first load small.
 */
import type { PlacardEvent } from '../model/event.js';
import type { DocumentSourceOptions } from './source-options.js';

/** Whether JSON text is JSON-LD: JSON-LD always names a `@context`, `@type` or `@graph`. */
export function isJsonLdText(text: string): boolean {
  return /"@(context|type|graph)"\s*:/u.test(text);
}

/** JSON documents may be Placard JSON or schema.org JSON-LD; JSON-LD always names a `@context`, `@type` or `@graph`. */
export async function parseJsonText(text: string, options: DocumentSourceOptions): Promise<PlacardEvent> {
  if (isJsonLdText(text)) return parseJsonLd(text, options);
  const { parsePlacardJson } = await import('./placard-json.js');
  return parsePlacardJson(text, options);
}

export async function parseJsonLd(text: string, options: DocumentSourceOptions): Promise<PlacardEvent> {
  const { parseJsonLdEvent } = await import('./json-ld.js');
  return parseJsonLdEvent(text, options);
}
