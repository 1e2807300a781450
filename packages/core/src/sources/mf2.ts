/**
 * A small microformats2 reader: enough of the parsing rules
 * (https://microformats.org/wiki/microformats2-parsing) to read one `h-event`
 * written by a webmaster. Text is read through text nodes, never `innerHTML`.
 *
 * Only DOM interfaces are used, and only inside functions, so this module can
 * be imported (if not called) where there is no DOM.
 */

const ELEMENT = 1;
const TEXT = 3;
const PROPERTY_CLASS = /^(p|u|dt|e)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const ROOT_CLASS = /^h-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

/** The `p-*` parts of an `h-adr` / `h-card` address, in the order they are written. */
export const ADDRESS_PARTS = [
  'street-address',
  'extended-address',
  'locality',
  'region',
  'postal-code',
  'country-name',
] as const;

/** One property element, with the prefix it was marked with. */
export interface Mf2Property {
  prefix: 'p' | 'u' | 'dt' | 'e';
  element: Element;
}

/** A microformat's properties by name (`name`, `start`, `location` …), in document order. */
export type Mf2Properties = Map<string, Mf2Property[]>;

/** The `h-*` types an element declares, e.g. `['h-card']`. */
export function rootTypes(element: Element): string[] {
  return Array.from(element.classList).filter((name) => ROOT_CLASS.test(name));
}

/**
 * The properties of the microformat rooted at `root`: property classes on its
 * descendants, not looking inside nested microformats (a nested one is itself
 * a property value when it carries a property class, as `p-location h-card` does).
 */
export function readProperties(root: Element): Mf2Properties {
  const properties: Mf2Properties = new Map();
  const visit = (parent: Element): void => {
    for (const child of Array.from(parent.children)) {
      for (const name of Array.from(child.classList)) {
        const match = PROPERTY_CLASS.exec(name);
        if (!match) continue;
        const list = properties.get(match[2]!) ?? [];
        list.push({ prefix: match[1] as Mf2Property['prefix'], element: child });
        properties.set(match[2]!, list);
      }
      if (rootTypes(child).length === 0) visit(child);
    }
  };
  visit(root);
  return properties;
}

/** Text content with scripts and styles left out and images replaced by their `alt` text. */
export function plainText(element: Element): string {
  let text = '';
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT) text += node.nodeValue ?? '';
    if (node.nodeType !== ELEMENT) return;
    const el = node as Element;
    if (SKIPPED.has(el.tagName)) return;
    if (el.tagName === 'IMG') text += el.getAttribute('alt') ?? '';
    for (const child of Array.from(el.childNodes)) walk(child);
  };
  walk(element);
  return text;
}

/**
 * Text content laid out as plain text: a line break for `<br>`, a blank line
 * between block elements (paragraphs, list items, headings), spaces collapsed.
 */
export function blockText(element: Element): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT) {
      out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const el = node as Element;
    if (SKIPPED.has(el.tagName)) return;
    if (el.tagName === 'BR') {
      out.push('\n');
      return;
    }
    if (el.tagName === 'IMG') out.push(el.getAttribute('alt') ?? '');
    const block = BLOCKS.has(el.tagName);
    if (block) out.push('\n\n');
    for (const child of Array.from(el.childNodes)) walk(child);
    if (block) out.push('\n\n');
  };
  for (const child of Array.from(element.childNodes)) walk(child);
  return out
    .join('')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The `.value` / `.value-title` children of a property (value-class pattern), not inside nested microformats. */
function valueParts(element: Element): Element[] {
  const parts: Element[] = [];
  const visit = (parent: Element): void => {
    for (const child of Array.from(parent.children)) {
      if (child.classList.contains('value') || child.classList.contains('value-title')) parts.push(child);
      else if (rootTypes(child).length === 0) visit(child);
    }
  };
  visit(element);
  return parts;
}

