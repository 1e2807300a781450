import { GENERATED_ATTRIBUTE } from '../elements/json-ld-script.js';
import type { AgendaResult } from '../model/agenda.js';
import { isJsonLdText } from './json-input.js';
import type { SourceOptions } from './source-options.js';

/** Everything `<placard-agenda>` can be given an agenda through, in the architecture's order. */
export interface AgendaInputs {
  /** URL of a Placard agenda JSON or schema.org JSON-LD document. */
  src?: string | undefined;
  /** The element whose light DOM may hold a JSON script or `ol/li/time` markup. */
  host: Element;
  /** The element's `time-zone`, for times written without one. */
  defaultTimeZone?: string | undefined;
}

/**
 * Reads the agenda from the first input present: `src`, a child JSON or JSON-LD
 * script, then light-DOM markup. Each format's reader (and the fetcher) loads
 * only when a page uses it, keeping the agenda's first load small.
 *
 * @throws PlacardInputError when nothing can be shown; problems with single
 *   items come back in `AgendaResult.problems` instead.
 */
export async function readAgendaInputs(inputs: AgendaInputs): Promise<AgendaResult> {
  const options: SourceOptions = inputs.defaultTimeZone ? { defaultTimeZone: inputs.defaultTimeZone } : {};
  if (inputs.src) {
    const { loadAgendaDocument } = await import('./agenda-document.js');
    return loadAgendaDocument(inputs.src, options);
  }
  const script = [...inputs.host.querySelectorAll<HTMLScriptElement>(':scope > script')].find(
    (element) =>
      !element.hasAttribute(GENERATED_ATTRIBUTE) &&
      (element.type === 'application/json' || element.type === 'application/ld+json'),
  );
  if (script)
    return parseAgendaText(script.textContent ?? '', options, script.type === 'application/ld+json');
  const { parseAgendaMarkup } = await import('./agenda-markup-parse.js');
  return parseAgendaMarkup(inputs.host, options);
}

/** Agenda JSON or schema.org JSON-LD (an `Event` with `subEvent`s), told apart by JSON-LD's keywords. */
export async function parseAgendaText(
  text: string,
  options: SourceOptions,
  jsonLd = isJsonLdText(text),
): Promise<AgendaResult> {
  if (jsonLd) {
    const { parseJsonLdAgenda } = await import('./agenda-json-ld.js');
    return parseJsonLdAgenda(text, options);
  }
  const { parseAgendaJson } = await import('./agenda-json.js');
  return parseAgendaJson(text, options);
}
