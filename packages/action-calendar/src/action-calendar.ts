import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import {
  InputReader,
  PlacardElement,
  addMonths,
  buildMonthGrid,
  buttonStyles,
  focusRing,
  loadTemporal,
  readCalendarInputs,
  readYearMonth,
  readerTimeZone,
  renderHeading,
  renderInputError,
  themeTokens,
  toInputError,
  visuallyHidden,
  widgetStyles,
  yearMonthOf,
  yieldToEventLoop,
  type CalendarCategory,
  type CalendarInputsResult,
  type CalendarItem,
  type CalendarMonthGroup,
  type PlacardInputError,
  type TemporalAPI,
  problemListStyles,
  renderProblemList,
} from '@placard/core';
import { actionCalendarStyles } from './action-calendar.styles.js';
import { feedKinds, renderCategoryFilter } from './category-filter.js';
import { calendarLayout, type CalendarLayout, type CalendarView } from './calendar-layout.js';
import { kindsLeftOut, monthSpan, sourceSpecs } from './calendar-sources.js';
import { DetailsController } from './details-controller.js';
import { ExpansionCache } from './expansion-cache.js';
import { gridKeydown } from './grid-keyboard.js';
import { entryCount, renderListPage } from './list-view.js';
import { monthName, weekdayNames } from './month-name.js';
import { renderMonthView } from './month-view.js';
import { NarrowController } from './narrow-controller.js';
import { renderSubscribe, type SubscribableFeed } from './subscribe.js';
import { renderToolbar } from './toolbar.js';
import type { ViewContext } from './view-context.js';

export type { CalendarView } from './calendar-layout.js';

/** How many months the list shows at first, and how many more "Show more" adds once they are all shown. */
const LIST_MONTHS = 3;

/**
 * How many items the list shows at first, and how many more each "Show more"
 * adds: a regional feed can hold hundreds a month, and rendering them all at
 * once would freeze the page.
 */
const LIST_PAGE = 60;

/** The Google calendar is loaded for this many months from the month before the first shown. */
const GOOGLE_MONTHS = 14;

/**
 * A branch's calendar of action: strikes, pickets, demos, meetings and
 * socials from one or more calendar feeds, as a list grouped by month or as a
 * month grid. Readers move between months, filter by kind of action, open an
 * item's details (with "Add to calendar"), and subscribe to the feeds.
 *
 * Give it events in one of these ways (the first present wins):
 * 1. feeds at addresses, all shown together: `src` (one or more iCalendar,
 *    Placard calendar JSON or JSON-LD addresses, separated by spaces), links
 *    inside it marked `data-calendar-source` (`<a data-calendar-source
 *    data-category="strike" href="strikes.ics">Regional strikes</a>`: a feed
 *    with a default kind of action and a name, still a working link without
 *    JavaScript), `google-calendar-id` with `google-api-key`, and `wordpress`;
 * 2. a child `<script type="application/json">` (Placard calendar JSON),
 *    `<script type="application/ld+json">` or `<script type="text/calendar">`;
 * 3. a list of `h-event` items inside it, which readers also see before the
 *    calendar loads and without JavaScript.
 *
 * @summary An accessible calendar of action (list and month views) for union branch websites.
 * @tagname placard-action-calendar
 *
 * @fires placard-load - The calendar's feeds were read. `detail.data` is the `CalendarInputsResult` (the feeds and the feeds that failed).
 * @fires placard-error - No feed could be read. `detail.error` is a `PlacardInputError` whose `message` says what to fix.
 *
 * @csspart calendar - The calendar's outer box.
 * @csspart heading - The calendar's name.
 * @csspart toolbar - The row of month navigation and view buttons.
 * @csspart caption - The month (or months) shown.
 * @csspart filters - The key to the kinds of action, which is also the filter.
 * @csspart category-icon - The shape of a kind of action.
 * @csspart list - The list view.
 * @csspart month-heading - Each month's heading in the list view.
 * @csspart item - Each item in the list view.
 * @csspart item-name - Each item's name (a button that opens its details) in the list view.
 * @csspart grid - The month view's grid.
 * @csspart empty - The message shown when nothing is planned.
 * @csspart more - The "Show more months" button of the list view.
 * @csspart subscribe - The "Subscribe" links.
 * @csspart problems - The list of feed problems.
 * @csspart dialog - The details dialog.
 * @csspart error - The message shown when the calendar cannot be read.
 *
 * @cssprop --placard-action-calendar-background - Background. Default: `--placard-color-background`.
 * @cssprop --placard-action-calendar-border - Border. Default: 1px solid `--placard-color-border`.
 * @cssprop --placard-action-calendar-padding - Space inside. Default: `--placard-space`.
 * @cssprop --placard-action-calendar-max-width - Widest it grows. Default: 72rem.
 * @cssprop --placard-action-calendar-today - Background of today's cell. Default: `--placard-color-notice`.
 * @cssprop --placard-action-calendar-strike - Colour of strikes. Default: #b00020.
 * @cssprop --placard-action-calendar-picket - Colour of pickets. Default: #9a3412.
 * @cssprop --placard-action-calendar-demo - Colour of demos. Default: #6b21a8.
 * @cssprop --placard-action-calendar-meeting - Colour of meetings. Default: #1d4ed8.
 * @cssprop --placard-action-calendar-conference - Colour of conferences. Default: #0f766e.
 * @cssprop --placard-action-calendar-social - Colour of socials. Default: #15803d.
 * @cssprop --placard-action-calendar-other - Colour of other items. Default: #4a4a4a.
 */
