import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  PlacardElement,
  buttonStyles,
  focusRing,
  isFinalPetition,
  milestonesReached,
  petitionGoal,
  readPetitionInputs,
  renderHeading,
  renderInputError,
  reportError,
  safeUrl,
  shouldAnnounce,
  showsCount,
  themeTokens,
  toInputError,
  visuallyHidden,
  widgetStyles,
  type Announced,
  type PetitionMilestone,
  type PetitionOptions,
  type PetitionPolls,
  type PetitionSnapshot,
  type PetitionSource,
  type PlacardInputError,
} from '@placard/core';
import { CountUpController } from './count-up.js';
import { PetitionFeed, type PetitionReading } from './petition-feed.js';
import { petitionCounterStyles } from './petition-counter.styles.js';
import {
  finalNotice,
  formatCount,
  lastUpdatedText,
  milestoneText,
  progressText,
  signatures,
} from './petition-text.js';

/** Properties that say where the count comes from or how it is followed; a change re-reads them. */
const SOURCE_PROPERTIES: readonly PropertyKey[] = [
  'provider',
  'petitionId',
  'src',
  'countPath',
  'goalPath',
  'count',
  'goal',
  'autoGoal',
  'minDisplay',
  'refresh',
  'polls',
];

/** Marks where the number goes in a translated "12,345 signatures", so it can be drawn large. */
const FIGURE = '\uE000';

/** What the live region says, kept as data and worded when rendering, in the reader's language. */
interface Announcement {
  count: number;
  milestones: PetitionMilestone[];
  /** Counts just passed (a goal, Parliament's 10,000 and 100,000), in increasing order. */
  marks: number[];
}

/** A boolean attribute that `auto-goal="false"` also turns off, as core reads it. */
const booleanUnlessFalse = {
  fromAttribute: (value: string | null) => value !== null && value.trim().toLowerCase() !== 'false',
};

/**
 * A petition's signature count, live: the title, the count, progress towards
 * the goal, milestones reached, and a "Sign the petition" link.
 *
 * Where the count comes from (`provider`; left out, it is guessed from the
 * attributes that are there):
 * - `parliament-uk`: a petition on petition.parliament.uk, by `petition-id`
 *   or its address in `src`;
 * - `json`: any JSON file or API, by `src` and a JSON Pointer `count-path`
 *   (and `goal-path`);
 * - `static`: a `count` written on the element, for paper petitions.
 *
 * Live sources are asked again every `refresh` seconds, with one request per
 * source for the whole page however many counters show it. The last count is
 * kept in the browser for the next page view, so the number shows at once.
 *
 * @summary A live, accessible petition signature counter for union websites.
 * @tagname placard-petition-counter
 *
 * @fires placard-load - A count arrived and is shown (at first, and after each refresh). `detail.data` is `{ snapshot, fetchedAt }`.
 * @fires placard-error - The attributes cannot be used, or the source failed. `detail.error` is a `PlacardInputError` whose `message` says what to fix. A source that fails is tried again; the last count stays.
 *
 * @csspart card - The counter's outer box.
 * @csspart heading - The petition's title (or `label`).
 * @csspart count - The line with the number of signatures.
 * @csspart figure - The number itself, drawn large.
 * @csspart progress - The progress bar's track.
 * @csspart progress-fill - The filled part of the progress bar.
 * @csspart goal - The goal under the bar.
 * @csspart milestones - The list of milestones reached.
 * @csspart notice - "This petition closed on …" or "… was rejected".
 * @csspart sign - The "Sign the petition" link.
 * @csspart status - "Last updated …", for a count that is not fresh.
 * @csspart error - The message shown when there is no count to show.
 *
 * @cssprop --placard-petition-counter-background - Background. Default: `--placard-color-background`.
 * @cssprop --placard-petition-counter-border - Border. Default: 1px solid `--placard-color-border`.
 * @cssprop --placard-petition-counter-padding - Space inside. Default: `--placard-space`.
 * @cssprop --placard-petition-counter-max-width - Widest it grows. Default: 32rem.
 * @cssprop --placard-petition-counter-min-height - Least height, to hold room for a long title or milestones before they load. Default: none.
 * @cssprop --placard-petition-counter-track - The progress bar's empty part. Default: #e8e8e8.
 * @cssprop --placard-petition-counter-fill - The progress bar's filled part. Default: `--placard-color-accent`.
 */