function valuePartText(part: Element, forDate: boolean): string {
  if (part.classList.contains('value-title')) return part.getAttribute('title') ?? '';
  const tag = part.tagName;
  if ((tag === 'IMG' || tag === 'AREA') && part.hasAttribute('alt')) return part.getAttribute('alt')!;
  if ((tag === 'DATA' || tag === 'INPUT') && part.hasAttribute('value')) return part.getAttribute('value')!;
  if (forDate && (tag === 'TIME' || tag === 'INS' || tag === 'DEL') && part.hasAttribute('datetime')) {
    return part.getAttribute('datetime')!;
  }
  if (tag === 'ABBR' && part.hasAttribute('title')) return part.getAttribute('title')!;
  return plainText(part);
}

/** A `p-*` property's text. */
export function pValue(element: Element): string {
  const parts = valueParts(element);
  if (parts.length > 0) return parts.map((part) => valuePartText(part, false)).join('');
  const tag = element.tagName;
  if (tag === 'ABBR' && element.hasAttribute('title')) return element.getAttribute('title')!;
  if ((tag === 'DATA' || tag === 'INPUT') && element.hasAttribute('value'))
    return element.getAttribute('value')!;
  if ((tag === 'IMG' || tag === 'AREA') && element.hasAttribute('alt')) return element.getAttribute('alt')!;
  return plainText(element);
}

/** A `u-*` property's URL, resolved against the element's base URL (unchecked: callers filter schemes). */
export function uValue(element: Element): string {
  const tag = element.tagName;
  const attribute = ['A', 'AREA', 'LINK'].includes(tag)
    ? 'href'
    : ['IMG', 'AUDIO', 'VIDEO', 'SOURCE', 'IFRAME'].includes(tag)
      ? 'src'
      : tag === 'OBJECT'
        ? 'data'
        : undefined;
  const raw =
    attribute && element.hasAttribute(attribute) ? element.getAttribute(attribute)! : pValue(element);
  try {
    return new URL(raw.trim(), element.baseURI).href;
  } catch {
    return raw;
  }
}

/** Writes "6:30pm" as "18:30"; other text is returned trimmed. */
function twentyFourHour(text: string): string {
  const match = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*([ap])\.?m\.?$/i.exec(text.trim());
  if (!match) return text.trim();
  let hour = Number(match[1]) % 12;
  if (match[4]!.toLowerCase() === 'p') hour += 12;
  return `${String(hour).padStart(2, '0')}:${match[2] ?? '00'}${match[3] ? `:${match[3]}` : ''}`;
}

/** `+0100` as `+01:00`, and a space between date and time as `T`. */
function isoShape(text: string): string {
  return text
    .trim()
    .replace(/^(\d{4}-\d{2}-\d{2})[ T]+(?=\d)/, '$1T')
    .replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
}

/**
 * A `dt-*` property's date and time as ISO-like text. Reads `<time datetime>`
 * and the value-class pattern, where date, time and offset may be in separate
 * `.value` elements (`<span class="value">2018-03-15</span> at <span class="value">6:30pm</span>`).
 */
export function dtValue(element: Element): string {
  const parts = valueParts(element).map((part) => twentyFourHour(valuePartText(part, true)));
  if (parts.length > 0) {
    const date = parts.find((part) => /^\d{4}-\d{2}-\d{2}$/.test(part) || /^\d{4}-\d{3}$/.test(part));
    const time = parts.find((part) => /^\d{1,2}:\d{2}/.test(part));
    const offset = parts.find((part) => /^(?:Z|[+-]\d{1,2}(?::?\d{2})?)$/i.test(part));
    if (date || time) {
      const pieces = [date, time && `T${time}`, time && offset].filter(Boolean).join('');
      return isoShape(pieces.startsWith('T') ? pieces.slice(1) : pieces);
    }
    return isoShape(parts.join(''));
  }
  const tag = element.tagName;
  if ((tag === 'TIME' || tag === 'INS' || tag === 'DEL') && element.hasAttribute('datetime')) {
    return isoShape(element.getAttribute('datetime')!);
  }
  if (tag === 'ABBR' && element.hasAttribute('title')) return isoShape(element.getAttribute('title')!);
  if ((tag === 'DATA' || tag === 'INPUT') && element.hasAttribute('value'))
    return isoShape(element.getAttribute('value')!);
  return isoShape(twentyFourHour(plainText(element)));
}
