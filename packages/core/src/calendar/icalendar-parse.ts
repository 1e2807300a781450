/**
 * Parsing an iCalendar file with ical.js in a way that survives a broken event.
 *
 * ical.js stops at the first line it cannot read, which would blank a whole
 * calendar over one bad event. The file is parsed whole first (fast, and the
 * usual case); only when that fails is each component parsed on its own, so
 * the good events are still shown and each bad one becomes a problem naming
 * its line.
 */
import ICAL from 'ical.js';
import type { PlacardInputError } from '../model/errors.js';
import { calendarMessages } from './calendar-messages.js';
import {
  blockText,
  layoutICalendar,
  lineName,
  type ComponentBlock,
  type ContentLine,
} from './icalendar-lines.js';
import { timeSlicer } from './time-slice.js';

type IcalComponent = InstanceType<typeof ICAL.Component>;

/** Files with more components than this are parsed block by block, in slices. */
const WHOLE_FILE_LIMIT = 500;
type Jcal = [string, unknown[], Jcal[]];

/** A VEVENT as ical.js reads it, with its place in the file. */
export interface ParsedVevent {
  component: IcalComponent;
  block: ComponentBlock;
}

/** What `parseICalendarText` found. */
export interface ParsedICalendar {
  /** VCALENDAR with its own properties and VTIMEZONEs (no events: see `vevents`). */
  calendar: IcalComponent;
  /** The lines of VCALENDAR's own properties, for messages about them. */
  calendarLines: ContentLine[];
  vevents: ParsedVevent[];
  problems: PlacardInputError[];
}

/**
 * Parses `text`, which must contain `BEGIN:VCALENDAR`. Events are given the
 * returned `calendar` as their parent, which holds only the time zones: ical.js
 * looks a TZID up among its parent's components for every time it reads, and
 * with thousands of events beside the zones that search dominated the reading.
 */
export async function parseICalendarText(text: string, source: string): Promise<ParsedICalendar> {
  const layout = layoutICalendar(text);
  const problems: PlacardInputError[] = [];
  // A big file parsed whole is one long task that freezes the page; block by
  // block, it can hand the page back between blocks (see time-slice.ts).
  const whole = layout.blocks.length > WHOLE_FILE_LIMIT ? undefined : parseWhole(text, layout.blocks);
  const properties = whole?.properties ?? readProperties(layout.calendarLines, source, problems);
  let components: (Jcal | undefined)[] | undefined = whole?.components;
  if (!components) {
    const read: (Jcal | undefined)[] = [];
    const pause = timeSlicer();
    await pause();
    for (const block of layout.blocks) {
      await pause();
      read.push(readBlock(block, source, problems));
    }
    components = read;
  }

  const zones: Jcal[] = [];
  components.forEach((jcal, index) => {
    if (jcal?.[0] === 'vtimezone') zones.push(jcal);
    const block = layout.blocks[index]!;
    if (!block.closed)
      problems.push(calendarMessages.unclosedComponent(block.lines[0]!.line, block.name, source));
  });
  const calendar = new ICAL.Component(['vcalendar', properties, zones]);
  const vevents: ParsedVevent[] = [];
  components.forEach((jcal, index) => {
    if (jcal?.[0] === 'vevent')
      vevents.push({ component: new ICAL.Component(jcal, calendar), block: layout.blocks[index]! });
  });
  return { calendar, calendarLines: layout.calendarLines, vevents, problems };
}

/** The whole file through ical.js, when it reads and its components match the file's blocks. */
function parseWhole(
  text: string,
  blocks: readonly ComponentBlock[],
): { properties: unknown[]; components: Jcal[] } | undefined {
  let parsed: Jcal | Jcal[];
  try {
    parsed = ICAL.parse(text) as Jcal | Jcal[];
  } catch {
    return undefined;
  }
  const calendars = (Array.isArray(parsed[0]) ? parsed : [parsed]) as Jcal[];
  const components = calendars.flatMap((calendar) => (calendar[0] === 'vcalendar' ? calendar[2] : []));
  const matches =
    components.length === blocks.length &&
    components.every((jcal, index) => jcal[0].toUpperCase() === blocks[index]!.name);
  return matches ? { properties: calendars[0]![1], components } : undefined;
}

/** One component parsed alone; `undefined`, with a problem, when ical.js cannot read it. */
function readBlock(block: ComponentBlock, source: string, problems: PlacardInputError[]): Jcal | undefined {
  try {
    return ICAL.parse(blockText(block)) as Jcal;
  } catch (error) {
    const bad = firstUnreadableLine(block.lines) ?? { line: block.lines[0]!, error };
    const component = { name: block.name, line: block.lines[0]!.line };
    problems.push(
      calendarMessages.unreadableLine(bad.line.line, source, detail(bad.error), component, error),
    );
    return undefined;
  }
}

/** VCALENDAR's own properties, each parsed alone so that one bad line loses only itself. */
function readProperties(
  lines: readonly ContentLine[],
  source: string,
  problems: PlacardInputError[],
): unknown[] {
  const properties: unknown[] = [];
  for (const line of lines) {
    try {
      properties.push(ICAL.parse.property(line.text));
    } catch (error) {
      problems.push(calendarMessages.unreadableLine(line.line, source, detail(error), undefined, error));
    }
  }
  return properties;
}

/** The first property line ical.js cannot read on its own, with its error. */
function firstUnreadableLine(
  lines: readonly ContentLine[],
): { line: ContentLine; error: unknown } | undefined {
  for (const line of lines) {
    const name = lineName(line);
    if (name === 'BEGIN' || name === 'END') continue;
    try {
      ICAL.parse.property(line.text);
    } catch (error) {
      return { line, error };
    }
  }
  return undefined;
}

/** ical.js's reason, for the message. */
function detail(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith('invalid line (no token')
    ? 'it has no “:” between the name and the value'
    : message;
}
