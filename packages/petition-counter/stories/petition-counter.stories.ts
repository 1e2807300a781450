import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { waitForWidgets } from '@placard/test-kit/stories.js';
import '../src/placard-petition-counter.js';
import { seedCache, storyPolls, type StoryPetition } from './story-source.js';

interface CounterArgs {
  provider?: string;
  petitionId?: string;
  count?: string;
  goal?: string;
  autoGoal?: boolean;
  minDisplay?: string;
  refresh?: string;
  label?: string;
  href?: string;
  headingLevel?: number;
  lang?: string;
  /** What the story's own petition source answers, for `parliament-uk` stories. */
  petition?: StoryPetition;
}

const SUPPORT_STAFF = 'Fund a 10% pay rise for school support staff';

/** Parliament's milestones for a petition that went all the way. */
const ALL_MILESTONES = {
  response_threshold_reached_at: '2023-06-13T20:41:12.000Z',
  government_response_at: '2023-07-20T15:00:00.000Z',
  debate_threshold_reached_at: '2023-08-30T07:22:48.000Z',
  scheduled_debate_date: '2024-03-18',
  debate_outcome_at: '2024-03-20T09:30:00.000Z',
};

/** Waits until the counter's spoken count is no longer `before`, for up to `ms`. */
async function countChanges(canvas: HTMLElement, before: string, ms: number): Promise<void> {
  const spoken = () =>
    canvas
      .querySelector('placard-petition-counter')
      ?.shadowRoot?.querySelector('[part="count"] .visually-hidden')?.textContent ?? '';
  const until = Date.now() + ms;
  while (spoken() === before) {
    if (Date.now() > until) throw new Error(`The count stayed at ${before}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const meta: Meta<CounterArgs> = {
  title: 'Components/Petition counter',
  component: 'placard-petition-counter',
  args: {
    provider: 'static',
    count: '4210',
    goal: '5000',
    label: 'Keep Barnet’s libraries open',
    href: 'https://example.org/petitions/libraries',
    headingLevel: 3,
  },
  argTypes: { petition: { control: 'object' } },
  parameters: {
    // The manifest lists private (#) and static members too, and `polls` is set by the
    // stories themselves (a control would only show "[object Object]"): none is for webmasters.
    controls: { exclude: /^(?:#|polls$|intlKinds$)/u },
  },
  // Counters read their source asynchronously: wait, so the axe check sees the final state.
  play: waitForWidgets,
  render: (args) => html`
    <placard-petition-counter
      lang=${args.lang ?? nothing}
      provider=${args.provider ?? nothing}
      petition-id=${args.petitionId ?? nothing}
      count=${args.count ?? nothing}
      goal=${args.goal ?? nothing}
      ?auto-goal=${args.autoGoal}
      min-display=${args.minDisplay ?? nothing}
      refresh=${args.refresh ?? nothing}
      label=${args.label ?? nothing}
      href=${args.href ?? nothing}
      heading-level=${args.headingLevel ?? nothing}
      .polls=${args.petition ? storyPolls(args.petition) : undefined}
    ></placard-petition-counter>
  `,
};
export default meta;

type Story = StoryObj<CounterArgs>;

/** A paper petition: the count written on the element, with a goal and a link to sign. */
export const Static: Story = {};

/** A count written on the element, with no goal: just the number. */
export const StaticWithoutGoal: Story = { args: { goal: undefined } };

/**
 * A UK Parliament petition, live: the count rises every few seconds (this
 * story's clock runs ten times fast) and counts up to each new number.
 * Screen readers hear the count at most once a minute.
 */
export const Live: Story = {
  args: {
    provider: 'parliament-uk',
    petitionId: '700001',
    count: undefined,
    goal: undefined,
    label: undefined,
    href: undefined,
    refresh: '30',
    petition: {
      count: 48213,
      risePerPoll: 37,
      milestones: { government_response_at: '2024-12-03T16:05:44.518Z' },
    },
  },
  play: async (context) => {
    await waitForWidgets(context);
    await countChanges(context.canvasElement, '48,213 signatures', 8000);
  },
};

/** Close to 10,000 signatures, when the government must respond: the bar is nearly full. */
export const NearMilestone: Story = {
  args: {
    ...Live.args,
    petitionId: '700002',
    petition: { count: 9874, risePerPoll: 21, title: 'Save our school crossing patrols' },
  },
  play: waitForWidgets,
};

/** A goal set by the branch, and passed. */
export const GoalReached: Story = { args: { count: '5230' } };

/** `auto-goal`: the goal rises a round number at a time as the count nears it. */
export const AutoGoal: Story = { args: { count: '460', goal: undefined, autoGoal: true } };

/** Below `min-display`, the number is not shown: "Be one of the first to sign". */
export const FirstSignatures: Story = { args: { count: '12', minDisplay: '100' } };

/** A closed Parliament petition: final count, every milestone named, no link to sign, no more updates. */
export const Closed: Story = {
  args: {
    ...Live.args,
    petitionId: '700003',
    petition: {
      count: 186302,
      title: 'Repeal the minimum service levels law',
      state: 'closed',
      closedAt: '2023-12-12T23:59:59.999Z',
      milestones: ALL_MILESTONES,
    },
  },
  play: waitForWidgets,
};

/** The source fails and there is no earlier count: the message says what is wrong. The link to sign still works. */
export const ErrorWithoutCount: Story = {
  name: 'Error, no count yet',
  args: { ...Live.args, petitionId: '700004', petition: { count: 0, failWith: 503 } },
  play: waitForWidgets,
};

/** The source fails, but the reader saw a count two hours ago: it stays, marked with its age. */
export const ErrorWithCachedCount: Story = {
  name: 'Error, with the last count',
  args: { ...Live.args, petitionId: '700005', petition: { count: 0, failWith: 503 } },
  loaders: [
    () =>
      seedCache(
        '700005',
        {
          count: 25874,
          title: SUPPORT_STAFF,
          state: 'open',
          milestones: [{ kind: 'response-threshold', at: new Date('2024-11-02T14:21:09Z'), dateOnly: false }],
        },
        120,
      ),
  ],
  play: waitForWidgets,
};

/** The page is in Welsh: words, numbers, plurals and dates are Welsh. */
export const Welsh: Story = {
  args: {
    ...Live.args,
    petitionId: '700006',
    lang: 'cy',
    petition: { count: 48213, milestones: { government_response_at: '2024-12-03T16:05:44.518Z' } },
  },
  play: waitForWidgets,
};

/** At 320 CSS px the number shrinks a little and the link spans the card. */
export const Narrow: Story = {
  args: { ...Live.args, petitionId: '700007', petition: { count: 48213 } },
  globals: { viewport: { value: 'narrow', isRotated: false } },
  play: waitForWidgets,
};
