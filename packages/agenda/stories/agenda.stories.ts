import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { barnetAgendaHtml, barnetAgendaJson } from '@placard/test-kit/agenda-fixtures.js';
import { waitForWidgets } from '@placard/test-kit/stories.js';
import '../src/placard-agenda.js';

interface AgendaArgs {
  /** The agenda, as Placard agenda JSON in a child script. */
  agenda?: unknown;
  /** Light-DOM markup instead of a script. */
  markup?: string;
  src?: string;
  timeZone?: string;
  headingLevel?: number;
  now?: string;
  lang?: string;
  printLayout?: boolean;
}

/** Two hours before the sample meeting starts. */
const BEFORE = '2018-02-08T16:30:00Z';
/** During item 2 of the sample meeting. */
const LIVE = '2018-02-08T19:06:00Z';
/** After the sample meeting. */
const ENDED = '2018-02-08T21:00:00Z';

const meta: Meta<AgendaArgs> = {
  title: 'Components/Agenda',
  component: 'placard-agenda',
  args: { agenda: barnetAgendaJson, headingLevel: 2, now: LIVE },
  argTypes: { agenda: { control: 'object' }, markup: { control: 'text' } },
  // The agenda reads its inputs asynchronously: wait, so the axe check sees the final state.
  play: waitForWidgets,
  render: (args) => html`
    <placard-agenda
      lang=${args.lang ?? nothing}
      src=${args.src ?? nothing}
      time-zone=${args.timeZone ?? nothing}
      heading-level=${args.headingLevel ?? nothing}
      now=${args.now ?? nothing}
      ?print-layout=${args.printLayout}
    >
      ${
        args.markup
          ? unsafeHTML(args.markup)
          : args.agenda && !args.src
            ? unsafeHTML(
                `<script type="application/json">${JSON.stringify(args.agenda).replace(/</gu, '\\u003c')}</script>`,
              )
            : nothing
      }
    </placard-agenda>
  `,
};
export default meta;

type Story = StoryObj<AgendaArgs>;

/** The sample meeting during item 2: the item under way is marked "Now", and the next one named. */
export const Live: Story = {};

/** Before the meeting: "Starts in 2 hours", and "Add to calendar". */
export const Before: Story = { args: { now: BEFORE } };

/** After the meeting: it says so, and offers no "Add to calendar". */
export const Ended: Story = { args: { now: ENDED } };

/** From ordinary `<ol><li><time>` markup, which readers see before the element loads and without JavaScript. */
export const FromMarkup: Story = { args: { agenda: undefined, markup: barnetAgendaHtml } };

/** An AGM in two parts: numbering continues across sections; items have presenters and papers. */
export const WithSections: Story = {
  args: {
    now: '2018-03-07T18:12:00Z',
    agenda: {
      name: 'Branch Annual General Meeting',
      start: '2018-03-07T18:00',
      end: '2018-03-07T20:00',
      timeZone: 'Europe/London',
      venue: 'Conway Hall',
      address: '25 Red Lion Square, London',
      sections: [
        {
          title: 'Part 1: Branch business',
          items: [
            {
              time: '18:00',
              title: 'Minutes of the last AGM',
              presenter: 'Branch Secretary',
              attachments: [
                {
                  url: 'https://example.org/papers/agm-minutes-2017.pdf',
                  title: 'Minutes',
                  type: 'PDF',
                  size: 240000,
                },
              ],
            },
            {
              time: '18:10',
              title: 'Treasurer’s report',
              presenter: 'Branch Treasurer',
              attachments: [
                {
                  url: 'https://example.org/papers/accounts-2017.xlsx',
                  title: 'Accounts',
                  type: 'XLSX',
                  size: 1_400_000,
                },
              ],
            },
            { time: '18:40', title: 'Tea break', kind: 'break' },
          ],
        },
        {
          title: 'Part 2: Motions and elections',
          items: [
            { time: '18:55', title: 'Motions', notes: 'Motion 1: Pay.\n\nMotion 2: Safe staffing.' },
            { time: '19:40', title: 'Election of officers' },
            { time: '20:00', title: 'Meeting Ends', kind: 'end' },
          ],
        },
      ],
    },
  },
};

/** Deadlines for motions and amendments: one passed, one with days left. */
export const WithDeadlines: Story = {
  args: {
    now: '2018-01-31T12:00:00Z',
    agenda: {
      ...barnetAgendaJson,
      deadlines: [
        { title: 'Delegates’ motions', due: '2018-02-05T00:00' },
        { title: 'Nominations for delegates', due: '2018-01-29T17:00', url: 'https://example.org/nominate' },
      ],
    },
  },
};

/** An item out of order: it is listed under "Some items could not be shown as written", and the rest still show. */
export const Problems: Story = {
  args: {
    agenda: {
      ...barnetAgendaJson,
      items: barnetAgendaJson.items.map((item, index) => (index === 3 ? { ...item, time: '19:02' } : item)),
    },
  },
};

/** Input that cannot be shown: the error says what to fix. */
export const ErrorState: Story = {
  name: 'Error',
  args: { agenda: { name: 'Branch meeting', items: [] } },
};

/** The page is in Welsh: strings, dates, lengths and countdowns are Welsh. */
export const Welsh: Story = { args: { lang: 'cy' } };

/** At 320 CSS px the times move above the titles. */
export const Narrow: Story = {
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

/**
 * What the agenda prints like, on a sheet of A4: one plain column, with no "Add
 * to calendar", live status or "Now" marker. `print-layout` shows on screen the
 * layout printing always uses.
 */
export const PrintPreview: Story = {
  args: { now: LIVE, printLayout: true },
  decorators: [
    (story) =>
      html`<div
        style="box-sizing: border-box; width: 210mm; min-height: 297mm; padding: 20mm; background: #fff; color: #000; box-shadow: 0 0 0 1px #ccc;"
      >
        ${story()}
      </div>`,
  ],
};
