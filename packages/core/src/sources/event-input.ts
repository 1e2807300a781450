import { GENERATED_ATTRIBUTE } from '../elements/json-ld-script.js';
import { PlacardInputError } from '../model/errors.js';
import type { PlacardEvent } from '../model/event.js';
import { parseEventAttributes } from './attributes.js';
import { parseJsonLd, parseJsonText } from './json-input.js';

/** Everything a widget can be given an event through, in the architecture's order. */
export interface EventInputs {
  /** URL of a JSON, JSON-LD or iCalendar document. */
  src?: string | undefined;
  /** Which event of a feed to show. */
  eventId?: string | undefined;
  /** The host's attributes, by attribute name. */
  attributes: Record<string, string | null | undefined>;
  /** The element whose light DOM may hold a JSON script or `h-event` markup. */
  host: Element;
}

/** Which input an event was read from (for `placard-load` and debugging). */
export type EventInputChannel = 'src' | 'script' | 'attributes' | 'markup';

/** Attributes that, when present, mean the webmaster described the event in attributes. */
const DESCRIBING_ATTRIBUTES = ['name', 'start'];

/**
 * Reads one event from the first input that is present, in the order every
 * Placard widget follows: `src`, a child JSON or JSON-LD script, attributes,
 * then `h-event` markup. Throws `PlacardInputError` explaining what to fix.
 */
export async function readEventInputs(
  inputs: EventInputs,
): Promise<{ event: PlacardEvent; channel: EventInputChannel }> {
  // The element's time-zone applies to wall times in every channel that has no zone field of its own.
  const options = { eventId: inputs.eventId, defaultTimeZone: inputs.attributes['time-zone'] ?? undefined };
  if (inputs.src) {
    // Fetching and format detection load only for cards that have a src.
    const { loadEventDocument } = await import('./event-document.js');
    return { event: await loadEventDocument(inputs.src, options), channel: 'src' };
  }
  const script = childDataScript(inputs.host);
  if (script) {
    const text = script.textContent ?? '';
    const event =
      script.type === 'application/ld+json'
        ? await parseJsonLd(text, options)
        : await parseJsonText(text, options);
    return { event, channel: 'script' };
  }
  if (DESCRIBING_ATTRIBUTES.some((name) => inputs.attributes[name] != null)) {
    return { event: await parseEventAttributes(inputs.attributes), channel: 'attributes' };
  }
  const markup = hEventRoot(inputs.host);
  if (markup) {
    const { parseHEvent } = await import('./h-event.js');
    return { event: await parseHEvent(markup, options), channel: 'markup' };
  }
  throw new PlacardInputError(
    'missing-field',
    'There is no event to show. Give the card name and start attributes (for example name="Branch AGM" start="2026-03-15T18:30"), a src address of an event feed, or a JSON-LD script inside it.',
  );
}

function childDataScript(host: Element): HTMLScriptElement | undefined {
  return [...host.querySelectorAll<HTMLScriptElement>(':scope > script')].find(
    (script) =>
      !script.hasAttribute(GENERATED_ATTRIBUTE) &&
      (script.type === 'application/ld+json' || script.type === 'application/json'),
  );
}

function hEventRoot(host: Element): Element | undefined {
  if (host.classList.contains('h-event')) return host;
  return host.querySelector('.h-event') ?? undefined;
}
