import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import {
  afterRally,
  beforeRally,
  hostileText,
  hostileUrl,
  rallyAttributes,
  rallyJsonLd,
} from '@placard/test-kit/fixtures.js';
import { waitForWidgets } from '@placard/test-kit/stories.js';
import '../src/placard-event-card.js';

interface CardArgs {
  name?: string;
  start?: string;
  end?: string;
  timeZone?: string;
  allDay?: boolean;
  venue?: string;
  address?: string;
  url?: string;
  onlineUrl?: string;
  status?: string;
  description?: string;
  headingLevel?: number;
  now?: string;
  lang?: string;
}

const rally: CardArgs = {
  name: rallyAttributes.name,
  start: rallyAttributes.start,
  end: rallyAttributes.end,
  timeZone: rallyAttributes['time-zone'],
  venue: rallyAttributes.venue,
  address: rallyAttributes.address,
  description: rallyAttributes.description,
  url: rallyAttributes.url,
  headingLevel: 2,
  now: beforeRally,
};

const meta: Meta<CardArgs> = {
  title: 'Components/Event card',
  component: 'placard-event-card',
  args: rally,
  // The card reads its inputs asynchronously: wait, so the axe check sees the final state.
  play: waitForWidgets,
  render: (args) => html`
    <placard-event-card
      lang=${args.lang ?? nothing}
      name=${args.name ?? nothing}
      start=${args.start ?? nothing}
      end=${args.end ?? nothing}
      time-zone=${args.timeZone ?? nothing}
      ?all-day=${args.allDay}
      venue=${args.venue ?? nothing}
      address=${args.address ?? nothing}
      url=${args.url ?? nothing}
      online-url=${args.onlineUrl ?? nothing}
      status=${args.status ?? nothing}
      description=${args.description ?? nothing}
      heading-level=${args.headingLevel ?? nothing}
      now=${args.now ?? nothing}
    ></placard-event-card>
  `,
};
export default meta;

type Story = StoryObj<CardArgs>;

/** The 15 March 2018 rally, from attributes. */
export const Default: Story = {};

export const Cancelled: Story = { args: { status: 'cancelled' } };
export const Postponed: Story = { args: { status: 'postponed' } };
/** Moved to a new date: the card says when it was going to be. */
export const Rescheduled: Story = {
  render: (args) => html`
    <placard-event-card
      name=${args.name ?? nothing}
      start="2018-03-22T18:30"
      end="2018-03-22T20:00"
      previous-start="2018-03-15T18:30"
      status="rescheduled"
      time-zone="Europe/London"
      venue=${args.venue ?? nothing}
      address=${args.address ?? nothing}
      heading-level="2"
      now=${beforeRally}
    ></placard-event-card>
  `,
};
export const MovedOnline: Story = {
  args: { status: 'moved-online', onlineUrl: 'https://example.org/stream' },
};

/** An online-only meeting: the time is shown in the reader's own zone. */
export const Online: Story = {
  args: {
    venue: undefined,
    address: undefined,
    onlineUrl: 'https://example.org/meeting',
    name: 'Branch committee (online)',
  },
};

/** After the event: it says so and offers no "Add to calendar". */
export const Ended: Story = { args: { now: afterRally } };

/** A week of action over several whole days. */
export const MultiDay: Story = {
  args: {
    name: 'Week of action for the NHS',
    start: '2018-02-12',
    end: '2018-02-18',
    allDay: true,
    url: undefined,
    description: undefined,
  },
};

export const Welsh: Story = { args: { lang: 'cy' } };

/** The card at 320 CSS px, the narrowest phone WCAG's reflow rule asks for. */
export const Narrow: Story = {
  globals: { viewport: { value: 'narrow', isRotated: false } },
};

/** A missing start: the webmaster sees what to fix, not a blank box. */
export const ErrorMissingStart: Story = { name: 'Error: missing start', args: { start: undefined } };

export const ErrorUnknownTimeZone: Story = {
  name: 'Error: unknown time zone',
  args: { timeZone: 'Europe/Londn' },
};

/** Markup and a `javascript:` link in the data are shown as text and dropped. */
export const HostileText: Story = {
  args: { name: `Rally ${hostileText}`, description: hostileText, url: hostileUrl },
};

/** From a child schema.org JSON-LD script. */
export const FromJsonLd: Story = {
  render: () => {
    // Built with the DOM: Lit templates cannot put text inside a <script>.
    const card = document.createElement('placard-event-card');
    card.setAttribute('heading-level', '2');
    card.setAttribute('now', beforeRally);
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify(rallyJsonLd);
    card.append(script);
    return card;
  },
};

/** From `h-event` markup, which is also what readers without JavaScript see. */
export const FromMarkup: Story = {
  render: () => html`
    <placard-event-card heading-level="2" time-zone="Europe/London" now=${beforeRally}>
      <div class="h-event">
        <h2 class="p-name">${rallyAttributes.name}</h2>
        <p>
          <time class="dt-start" datetime="2018-03-15T18:30">Thu 15 March 2018, 18:30</time> –
          <time class="dt-end" datetime="2018-03-15T20:00">20:00</time>
        </p>
        <p class="p-location">Unite The Union, 128 Theobalds Road, London WC1X 8TN</p>
      </div>
    </placard-event-card>
  `,
};
