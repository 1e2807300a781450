/**
 * Where things are in an iCalendar file, by line number, so that problems can
 * say "line 57" to the webmaster who has the file open in an editor.
 *
 * ical.js parses the file; this only walks its lines once to record where each
 * component (VEVENT, VTIMEZONE …) inside VCALENDAR begins and ends. That also
 * lets a file with one broken event be read without it (see `parseICalendarText`).
 */

/** One logical line: a content line with its folded continuation lines joined. */
export interface ContentLine {
  /** 1-based number of the line's first physical line in the file. */
  line: number;
  text: string;
}

/** A component directly inside VCALENDAR. */
export interface ComponentBlock {
  /** Upper-case name: `VEVENT`, `VTIMEZONE` … */
  name: string;
  /** Its lines, from BEGIN to END (or to where the file broke off). */
  lines: ContentLine[];
  /** False when no END closed it before the next component or the end of the file. */
  closed: boolean;
}

/** The lines of a file, grouped the way ical.js will read them. */
export interface ICalendarLayout {
  /** Lines of VCALENDAR itself (its properties, such as X-WR-CALNAME), without BEGIN and END. */
  calendarLines: ContentLine[];
  blocks: ComponentBlock[];
}

/** Unfolds `text` into content lines, keeping each one's first line number. */
function contentLines(text: string): ContentLine[] {
  const lines: ContentLine[] = [];
  text.split(/\r\n|\n|\r/u).forEach((physical, index) => {
    const last = lines[lines.length - 1];
    // RFC 5545 folding: a line starting with a space or tab continues the one before.
    if (last && (physical.startsWith(' ') || physical.startsWith('\t'))) last.text += physical.slice(1);
    else if (physical.trim() !== '') lines.push({ line: index + 1, text: physical });
  });
  return lines;
}

/** The property or keyword a content line starts with, upper-cased: `DTSTART`, `BEGIN`. */
export function lineName(line: ContentLine): string {
  const end = line.text.search(/[;:]/u);
  return (end === -1 ? line.text : line.text.slice(0, end)).trim().toUpperCase();
}

/** The value after `BEGIN:` or `END:`, upper-cased. */
function componentName(line: ContentLine): string {
  return line.text
    .slice(line.text.indexOf(':') + 1)
    .trim()
    .toUpperCase();
}

/**
 * Groups a file's lines into VCALENDAR's own lines and its components. Lines
 * outside any VCALENDAR are ignored; several VCALENDARs in one file are read
 * as one.
 */
export function layoutICalendar(text: string): ICalendarLayout {
  const layout: ICalendarLayout = { calendarLines: [], blocks: [] };
  let inCalendar = false;
  let block: ComponentBlock | undefined;
  let depth = 0;
  for (const line of contentLines(text)) {
    const name = lineName(line);
    if (!inCalendar) {
      inCalendar = name === 'BEGIN' && componentName(line) === 'VCALENDAR';
      continue;
    }
    if (block) {
      // A BEGIN of a top-level component while one is open means the open one was never closed.
      if (name === 'BEGIN' && depth === 0 && componentName(line) === block.name) {
        block.closed = false;
        block = undefined;
      } else if (name === 'END' && componentName(line) === 'VCALENDAR') {
        block.closed = false;
        block = undefined;
        inCalendar = false;
        continue;
      } else {
        block.lines.push(line);
        if (name === 'BEGIN') depth += 1;
        if (name === 'END' && depth > 0) depth -= 1;
        else if (name === 'END') block = undefined;
        continue;
      }
    }
    if (name === 'BEGIN') {
      block = { name: componentName(line), lines: [line], closed: true };
      depth = 0;
      layout.blocks.push(block);
    } else if (name === 'END') {
      inCalendar = componentName(line) !== 'VCALENDAR';
    } else {
      layout.calendarLines.push(line);
    }
  }
  if (block) block.closed = false;
  return layout;
}

/** The lines in `block` of property `name`, in file order: only the component's own, not a VALARM's. */
export function propertyLines(block: ComponentBlock, name: string): ContentLine[] {
  const upper = name.toUpperCase();
  const lines: ContentLine[] = [];
  let depth = 0;
  for (const line of block.lines.slice(1)) {
    const lineKey = lineName(line);
    if (lineKey === 'BEGIN') depth += 1;
    else if (lineKey === 'END') depth -= 1;
    else if (depth === 0 && lineKey === upper) lines.push(line);
  }
  return lines;
}

/** The number of the line in `block` where property `name` is (its first), else of its BEGIN line. */
export function propertyLine(block: ComponentBlock, name: string): number {
  return propertyLines(block, name)[0]?.line ?? block.lines[0]!.line;
}

/**
 * A line's value as the file writes it: everything after the first colon that
 * is not inside a quoted parameter (`TZID="Europe/London"`). Messages quote
 * this rather than ical.js's reading, which turns a mistyped date into another.
 */
export function writtenValue(line: ContentLine): string {
  const nameAndParameters = /^(?:[^":]|"[^"]*")*:/u.exec(line.text);
  return nameAndParameters ? line.text.slice(nameAndParameters[0].length) : '';
}

/** The text of a block as a file of its own would hold it, for parsing it alone. */
export function blockText(block: ComponentBlock): string {
  const lines = block.lines.map((line) => line.text);
  if (!block.closed) lines.push(`END:${block.name}`);
  return lines.join('\r\n');
}
