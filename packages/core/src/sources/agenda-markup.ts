/**
 * The light-DOM channel of the agenda: an ordered list a webmaster writes by
 * hand (e.g. in WordPress's code editor) inside `<placard-agenda>`. It is in
 * the page before any script runs, so readers without JavaScript and search
 * engines get the agenda as a plain numbered list.
 *
 * ```html
 * <placard-agenda>
 *   <h3>Meeting of Barnet Alliance for Public Services</h3>
 *   <p><time datetime="2018-02-08T18:30">Thursday 8 February 2018, 6.30pm</time> to
 *     <time datetime="20:30">8.30pm</time>, Greek Cypriot Brotherhood, Finchley</p>
 *   <h4>Business</h4>
 *   <ol>
 *     <li><time datetime="19:00">7pm</time> Attendance and apologies <span class="presenter">Chair</span></li>
 *     <li><time datetime="19:05">7.05pm</time> Minutes of the previous meeting
 *       <a href="/papers/minutes.pdf" type="application/pdf" data-size="120 KB">Minutes (PDF)</a></li>
 *   </ol>
 *   <h4>Reports</h4>
 *   <ol>
 *     <li data-kind="break"><time datetime="20:00">8pm</time> Tea</li>
 *     <li><time datetime="20:20">8.20pm</time> Any other business
 *       <p>Please send motions to the secretary before 5 February.</p></li>
 *   </ol>
 * </placard-agenda>
 * ```
 *
 * **The meeting** is read from what is outside the lists:
 * - name: the element with class `p-name`, else the first heading (`h1`–`h6`);
 * - start and end: the elements with classes `dt-start` and `dt-end`; when
 *   neither class is used, the first and second `<time>` (an end with only a
 *   time takes the start's date). A date alone (`datetime="2018-02-08"`) is fine;
 * - venue: the element with class `p-location` (text, or an `h-card` whose
 *   `p-name` is the venue); address: `p-street-address`, `p-extended-address`,
 *   `p-locality`, `p-region`, `p-postal-code`, `p-country-name` (in the
 *   `h-card` or on their own), else an `<address>` element or `p-adr`;
 * - time zone: a `data-time-zone` attribute (IANA name) on the element or any
 *   element inside it outside the lists.
 *
 * **Sections** are headings between lists: every top-level `<ol>` is a run of
 * items, and a heading before a list titles the section that list starts. A
 * list with no heading of its own continues the section before it. The heading
 * just before the first list titles it (rather than naming the meeting) when
 * the meeting's name is given otherwise (`p-name` or an earlier heading), or
 * when it is at the same level as a later section heading. Headings were
 * chosen over nested lists because WordPress writes them as separate blocks,
 * and screen-reader users move between headings.
 *
 * **Each item** is an `<li>` of a top-level list:
 * - time: its first `<time>` (or the one marked `dt-start`): `datetime`, else the
 *   text ("6:30pm" is read as 18:30); an item without one has no time;
 * - duration: an element marked `dt-duration` or `duration` (`datetime`, `value`
 *   or text, e.g. `PT20M`), else the span from the time to a second `<time>`
 *   (or one marked `dt-end`), e.g. 19:00 to 19:30 is `PT30M`;
 * - presenter: elements marked `p-presenter` or `presenter` (joined with commas);
 * - kind: the item's `data-kind` attribute, or an element marked `p-kind`
 *   (`item`, `break`, or `end` for the closing line);
 * - title: the element marked `p-name`, else the item's text up to the first
 *   line break or block (a `<p>`, a nested list …), leaving out the parts above
 *   and links; stray separators ("–", ":", empty brackets) are trimmed;
 * - notes: the rest of the item's text (a `p-description` element counts as a
 *   block), laid out as plain text;
 * - attachments: every `<a href>` in the item, titled by its text, with its
 *   `type` attribute (MIME type) and `data-size` (e.g. "120 KB"). Only `http:`,
 *   `https:` and `mailto:` links are kept (see `safeUrl`).
 *
 * Text is read from text nodes (never as HTML), so markup written as text
 * stays text. Nothing is checked here: the agenda builder validates the record.
 */
import { cleanLine, cleanText } from './clean-text.js';
import { blockText, dtValue, plainText, pValue, readProperties, rootTypes, ADDRESS_PARTS } from './mf2.js';
import { safeUrl } from './safe-url.js';

/** A paper linked from an agenda item. */
export interface AgendaMarkupAttachment {
  url: string;
  title?: string;
  type?: string;
  size?: string;
}