export class PlacardPetitionCounter extends PlacardElement {
  static override styles = [
    themeTokens,
    focusRing,
    visuallyHidden,
    buttonStyles,
    widgetStyles,
    petitionCounterStyles,
  ];

  // Counts and plurals as well as dates.
  static override intlKinds = ['DateTimeFormat', 'NumberFormat', 'PluralRules'] as const;

  /*
   * Reactive properties are declared here rather than with decorators, which
   * cost every page about 1 KB (gzip). Each property's JSDoc is on its field.
   * Counts and seconds are kept as written, so core can say what is wrong with them.
   */
  static override properties = {
    provider: {},
    petitionId: { attribute: 'petition-id' },
    src: {},
    countPath: { attribute: 'count-path' },
    goalPath: { attribute: 'goal-path' },
    count: {},
    goal: {},
    autoGoal: { attribute: 'auto-goal', converter: booleanUnlessFalse },
    minDisplay: { attribute: 'min-display' },
    refresh: {},
    label: {},
    href: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    polls: { attribute: false },
  };

  /** Where the count comes from: `parliament-uk`, `json` or `static`. Default: guessed from the other attributes. */
  provider?: string;
  /** parliament-uk: the petition's number, the digits at the end of its address (`700001`). */
  petitionId?: string;
  /** parliament-uk: the petition's address. json: the address of the JSON holding the count. */
  src?: string;
  /** json: a JSON Pointer to the count in the file, e.g. `/signatures/count`; empty for a file holding just a number. */
  countPath?: string;
  /** json: a JSON Pointer to the goal in the file, e.g. `/signatures/goal`. */
  goalPath?: string;
  /** static: the number of signatures, e.g. `4210` or `4,210`. */
  count?: string | number;
  /** The number of signatures to aim for. Default: the goal in the file (`goal-path`); for Parliament, the next milestone (10,000, then 100,000). */
  goal?: string | number;
  /** Raise the goal a round number at a time (100, 200, 500, 1,000 …) as the count nears it. */
  autoGoal = false;
  /** Show the number only once the count reaches this; below it, "Be one of the first to sign". Default: 0. */
  minDisplay?: string | number;
  /** Seconds between updates of a live count. Default: 60; never less than 15. */
  refresh?: string | number;
  /** The heading. Default: the petition's title from the source, else "Petition". */
  label?: string;
  /** Where "Sign the petition" goes. Default: the petition's page on petition.parliament.uk, for that provider; else no link. */
  href?: string;
  /** Level of the heading, 1–6. Pick the one that fits your page's outline. */
  headingLevel = 3;
  /**
   * The polls live counts are followed through. Default: the page's own, shared
   * by every counter. For tests and apps that run their own (core's `createPetitionPolls`).
   */
  polls?: PetitionPolls;

  /** The source read from the attributes; `undefined` when they cannot be used. */
  #source?: PetitionSource;
  #options: PetitionOptions = { autoGoal: false, minDisplay: 0 };
  /** Why the attributes cannot be used. */
  #inputError?: PlacardInputError;
  /** Counts reads of the attributes, so that only the latest one is used. */
  #sourceGeneration = 0;
  readonly #loggedErrors = new Set<string>();

  /** How full the progress bar is, in per cent, as last rendered. */
  #fillShare = 0;

  /** What the reader last heard, or saw first; see core's `shouldAnnounce`. */
  #announced?: Announced;
  #announcement?: Announcement;