export class PlacardActionCalendar extends PlacardElement {
  // Counts ("60 of 1,288 events shown") are numbers in the reader's locale as well as dates.
  static override intlKinds = ['DateTimeFormat', 'NumberFormat'] as const;

  static override styles = [
    themeTokens,
    focusRing,
    visuallyHidden,
    buttonStyles,
    widgetStyles,
    problemListStyles,
    actionCalendarStyles,
  ];

  /*
   * Reactive properties are declared here rather than with decorators, which
   * cost every page about 1 KB (gzip). Each property's JSDoc is on its field.
   */
  static override properties = {
    src: {},
    googleCalendarId: { attribute: 'google-calendar-id' },
    googleApiKey: { attribute: 'google-api-key' },
    wordpress: {},
    timeZone: { attribute: 'time-zone' },
    view: { reflect: true },
    start: {},
    categories: {},
    heading: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    now: {},
    cursor: { state: true, attribute: false },
    focusDate: { state: true, attribute: false },
    listMonths: { state: true, attribute: false },
    listLimit: { state: true, attribute: false },
    hiddenCategories: { state: true, attribute: false },
  };

  /** Addresses of iCalendar (.ics), Placard calendar JSON or JSON-LD feeds, separated by spaces. */
  src?: string;
  /** The ID of a public Google calendar (Settings → Integrate calendar → Calendar ID). Needs `google-api-key`. */
  googleCalendarId?: string;
  /** A Google API key with the Calendar API on, restricted to this website's address. */
  googleApiKey?: string;
  /** The REST address of a WordPress site's The Events Calendar: `https://branch.example/wp-json/tribe/events/v1/events`. */
  wordpress?: string;
  /** IANA time zone of the calendar's days and of times written without a zone, e.g. `Europe/London`. Default: the reader's. */
  timeZone?: string;
  /** `list` or `month`. Default: the list when the calendar is narrower than 600 px, else the month. Readers can switch. */
  view?: CalendarView;
  /** The first month shown, e.g. `2018-02`. Default: this month. */
  start?: string;
  /**
   * The kinds of action shown at first, separated by spaces (`strike picket`);
   * readers can show the others with the filter buttons. Default: every kind.
   * Kinds: `strike`, `picket`, `demo`, `meeting`, `conference`, `social`, `other`.
   */
  categories?: string;
  /** The calendar's name. Default: the first feed's own name, else "Calendar of action". */
  heading?: string;
  /** Level of the calendar's heading, 1–6; months and items are below it. */
  headingLevel = 2;
  /** The current time, as an ISO date-time; for previews and tests. Default: the real time. */
  now?: string;