/** One agenda item as written, unchecked. */
export interface AgendaMarkupItem {
  time?: string;
  title?: string;
  presenter?: string;
  duration?: string;
  notes?: string;
  kind?: string;
  attachments: AgendaMarkupAttachment[];
}

/** A run of items under one heading (no title for the items before any heading). */
export interface AgendaMarkupSection {
  title?: string;
  items: AgendaMarkupItem[];
}

/** The meeting the agenda is for, as written. */
export interface AgendaMarkupMeeting {
  name?: string;
  start?: string;
  end?: string;
  timeZone?: string;
  venue?: string;
  address?: string;
}

/** Everything read from agenda markup: loose, unvalidated, with absent fields left out. */
export interface AgendaMarkupInput {
  meeting: AgendaMarkupMeeting;
  sections: AgendaMarkupSection[];
}

// Node type numbers, so the module can be imported (if not called) without a DOM.
const ELEMENT = 1;
const TEXT = 3;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** Elements that end an item's title; what follows is its notes. */
const BLOCKS = new Set(
  'ADDRESS BLOCKQUOTE DD DETAILS DIV DL DT FIGURE H1 H2 H3 H4 H5 H6 HR LI OL P PRE SECTION TABLE TR UL'.split(
    ' ',
  ),
);
const NOTES_CLASSES = ['p-description', 'p-summary', 'notes'];

/** Drops the keys whose value is undefined, so records compare and print cleanly. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

function hasClass(element: Element, ...names: string[]): boolean {
  return names.some((name) => element.classList.contains(name));
}

// ---------------------------------------------------------------------------
// The meeting

/**
 * Elements in the meeting's part of the markup: outside the agenda lists, and
 * outside nested microformats (an `h-card` venue's `p-name` is not the
 * meeting's). An `h-event` wrapper is not nested: it is the meeting.
 */
function headerElements(root: Element, lists: Element[], selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter(
    (element) => !lists.some((list) => list.contains(element)) && !insideNestedMicroformat(element, root),
  );
}

/** Whether an element between `element` and `root` (both excluded) is a microformat other than `h-event`. */
function insideNestedMicroformat(element: Element, root: Element): boolean {
  for (let node = element.parentElement; node && node !== root; node = node.parentElement) {
    if (rootTypes(node).some((type) => type !== 'h-event')) return true;
  }
  return false;
}

function dateText(element: Element | undefined): string | undefined {
  return element ? cleanLine(dtValue(element)) : undefined;
}

/** An end written as a time alone ("20:30") takes the start's date, as in `h-event`. */
function withImpliedDate(end: string | undefined, start: string | undefined): string | undefined {
  if (end === undefined || start === undefined || !/^\d{1,2}:\d{2}/.test(end)) return end;
  const date = /^\d{4}-\d{2}-\d{2}/.exec(start)?.[0];
  return date ? `${date}T${end}` : end;
}

function addressIn(elements: (selector: string) => Element[]): string | undefined {
  const lines = ADDRESS_PARTS.flatMap((part) => elements(`.p-${part}`).map((el) => cleanLine(pValue(el))));
  const address = lines.filter(Boolean).join('\n');
  if (address) return address;
  const block = elements('address, .p-adr')[0];
  // An address is lines, without the blank lines blockText puts between blocks.
  return block ? cleanText(blockText(block).replace(/\n+/g, '\n')) : undefined;
}

function readMeeting(root: Element, lists: Element[], nameElement: Element | undefined): AgendaMarkupMeeting {
  const find = (selector: string) => headerElements(root, lists, selector);
  const marked = find('.dt-start, .dt-end');
  const times = find('time');
  const startElement = marked.length > 0 ? find('.dt-start')[0] : times[0];
  const endElement = marked.length > 0 ? find('.dt-end')[0] : times[1];
  const start = dateText(startElement);

  const location = find('.p-location')[0];
  let venue: string | undefined;
  let address: string | undefined;
  if (location && rootTypes(location).length > 0) {
    const card = readProperties(location);
    const cardName = card.get('name')?.[0];
    const inCard = (selector: string) => Array.from(location.querySelectorAll(selector));
    address = addressIn(inCard);
    venue = cleanLine(cardName ? pValue(cardName.element) : address ? undefined : pValue(location));
  } else {
    venue = location ? cleanLine(pValue(location)) : undefined;
  }
  address ??= addressIn(find);

  const zoned = root.hasAttribute('data-time-zone') ? root : find('[data-time-zone]')[0];
  return defined({
    name: nameElement ? cleanLine(pValue(nameElement)) : undefined,
    start,
    end: withImpliedDate(dateText(endElement), start),
    timeZone: cleanLine(zoned?.getAttribute('data-time-zone')),
    venue,
    address,
  });
}

