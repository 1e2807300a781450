import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import {
  bigCalendarIcs,
  branchCalendarHtml,
  branchCalendarJson,
  calendarNow,
  calendarStart,
  recurringCalendarIcs,
} from '@placard/test-kit/calendar-fixtures.js';
import { waitForWidgets } from '@placard/test-kit/stories.js';
import '../src/placard-action-calendar.js';

interface CalendarArgs {
  /** The calendar, as Placard calendar JSON in a child script. */
  calendar?: unknown;
  /** An iCalendar file in a child `<script type="text/calendar">`. */
  ics?: string;
  /** Light-DOM `h-event` markup instead of a script. */
  markup?: string;
  src?: string;
  view?: 'list' | 'month';
  start?: string;
  categories?: string;
  timeZone?: string;
  headingLevel?: number;
  now?: string;
  lang?: string;
}

/** A script element's text, kept from ending the script early. */
function scriptText(text: string): string {
  return text.replace(/</gu, '\\u003c');
}

const meta: Meta<CalendarArgs> = {
  title: 'Components/Action calendar',
  component: 'placard-action-calendar',
  args: { calendar: branchCalendarJson, start: calendarStart, now: calendarNow, headingLevel: 2 },
  argTypes: {
    calendar: { control: 'object' },
    ics: { control: 'text' },
    markup: { control: 'text' },
    view: { control: 'inline-radio', options: ['list', 'month'] },
    // The element's internal state is in the manifest; it is not for setting from outside.
    ...Object.fromEntries(
      ['cursor', 'focusDate', 'narrow', 'listMonths', 'listLimit', 'hiddenCategories', 'input'].map(
        (name) => [name, { table: { disable: true } }],
      ),
    ),
  },
  // The calendar reads its feeds asynchronously: wait, so the axe check sees the final state.
  play: waitForWidgets,
  render: (args) => html`
    <placard-action-calendar
      lang=${args.lang ?? nothing}
      src=${args.src ?? nothing}
      view=${args.view ?? nothing}
      start=${args.start ?? nothing}
      categories=${args.categories ?? nothing}
      time-zone=${args.timeZone ?? nothing}
      heading-level=${args.headingLevel ?? nothing}
      now=${args.now ?? nothing}
    >
      ${
        args.src
          ? nothing
          : args.markup
            ? unsafeHTML(args.markup)
            : args.ics
              ? unsafeHTML(`<script type="text/calendar">${args.ics}</script>`)
              : args.calendar
                ? unsafeHTML(
                    `<script type="application/json">${scriptText(JSON.stringify(args.calendar))}</script>`,
                  )
                : nothing
      }
    </placard-action-calendar>
  `,
};
export default meta;

type Story = StoryObj<CalendarArgs>;

/** The list: February to April 2018 under a heading per month, each item with its kind, time and place. */
export const List: Story = { args: { view: 'list' } };

/**
 * The month grid. Tab into it once, then use the arrow keys, Home/End (week),
 * Page Up/Page Down (month) and Enter (the day's items).
 */
export const Month: Story = { args: { view: 'month' } };

/**
 * A regional feed of 1,500 events (an iCalendar file, here from a Blob
 * address): busy days show three items and "N more".
 */
export const DenseMonth: Story = {
  args: {
    view: 'month',
    start: '2018-06',
    now: '2018-06-01T09:00:00Z',
    calendar: undefined,
    src: URL.createObjectURL(new Blob([bigCalendarIcs(1_500)], { type: 'text/calendar' })),
  },
};

/** Items over several days (a week of action, a strike) run across their days as one bar. */
export const MultiDay: Story = {
  args: {
    view: 'month',
    calendar: {
      ...branchCalendarJson,
      events: branchCalendarJson.events.filter(
        (event) => event.id === 'heartunions' || event.id === 'ucu-strike',
      ),
    },
  },
};

/** An iCalendar feed with a fortnightly meeting: one moved to a Friday, one cancelled (EXDATE). */
export const Recurring: Story = { args: { view: 'list', calendar: undefined, ics: recurringCalendarIcs } };

/** `categories="strike picket"`: only strikes and pickets at first; readers can turn the others on. */
export const Filtered: Story = { args: { view: 'list', categories: 'strike picket' } };

/** A month with nothing planned. */
export const Empty: Story = { args: { view: 'month', start: '2019-01' } };

/** From ordinary `h-event` markup, which readers see before the calendar loads and without JavaScript. */
export const FromMarkup: Story = { args: { view: 'list', calendar: undefined, markup: branchCalendarHtml } };

/** A feed with a broken line: the problem names the line; the other events still show. */
export const Problems: Story = {
  args: {
    view: 'list',
    calendar: undefined,
    ics: recurringCalendarIcs.replace('DTSTART;VALUE=DATE:20180220', 'DTSTART;VALUE=DATE:2018-02-3x'),
  },
};

/** Input that cannot be read at all: the error says what to fix. */
export const ErrorState: Story = {
  name: 'Error',
  args: { calendar: undefined, markup: '<script type="application/json">{ "events": [ not JSON</script>' },
};

/** The page is in Welsh: words, months and days are Welsh. */
export const Welsh: Story = { args: { lang: 'cy', view: 'month' } };

/** At 320 CSS px the calendar shows the list by itself. */
export const Narrow: Story = {
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

/** The month grid at 320 CSS px: items shrink to their shapes; their names are still read out. */
export const NarrowMonth: Story = {
  args: { view: 'month' },
  globals: { viewport: { value: 'narrow', isRotated: false } },
};