  /** The first month shown (`YYYY-MM`). */
  private cursor?: string;
  /** The day holding the month grid's tab stop. */
  private focusDate?: string;
  private listMonths = LIST_MONTHS;
  private listLimit = LIST_PAGE;
  private hiddenCategories: ReadonlySet<CalendarCategory> = new Set();
  /** Whether a filter toggle was the last thing used, so the status says what it changed; cleared on moving. */
  #toggled = false;

  #Temporal?: TemporalAPI;
  /** Why `start` was not used, when it could not be read. */
  #startProblem?: PlacardInputError;
  /** The span the Google calendar was asked for. */
  #googleSpan?: { from: Date; to: Date };
  readonly #expansion = new ExpansionCache();
  readonly #details = new DetailsController(this);
  readonly #width = new NarrowController(this);

  /** Reads the feeds once; views expand them for the months shown. */
  private readonly input = new InputReader<CalendarInputsResult>(this, {
    what: 'the calendar',
    read: async () => {
      const [result, Temporal] = await Promise.all([this.#readInputs(), loadTemporal()]);
      this.#Temporal = Temporal;
      await this.#prime(Temporal, result);
      return result;
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated && !this.#givenView()) this.#width.measure();
    if (changed.has('start') || changed.has('now') || changed.has('timeZone')) this.cursor = undefined;
    if (changed.has('categories')) this.hiddenCategories = kindsLeftOut(this.categories);
    if (this.cursor === undefined && this.#Temporal) this.#startMonth(this.#Temporal);
    const inputsChanged =
      changed.has('src') ||
      changed.has('googleCalendarId') ||
      changed.has('googleApiKey') ||
      changed.has('wordpress') ||
      changed.has('timeZone');
    if (inputsChanged || !this.hasUpdated || this.#googleOutOfSpan()) this.input.read();
  }

  /** Sets the first month from `start`, else today; a `start` Placard cannot read is reported, not thrown. */
  #startMonth(Temporal: TemporalAPI): void {
    this.#startProblem = undefined;
    const start = this.start?.trim();
    try {
      this.cursor = start ? readYearMonth(Temporal, start, 'start') : yearMonthOf(this.#now(), this.#zone());
    } catch (thrown) {
      this.#startProblem = toInputError(thrown, 'the start month');
      this.cursor = yearMonthOf(this.#now(), 'UTC');
    }
  }

  #readInputs(): Promise<CalendarInputsResult> {
    const calendarId = this.googleCalendarId?.trim();
    const apiKey = this.googleApiKey?.trim();
    const span = calendarId && apiKey ? monthSpan(this.#month(), 1, GOOGLE_MONTHS) : undefined;
    this.#googleSpan = span;
    return readCalendarInputs({
      sources: sourceSpecs(this.src, this),
      ...(calendarId && apiKey && span ? { google: { calendarId, apiKey, ...span } } : {}),
      ...(this.wordpress?.trim() ? { wordpress: this.wordpress.trim() } : {}),
      host: this,
      ...(this.timeZone ? { defaultTimeZone: this.timeZone } : {}),
    });
  }

  /** The Google calendar is loaded for a span of months; showing days past it (the grid's first and last weeks too) loads it again. */
  #googleOutOfSpan(): boolean {
    const span = this.#googleSpan;
    if (!span || !this.#Temporal) return false;
    const { window } = this.#layout(this.#Temporal);
    return window.from < span.from || window.to > span.to;
  }

  #now(): Date {
    const date = this.now ? new Date(this.now) : new Date();
    return Number.isNaN(date.getTime()) ? new Date() : date;
  }

  #zone(): string {
    return this.timeZone?.trim() || readerTimeZone();
  }

  /** The first month shown; before the feeds (and Temporal) have loaded, `start` or this month. */
  #month(): string {
    if (this.cursor) return this.cursor;
    const start = this.start?.trim();
    if (start && /^\d{4}-\d{2}$/u.test(start)) return start;
    try {
      return yearMonthOf(this.#now(), this.#zone());
    } catch {
      return yearMonthOf(this.#now(), 'UTC');
    }
  }

  /** The view the page or the reader chose, if it is one the calendar has. */
  #givenView(): CalendarView | undefined {
    return this.view === 'list' || this.view === 'month' ? this.view : undefined;
  }

  #currentView(): CalendarView {
    return this.#givenView() ?? (this.#width.narrow ? 'list' : 'month');
  }

  #layout(Temporal: TemporalAPI): CalendarLayout {
    return calendarLayout(Temporal, {
      view: this.#currentView(),
      cursor: this.#month(),
      listMonths: this.listMonths,
      timeZone: this.#zone(),
      locale: this.locale,
      now: this.#now(),
    });
  }

  /**
   * Expands newly read feeds into the first window in a task of its own, so
   * that for a big calendar neither the reading's last slice nor the first
   * render has to do it too (each stays a short task).
   */
  async #prime(Temporal: TemporalAPI, result: CalendarInputsResult): Promise<void> {
    try {
      await yieldToEventLoop();
      const layout = this.#layout(Temporal);
      this.#expansion.expand(result, layout);
      await yieldToEventLoop();
      if (layout.view === 'list') this.#expansion.groups(Temporal, result, layout);
    } catch {
      // The render reports what went wrong.
    }
    await yieldToEventLoop();
  }

  protected override render() {
    const { value, error, loading } = this.input;
    const Temporal = this.#Temporal;
    if (!value || !Temporal) {
      return error
        ? renderInputError(msg('This calendar could not be shown', { id: 'calendar-error-title' }), error)
        : html`<p class="loading" role="status">
            ${loading ? msg('Loading calendar…', { id: 'calendar-loading' }) : ''}
          </p>`;
    }
    try {
      return this.#renderCalendar(Temporal, value, error);
    } catch (thrown) {
      // A bad attribute (a time zone Placard cannot read, say) must never break the page.
      return renderInputError(
        msg('This calendar could not be shown', { id: 'calendar-error-title' }),
        toInputError(thrown, 'the calendar'),
      );
    }
  }

  #renderCalendar(
    Temporal: TemporalAPI,
    value: CalendarInputsResult,
    error: PlacardInputError | undefined,
  ): TemplateResult {
    const layout = this.#layout(Temporal);
    const { view, cursor, lastMonth } = layout;
    const expanded = this.#expansion.expand(value, layout);
    const problems = [
      ...value.problems,
      ...(this.#startProblem ? [this.#startProblem] : []),
      ...expanded.problems,
    ];
    const items = expanded.items.filter((item) => !this.hiddenCategories.has(item.category));
    const groups = view === 'list' ? this.#listGroups(Temporal, value, layout) : undefined;
    const context: ViewContext = {
      locale: this.locale,
      timeZone: layout.timeZone,
      readerTimeZone: readerTimeZone(),
      headingLevel: this.headingLevel,
      open: (item, opener) => this.#details.open(item, undefined, opener),
    };
    const name =
      this.heading?.trim() ||
      value.feeds.find((read) => read.feed.name)?.feed.name ||
      msg('Calendar of action', { id: 'calendar-default-heading' });
    const caption =
      lastMonth !== cursor
        ? `${monthName(cursor, this.locale)} – ${monthName(lastMonth, this.locale)}`
        : monthName(cursor, this.locale);
    const step = view === 'list' ? this.listMonths : 1;
    return html`
      <section part="calendar" class="card calendar view-${view}" aria-labelledby="name">
        ${renderHeading(this.headingLevel, name, { id: 'name', part: 'heading', fallback: 2 })}
        ${
          error
            ? renderInputError(
                msg('The calendar could not be updated', { id: 'calendar-update-error' }),
                error,
              )
            : nothing
        }
        ${renderToolbar({
          view,
          caption,
          // From the month shown when pressed: a second press before the next render still moves on.
          onPrevious: () => this.#go(addMonths(Temporal, this.#month(), -step)),
          onToday: () => this.#go(layout.today.slice(0, 7), layout.today),
          onNext: () => this.#go(addMonths(Temporal, this.#month(), step)),
          onView: (chosen) => {
            this.view = chosen;
            this.#toggled = false;
            this.#resetList();
          },
        })}
        ${renderCategoryFilter({
          present: feedKinds(value),
          hidden: this.hiddenCategories,
          shownAfterToggle: this.#toggled ? (groups ? entryCount(groups) : items.length) : undefined,
          onToggle: (category) => this.#toggleCategory(category),
        })}
        ${
          groups
            ? renderListPage(groups, this.listLimit, context, (more) => {
                if (more === 'events') this.listLimit += LIST_PAGE;
                else this.listMonths += LIST_MONTHS;
              })
            : this.#renderMonth(Temporal, items, layout, context)
        }
        ${renderProblemList(msg('Some events could not be shown as written', { id: 'calendar-problems-summary' }), problems)}
        ${renderSubscribe(this.#subscribable(value))}
      </section>
      ${this.#details.render(context)}
    `;
  }

  #renderMonth(
    Temporal: TemporalAPI,
    items: CalendarItem[],
    layout: CalendarLayout,
    context: ViewContext,
  ): TemplateResult {
    const { cursor, today, weekStart } = layout;
    const grid = buildMonthGrid(Temporal, items, {
      yearMonth: cursor,
      timeZone: layout.timeZone,
      firstDayOfWeek: weekStart,
    });
    // The tab stop: the day last focused (or clicked) in this grid, else today, else the 1st.
    const focusDate =
      this.focusDate && grid.weeks.flat().some((day) => day.date === this.focusDate)
        ? this.focusDate
        : today.startsWith(cursor)
          ? today
          : `${cursor}-01`;
    const busy = grid.weeks.some((week) => week.some((day) => day.inMonth && day.items.length > 0));
    return html`
      ${
        busy
          ? nothing
          : html`<p part="empty" class="empty">
              ${msg('Nothing is planned this month.', { id: 'calendar-month-empty' })}
            </p>`
      }
      ${renderMonthView(
        {
          grid,
          focusDate,
          today,
          weekdays: weekdayNames(this.locale, weekStart),
          labelledBy: 'caption',
          onKeydown: (event) => {
            const next = gridKeydown(Temporal, event, weekStart);
            if (next !== undefined) void this.#moveFocus(next);
          },
          onDayFocus: (date) => (this.focusDate = date),
          onMore: (day, opener) => this.#details.open(undefined, day, opener),
        },
        context,
      )}
    `;
  }

  /** The list's months, with only the kinds on show. */
  #listGroups(
    Temporal: TemporalAPI,
    value: CalendarInputsResult,
    layout: CalendarLayout,
  ): CalendarMonthGroup[] {
    const groups = this.#expansion.groups(Temporal, value, layout);
    if (this.hiddenCategories.size === 0) return groups;
    return groups
      .map((group) => ({
        ...group,
        entries: group.entries.filter((entry) => !this.hiddenCategories.has(entry.item.category)),
      }))
      .filter((group) => group.entries.length > 0);
  }

  #subscribable(value: CalendarInputsResult): SubscribableFeed[] {
    return value.feeds.flatMap((read) => {
      if (!read.subscribable || !read.spec) return [];
      const name = read.spec.label ?? read.feed.name;
      return [{ url: read.spec.src, ...(name ? { name } : {}) }];
    });
  }

  /** Shows `month` (with the grid's tab stop on `focusDate`, else the usual day) from the start of the list. */
  #go(month: string, focusDate?: string): void {
    this.cursor = month;
    this.focusDate = focusDate;
    this.#toggled = false;
    this.#resetList();
  }

  #resetList(): void {
    this.listMonths = LIST_MONTHS;
    this.listLimit = LIST_PAGE;
  }

  /** Moves the grid's tab stop to `date`, showing its month, and focuses it. */
  async #moveFocus(date: string): Promise<void> {
    this.focusDate = date;
    if (!date.startsWith(this.#month())) this.cursor = date.slice(0, 7);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`td[data-date="${date}"]`)?.focus();
  }

  #toggleCategory(category: CalendarCategory): void {
    const hidden = new Set(this.hiddenCategories);
    if (!hidden.delete(category)) hidden.add(category);
    this.#toggled = true;
    this.hiddenCategories = hidden;
  }
}