// ---------------------------------------------------------------------------
// Items

/** `HH:MM[:SS]` (optionally after a date) as seconds into the day, with the date. */
function timeOfDay(value: string | undefined): { date: string; seconds: number } | undefined {
  const match = /^(?:(\d{4}-\d{2}-\d{2})T)?(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value ?? '');
  if (!match) return undefined;
  const [, date = '', hours, minutes, seconds = '0'] = match;
  return { date, seconds: Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds) };
}

/** The ISO 8601 duration from `start` to `end` on the same day (past midnight when `end` is earlier). */
function span(start: string | undefined, end: string | undefined): string | undefined {
  const from = timeOfDay(start);
  const to = timeOfDay(end);
  if (!from || !to || (from.date && to.date && from.date !== to.date)) return undefined;
  const total = (to.seconds - from.seconds + 86_400) % 86_400;
  if (total === 0) return undefined;
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
}

function durationText(element: Element): string | undefined {
  const value = element.getAttribute('datetime') ?? element.getAttribute('value') ?? plainText(element);
  return cleanLine(value);
}

function attachmentOf(link: Element): AgendaMarkupAttachment | undefined {
  const url = safeUrl(link.getAttribute('href') ?? undefined, link.baseURI);
  if (!url) return undefined;
  return defined({
    url,
    title: cleanLine(plainText(link)) ?? cleanLine(link.getAttribute('title')),
    type: cleanLine(link.getAttribute('type')),
    size: cleanLine(link.getAttribute('data-size')),
  });
}

/** What is left of a title once parts were taken out of it: no dangling separators or empty brackets. */
function tidyTitle(text: string): string | undefined {
  const line = cleanLine(text.replace(/\(\s*\)|\[\s*\]/g, ''));
  return cleanLine(line?.replace(/^[\s\-–—:;,|·•]+|[\s\-–—:;,|·•]+$/g, ''));
}

/**
 * The title (text before the first break or block, parts and links left out)
 * and notes (the rest). When the item marks its title with `p-name`, what
 * would have been title text is kept as the start of the notes instead.
 */
function titleAndNotes(item: Element, parts: Set<Element>, hasName: boolean) {
  let title = '';
  const notes: string[] = [];
  let inNotes = false;
  const text = (value: string): void => {
    if (inNotes) notes.push(value.replace(/\s+/g, ' '));
    else title += value;
  };
  const visit = (parent: Element): void => {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === TEXT) text(node.nodeValue ?? '');
      if (node.nodeType !== ELEMENT) continue;
      const child = node as Element;
      if (SKIPPED.has(child.tagName) || parts.has(child)) continue;
      if (child.tagName === 'BR') {
        if (inNotes) notes.push('\n');
        else inNotes = title.trim() !== '';
      } else if (child.tagName === 'A' && !inNotes) {
        continue; // an attachment: its text is not part of the title
      } else if (child.tagName === 'IMG') {
        text(child.getAttribute('alt') ?? '');
      } else if (BLOCKS.has(child.tagName) || hasClass(child, ...NOTES_CLASSES)) {
        // A block before any title text (`<li><p><time>…</time> Welcome</p>`) holds the title.
        if (!inNotes && title.trim() === '') {
          visit(child);
          inNotes = true;
          continue;
        }
        inNotes = true;
        notes.push('\n\n');
        visit(child);
        notes.push('\n\n');
      } else {
        visit(child);
      }
    }
  };
  visit(item);
  const leftover = tidyTitle(title);
  const rest = notes
    .join('')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n');
  return {
    title: hasName ? undefined : leftover,
    notes: cleanText(hasName && leftover ? `${leftover}\n\n${rest}` : rest),
  };
}