  readonly #feed = new PetitionFeed(this, {
    changed: (reading, previous) => this.#onReading(reading, previous),
  });
  readonly #figure = new CountUpController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || [...changed.keys()].some((key) => SOURCE_PROPERTIES.includes(key))) {
      this.#readSource();
    }
  }

  /** Reads the attributes into a source and follows it, or keeps why they cannot be used. */
  #readSource(): void {
    const text = (value: string | number | undefined) => (value === undefined ? undefined : String(value));
    const attrs = {
      provider: this.provider,
      'petition-id': this.petitionId,
      src: this.src,
      'count-path': this.countPath,
      'goal-path': this.goalPath,
      count: text(this.count),
      goal: text(this.goal),
      'auto-goal': this.autoGoal ? '' : undefined,
      'min-display': text(this.minDisplay),
      refresh: text(this.refresh),
    };
    const generation = ++this.#sourceGeneration;
    const reading = readPetitionInputs(attrs).then(
      ({ source, options, cached }) => {
        if (generation !== this.#sourceGeneration) return; // newer attributes are being read
        // Both before following: a cached or shared reading may arrive during `follow`.
        this.#options = options;
        this.#source = source;
        this.#inputError = undefined;
        this.#feed.follow(source, { refreshSeconds: options.refreshSeconds, polls: this.polls, cached });
      },
      (error: unknown) => {
        if (generation !== this.#sourceGeneration) return;
        this.#source = undefined;
        this.#inputError = toInputError(error, 'the petition counter’s attributes');
        reportError(this, this.#inputError, this.#loggedErrors);
        this.#feed.follow(undefined, {});
      },
    );
    this.waitFor(reading.then(() => this.requestUpdate()));
  }

  /** A reading arrived: count up to it, and decide whether to announce it. */
  #onReading(reading: PetitionReading, previous: PetitionReading | undefined): void {
    const { count } = reading.snapshot;
    const visible = showsCount(count, this.#options.minDisplay);
    this.#figure.set(count, previous !== undefined && visible);
    // The poll's clock, when the reading has its time; a cached reading is seen now.
    const now = reading.fetchedAt && !reading.cached ? reading.fetchedAt.getTime() : Date.now();
    if (!previous) {
      this.#announced = { count, at: now };
      this.#announcement = undefined;
      return;
    }
    if (!visible || !this.#source) return;
    const goalBefore = this.#goalFor(previous.snapshot);
    const marks =
      goalBefore === undefined ? this.#source.thresholds : [...this.#source.thresholds, goalBefore];
    const reached = milestonesReached(previous.snapshot, reading.snapshot, marks);
    const milestone = reached.milestones.length > 0 || reached.counts.length > 0;
    if (!shouldAnnounce(this.#announced, { count, now, milestone })) return;
    this.#announced = { count, at: now };
    this.#announcement = { count, milestones: reached.milestones, marks: reached.counts };
  }

  /** The goal to show: none for a petition that has ended, unless one was set. */
  #goalFor(snapshot: PetitionSnapshot): number | undefined {
    if (!this.#source) return undefined;
    if (isFinalPetition(snapshot)) return snapshot.goal ?? this.#source.goal;
    return petitionGoal(this.#source, snapshot, { autoGoal: this.#options.autoGoal });
  }

  protected override updated(): void {
    // Set through the CSSOM, not a style attribute (nor Lit's styleMap, which
    // writes one on first render): a strict CSP refuses style attributes.
    this.renderRoot
      .querySelector<HTMLElement>('.fill')
      ?.style.setProperty('inline-size', `${this.#fillShare}%`);
  }

  protected override render() {
    // The live region stays in place through every state, or screen readers miss its changes.
    return html`
      ${this.#renderBody()}
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">${this.#announcementText()}</p>
    `;
  }

  #renderBody(): TemplateResult {
    const errorTitle = msg('The petition count could not be shown', { id: 'petition-error-title' });
    const source = this.#source;
    if (this.#inputError) return renderInputError(errorTitle, this.#inputError);
    const { reading, error, loading } = this.#feed;
    const snapshot = reading?.snapshot;
    const title = this.label?.trim() || snapshot?.title || msg('Petition', { id: 'petition-heading' });
    const open = !snapshot || !isFinalPetition(snapshot);
    const signUrl = open ? (safeUrl(this.href) ?? source?.pageUrl) : undefined;
    let status = '';
    if (!snapshot && loading) status = msg('Loading the count…', { id: 'petition-loading' });
    else if (reading?.fetchedAt && (reading.cached || error)) {
      status = lastUpdatedText(reading.fetchedAt, this.locale);
    }
    return html`
      <article part="card" class="card" aria-labelledby="title">
        ${renderHeading(this.headingLevel, title, { id: 'title', part: 'heading', fallback: 3 })}
        ${
          snapshot && source
            ? this.#renderReading(snapshot, source)
            : error
              ? renderInputError(errorTitle, error)
              : this.#renderPlaceholder(source)
        }
        ${
          signUrl
            ? html`<p class="actions">
                <a part="sign" class="button" href=${signUrl}
                  >${msg('Sign the petition', { id: 'petition-sign' })}<span class="visually-hidden"
                    >: ${title}</span
                  ></a
                >
              </p>`
            : nothing
        }
        <p part="status" class="status">${status}</p>
      </article>
    `;
  }

  #renderReading(snapshot: PetitionSnapshot, source: PetitionSource) {
    const { count } = snapshot;
    const final = isFinalPetition(snapshot);
    const notice = final
      ? html`<p part="notice" class="notice">
          ${finalNotice(snapshot.state, snapshot.closedAt, this.locale)}
        </p>`
      : nothing;
    const milestones = this.#renderMilestones(snapshot.milestones, source);
    if (!showsCount(count, this.#options.minDisplay)) {
      return html`<p part="count" class="count first-to-sign">
          ${msg('Be one of the first to sign', { id: 'petition-first-to-sign' })}
        </p>
        ${milestones} ${notice}`;
    }
    const shown = this.#figure.value ?? count;
    const goal = this.#goalFor(snapshot);
    return html`
      <p part="count" class="count">${this.#renderCount(count, shown)}</p>
      ${goal === undefined ? nothing : this.#renderProgress(count, shown, goal)} ${milestones} ${notice}
    `;
  }

  /**
   * "12,345 signatures" with the number drawn large. What is drawn may be
   * counting up, so it is hidden from screen readers, which read the final
   * count from the hidden copy beside it.
   */
  #renderCount(count: number, shown: number): TemplateResult {
    const parts = signatures(count, this.locale, FIGURE).split(FIGURE);
    const [before, after] = parts.length === 2 ? parts : ['', ''];
    return html`<span aria-hidden="true"
        >${before}<span part="figure" class="figure">${formatCount(shown, this.locale)}</span>${after}</span
      ><span class="visually-hidden">${signatures(count, this.locale)}</span>`;
  }

  #renderProgress(count: number, shown: number, goal: number): TemplateResult {
    const reached = count >= goal;
    const goalText = signatures(goal, this.locale);
    this.#fillShare = Math.min(100, (shown / goal) * 100);
    return html`
      <div
        part="progress"
        class="progress"
        role="progressbar"
        aria-label=${msg('Progress towards the goal', { id: 'petition-progress-label' })}
        aria-valuemin="0"
        aria-valuemax=${goal}
        aria-valuenow=${Math.min(count, goal)}
        aria-valuetext=${progressText(count, goal, this.locale)}
      >
        <div part="progress-fill" class="fill"></div>
      </div>
      <p part="goal" class="goal">
        ${
          reached
            ? msg(str`Goal of ${goalText} reached`, { id: 'petition-goal-reached' })
            : msg(str`Goal: ${goalText}`, { id: 'petition-goal' })
        }
      </p>
    `;
  }

  #renderMilestones(milestones: readonly PetitionMilestone[], source: PetitionSource) {
    if (milestones.length === 0) return nothing;
    return html`<ul part="milestones" class="milestones">
      ${milestones.map(
        (milestone) =>
          html`<li>
            <span class="tick" aria-hidden="true">✓</span
            ><span>${milestoneText(milestone, this.locale, source.thresholds)}</span>
          </li>`,
      )}
    </ul>`;
  }

  /**
   * Before the first count: the same lines as with one, kept empty, so the
   * card does not grow when the count arrives.
   */
  /** Holds the count's place (no layout shift); `source` is undefined while the attributes are being read. */
  #renderPlaceholder(source: PetitionSource | undefined): TemplateResult {
    const expectsGoal =
      this.goal !== undefined ||
      (source?.thresholds.length ?? 0) > 0 ||
      this.#options.autoGoal ||
      this.goalPath !== undefined;
    return html`
      <p class="count" aria-hidden="true"><span class="figure">&nbsp;</span></p>
      ${
        expectsGoal
          ? html`<div class="progress"></div>
              <p class="goal" aria-hidden="true">&nbsp;</p>`
          : nothing
      }
    `;
  }

  #announcementText(): string {
    const announcement = this.#announcement;
    if (!announcement) return '';
    const thresholds = this.#source?.thresholds ?? [];
    const lines = announcement.milestones.map((milestone) =>
      milestoneText(milestone, this.locale, thresholds),
    );
    const mark = announcement.marks.at(-1);
    if (lines.length === 0 && mark !== undefined) {
      const passed = signatures(mark, this.locale);
      lines.push(msg(str`Passed ${passed}`, { id: 'petition-passed' }));
    }
    lines.push(signatures(announcement.count, this.locale));
    return lines.join('. ');
  }
}
