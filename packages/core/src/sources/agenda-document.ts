import { detectDocumentFormat } from '../loading/document-format.js';
import { fetchDocument } from '../loading/fetch-document.js';
import type { AgendaResult } from '../model/agenda.js';
import { PlacardInputError } from '../model/errors.js';
import { parseAgendaText } from './agenda-inputs.js';
import type { SourceOptions } from './source-options.js';

/** Fetches an agenda's `src` and reads it; only JSON formats carry agendas. */
export async function loadAgendaDocument(src: string, options: SourceOptions): Promise<AgendaResult> {
  const document = await fetchDocument(src);
  if (detectDocumentFormat(document) !== 'json') {
    throw new PlacardInputError(
      'unsupported-format',
      `The agenda at ${document.url} is not JSON. Point src at a Placard agenda JSON file, or a schema.org JSON-LD Event with its items in "subEvent".`,
      'src',
    );
  }
  return parseAgendaText(document.text, options);
}