function readItem(item: Element): AgendaMarkupItem {
  // Parts belong to this item: not to a list nested in its notes, nor to a
  // presenter's h-card (whose p-name is not the item's).
  const own = (selector: string) =>
    Array.from(item.querySelectorAll(selector)).filter(
      (el) => el.parentElement?.closest('li') === item && !insideNestedMicroformat(el, item),
    );
  const name = own('.p-name')[0];
  const presenters = own('.p-presenter, .presenter');
  const durations = own('.dt-duration, .duration');
  const kinds = own('.p-kind');
  const times = own('time').filter((el) => !hasClass(el, 'dt-duration', 'duration'));
  const startElement =
    times.find((el) => hasClass(el, 'dt-start')) ?? times.find((el) => !hasClass(el, 'dt-end'));
  const endElement =
    times.find((el) => hasClass(el, 'dt-end')) ??
    times.find((el) => el !== startElement && !hasClass(el, 'dt-start'));

  const parts = new Set(
    [...presenters, ...durations, ...kinds, startElement, endElement, name].filter(
      (part): part is Element => part !== undefined,
    ),
  );
  const { title, notes } = titleAndNotes(item, parts, name !== undefined);
  const time = dateText(startElement);
  const presenter = presenters.map((el) => cleanLine(presenterName(el))).filter(Boolean);
  return defined({
    time,
    title: name ? cleanLine(pValue(name)) : title,
    presenter: presenter.length > 0 ? presenter.join(', ') : undefined,
    duration: durations[0] ? durationText(durations[0]) : span(time, dateText(endElement)),
    notes,
    kind: cleanLine(item.getAttribute('data-kind')) ?? (kinds[0] ? cleanLine(pValue(kinds[0])) : undefined),
    attachments: Array.from(item.querySelectorAll('a[href]'))
      .map(attachmentOf)
      .filter((attachment): attachment is AgendaMarkupAttachment => attachment !== undefined),
  });
}

/** A presenter written as an `h-card` is named by its `p-name`. */
function presenterName(element: Element): string {
  if (rootTypes(element).length === 0) return pValue(element);
  const name = readProperties(element).get('name')?.[0];
  return pValue(name ? name.element : element);
}

// ---------------------------------------------------------------------------
// Sections

/** The agenda lists: `root` itself when it is an `<ol>`, else every `<ol>` not inside a list. */
function agendaLists(root: Element): Element[] {
  if (root.tagName === 'OL') return [root];
  return Array.from(root.querySelectorAll('ol')).filter((list) => {
    const outer = list.parentElement?.closest('li, ol, ul');
    return !outer || !root.contains(outer);
  });
}

/**
 * Which heading names the meeting and which title sections (see the module
 * comment for the rule).
 */
function classifyHeadings(root: Element, lists: Element[]) {
  const headings = headerElements(root, lists, HEADINGS);
  const marked = headerElements(root, lists, '.p-name')[0];
  const first = lists[0];
  const precedes = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & FOLLOWING);
  const before = first ? headings.filter((heading) => precedes(heading, first)) : headings;
  const after = first ? headings.filter((heading) => precedes(first, heading)) : [];
  const isName = (heading: Element) =>
    marked !== undefined && (heading === marked || heading.contains(marked));
  const last = before.filter((heading) => !isName(heading)).at(-1);
  const leading =
    last &&
    (marked !== undefined || before[0] !== last || after.some((heading) => heading.tagName === last.tagName))
      ? last
      : undefined;
  const name = marked ?? before.find((heading) => heading !== leading);
  const titles = [leading, ...after].filter(
    (heading): heading is Element => heading !== undefined && !isName(heading),
  );
  return { name, titles };
}

function readSections(root: Element, lists: Element[], titles: Element[]): AgendaMarkupSection[] {
  const sections: AgendaMarkupSection[] = [];
  const wanted = new Set<Element>([...lists, ...titles]);
  let title: string | undefined;
  let titled = false;
  const inOrder = root.tagName === 'OL' ? [root] : Array.from(root.querySelectorAll(`ol, ${HEADINGS}`));
  for (const element of inOrder.filter((el) => wanted.has(el))) {
    if (element.tagName !== 'OL') {
      title = cleanLine(plainText(element));
      titled = true;
      continue;
    }
    const items = Array.from(element.children)
      .filter((child) => child.tagName === 'LI')
      .map(readItem);
    const current = sections.at(-1);
    if (current && !titled) current.items.push(...items);
    else sections.push(defined({ title, items }));
    title = undefined;
    titled = false;
  }
  return sections;
}

/**
 * Reads agenda markup at or inside `root` (the widget element, a wrapper, or
 * the `<ol>` itself) into a loose record, following the convention in this
 * module's comment. Never throws; what is missing is left out, for the agenda
 * builder to report.
 *
 * @example
 * readAgendaMarkup(element).sections[0].items[0]
 * // { time: '19:00', title: 'Attendance and apologies', presenter: 'Chair', attachments: [] }
 */
export function readAgendaMarkup(root: Element): AgendaMarkupInput {
  const lists = agendaLists(root);
  const { name, titles } = classifyHeadings(root, lists);
  return { meeting: readMeeting(root, lists, name), sections: readSections(root, lists, titles) };
}
