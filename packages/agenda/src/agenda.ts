import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { PlacardInputError } from '@placard/core';
import {
  ClockController,
  PlacardElement,
  problemListStyles,
  renderProblemList,
  agendaLiveState,
  deadlineStates,
  focusRing,
  formatDuration,
  formatRelative,
  formatSchedule,
  formatTime,
  numberFormat,
  safeUrl,
  themeTokens,
  visuallyHidden,
  type Agenda,
  type AgendaAttachment,
  type AgendaDeadlineState,
  type AgendaItem,
  type AgendaLiveState,
  type AgendaResult,
  type AgendaSection,
  readAgendaInputs,
  renderHeading,
  renderInputError,
  InputReader,
  widgetStyles,
} from '@placard/core';
import { agendaPrintStyles, agendaStyles } from './agenda.styles.js';

/**
 * A branch meeting's running order: when and where it is, each numbered item
 * with its time, length, presenter, notes and papers, deadlines for motions,
 * and, while the meeting is on, which item is under way and which is next.
 *
 * Give it the agenda in one of three ways (the first present wins): a `src`
 * address of Placard agenda JSON or schema.org JSON-LD; a child
 * `<script type="application/json">` or `<script type="application/ld+json">`;
 * or an ordinary `<ol>` of `<li><time>` items inside it, which also shows
 * before the element loads and when JavaScript is off.
 *
 * @summary An accessible, live meeting agenda for union branch websites.
 * @tagname placard-agenda
 *
 * @fires placard-load - The agenda is shown. `detail.data` is the `AgendaResult` (the agenda and any problems).
 * @fires placard-error - The input could not be used. `detail.error` is a `PlacardInputError` whose `message` says what to fix.
 *
 * @csspart agenda - The agenda's outer box.
 * @csspart heading - The meeting name.
 * @csspart details - Date, time and place of the meeting.
 * @csspart status - The live line: starts in…, now and next, or ended.
 * @csspart actions - The row holding "Add to calendar".
 * @csspart section - Each section of the running order.
 * @csspart items - Each numbered list of items.
 * @csspart item - Each item.
 * @csspart current - The item under way (also has part `item`).
 * @csspart now-badge - The "Now" label on the item under way.
 * @csspart deadlines - The list of deadlines.
 * @csspart problems - The list of items that could not be shown as written.
 * @csspart error - The message shown when the agenda cannot be read.
 *
 * @cssprop --placard-agenda-background - Background. Default: `--placard-color-background`.
 * @cssprop --placard-agenda-border - Border. Default: 1px solid `--placard-color-border`.
 * @cssprop --placard-agenda-padding - Space inside. Default: `--placard-space`.
 * @cssprop --placard-agenda-max-width - Widest it grows. Default: 48rem.
 * @cssprop --placard-agenda-current-background - Background of the item under way. Default: `--placard-color-notice`.
 */
export class PlacardAgenda extends PlacardElement {
  static override styles = [
    themeTokens,
    focusRing,
    visuallyHidden,
    widgetStyles,
    problemListStyles,
    agendaStyles,
    agendaPrintStyles,
  ];

  /*
   * Reactive properties are declared here rather than with decorators, which
   * cost every page about 1 KB (gzip). Each property's JSDoc is on its field.
   */
  // Agendas format numbers, units and "in 2 hours" as well as dates.
  static override intlKinds = [
    'DateTimeFormat',
    'NumberFormat',
    'PluralRules',
    'RelativeTimeFormat',
  ] as const;

  static override properties = {
    src: {},
    timeZone: { attribute: 'time-zone' },
    headingLevel: { attribute: 'heading-level', type: Number },
    now: {},
    printLayout: { attribute: 'print-layout', type: Boolean, reflect: true },
    agenda: { attribute: false },
  };

  /** Address of a Placard agenda JSON or schema.org JSON-LD document. */
  src?: string;
  /** IANA time zone for times written without one, e.g. `Europe/London`. */
  timeZone?: string;
  /** Level of the heading for the meeting name, 1–6; sections and deadlines are one level below. */
  headingLevel = 2;
  /** The current time, as an ISO date-time; for previews and tests. Default: the real time. */
  now?: string;
  /**
   * Show the print layout on screen as well: one plain column without "Add to
   * calendar" or the live status. For a printable handout page, or to preview
   * what the agenda prints like. (Printing always uses it.)
   */
  printLayout = false;
  /** The agenda to show, for developers who already have one. Takes precedence over every input. */
  agenda?: Agenda;

  /** Reads the agenda from the inputs; keeps the last good one when a later read fails. */
  private readonly input = new InputReader<AgendaResult>(this, {
    what: 'the agenda',
    read: () =>
      this.agenda
        ? Promise.resolve({ agenda: this.agenda, problems: [] })
        : readAgendaInputs({ src: this.src, host: this, defaultTimeZone: this.timeZone }),
  });

  private readonly clock = new ClockController(this, { now: () => this.fixedNow() });

  protected override willUpdate(changed: PropertyValues<this>): void {
    const inputsChanged = changed.has('src') || changed.has('timeZone') || changed.has('agenda');
    if (inputsChanged || !this.hasUpdated) this.input.read();
  }

  private fixedNow(): Date | undefined {
    if (!this.now) return undefined;
    const date = new Date(this.now);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }

  protected override render() {
    const { value, error, loading } = this.input;
    if (!value) {
      return error
        ? this.renderError(error)
        : html`<p class="loading" role="status">
            ${loading ? msg('Loading agenda…', { id: 'agenda-loading' }) : ''}
          </p>`;
    }
    const { agenda, problems } = value;
    const now = this.clock.now;
    const state = agendaLiveState(agenda, now);
    const meeting = agenda.meeting;
    const when = formatSchedule(meeting, { locale: this.locale });
    const venue = [meeting.venue?.name, meeting.venue?.address].filter(Boolean).join(', ');
    return html`
      <article part="agenda" class="card agenda phase-${state.phase}" aria-labelledby="name">
        ${renderHeading(this.headingLevel, meeting.name, { id: 'name', part: 'heading', fallback: 2 })}
        <div part="details" class="details">
          <p class="when"><time datetime=${when.startDatetime}>${when.text}</time></p>
          ${venue ? html`<p class="venue">${venue}</p>` : nothing}
        </div>
        ${error ? this.renderError(error) : nothing} ${this.renderStatus(agenda, state)}
        ${
          state.phase === 'ended'
            ? nothing
            : html`<div part="actions" class="actions">
                <placard-add-to-calendar .event=${meeting}></placard-add-to-calendar>
              </div>`
        }
        ${renderProblemList(msg('Some items could not be shown as written', { id: 'agenda-problems-summary' }), problems)}
        ${this.renderSections(agenda, state)}
        ${this.renderDeadlines(deadlineStates(agenda, now), meeting.timeZone)}
      </article>
    `;
  }

  /**
   * The live line. Only the "now / next / ended" part is a live region: a
   * countdown that changed every minute would interrupt readers constantly.
   */
  private renderStatus(agenda: Agenda, state: AgendaLiveState): TemplateResult {
    const zone = agenda.meeting.timeZone;
    let countdown: string | undefined;
    const lines: string[] = [];
    if (state.phase === 'before') {
      countdown = msg(str`Starts ${formatRelative(state.startsInMinutes ?? 0, this.locale)}`, {
        id: 'agenda-starts-in',
      });
    } else if (state.phase === 'ended') {
      lines.push(msg('This meeting has ended.', { id: 'agenda-ended' }));
    } else {
      if (state.current) lines.push(msg(str`Now: ${state.current.title}`, { id: 'agenda-now' }));
      const next = state.next;
      if (next?.start) {
        const at = formatTime(next.start, zone, this.locale);
        lines.push(
          next.kind === 'end'
            ? msg(str`The meeting ends at ${at}`, { id: 'agenda-ends-at' })
            : msg(str`Next: ${next.title} at ${at}`, { id: 'agenda-next' }),
        );
      }
      if (lines.length === 0) lines.push(msg('The meeting is under way.', { id: 'agenda-under-way' }));
    }
    return html`
      <div part="status" class="status notice">
        ${countdown ? html`<p class="countdown">${countdown}</p>` : nothing}
        <div class="live" aria-live="polite">${lines.map((line) => html`<p>${line}</p>`)}</div>
      </div>
    `;
  }

  private renderSections(agenda: Agenda, state: AgendaLiveState): TemplateResult[] {
    const level = this.headingLevel + 1;
    return agenda.sections.map((section: AgendaSection, index) => {
      const first = section.items[0]?.number ?? 1;
      const title = section.title ?? msg('Agenda', { id: 'agenda-items-heading' });
      return html`
        <section part="section" class="section" aria-labelledby="section-${index}">
          ${renderHeading(Math.min(6, level), title, { id: `section-${index}` })}
          <ol part="items" class="items" start=${first}>
            ${section.items.map((item) => this.renderItem(agenda, item, item === state.current))}
          </ol>
        </section>
      `;
    });
  }

  private renderItem(agenda: Agenda, item: AgendaItem, current: boolean): TemplateResult {
    const zone = agenda.meeting.timeZone;
    const duration =
      item.kind !== 'end' && item.durationMinutes !== undefined && item.durationMinutes > 0
        ? item.durationMinutes
        : undefined;
    return html`
      <li
        part=${current ? 'item current' : 'item'}
        class="item kind-${item.kind} ${current ? 'current' : ''}"
        aria-current=${current ? 'time' : nothing}
      >
        <span class="number" aria-hidden="true">${item.number}</span>
        <span class="time">
          ${
            item.start
              ? html`<time datetime=${item.start.toISOString()}
                  >${formatTime(item.start, zone, this.locale)}</time
                >`
              : nothing
          }
        </span>
        <div class="body">
          <p class="title">
            ${
              current
                ? html`<strong part="now-badge" class="now-badge"
                    >${msg('Now', { id: 'agenda-now-badge' })}<span class="visually-hidden">:</span></strong
                  >`
                : nothing
            }
            <span>${item.title}</span>
          </p>
          ${
            item.presenter || duration !== undefined
              ? html`<p class="meta">
                  ${
                    item.presenter
                      ? html`<span class="presenter"
                          >${msg(str`Presented by ${item.presenter}`, { id: 'agenda-presenter' })}</span
                        >`
                      : nothing
                  }
                  ${
                    duration !== undefined
                      ? html`<span class="duration"
                          ><span aria-hidden="true">${formatDuration(duration, this.locale)}</span
                          ><span class="visually-hidden"
                            >${formatDuration(duration, this.locale, 'long')}</span
                          ></span
                        >`
                      : nothing
                  }
                </p>`
              : nothing
          }
          ${
            item.notes
              ? html`<div class="notes">
                  ${item.notes.split(/\n\s*\n/u).map((paragraph) => html`<p>${paragraph}</p>`)}
                </div>`
              : nothing
          }
          ${
            item.attachments.length > 0
              ? html`<ul class="attachments">
                  ${item.attachments.map((attachment) => this.renderAttachment(attachment))}
                </ul>`
              : nothing
          }
        </div>
      </li>
    `;
  }

  private renderAttachment(attachment: AgendaAttachment) {
    const url = safeUrl(attachment.url);
    const about = [attachment.type, attachment.sizeBytes ? this.fileSize(attachment.sizeBytes) : undefined]
      .filter(Boolean)
      .join(', ');
    const text = about ? `${attachment.title} (${about})` : attachment.title;
    return html`<li>${url ? html`<a href=${url}>${text}</a>` : text}</li>`;
  }

  private fileSize(bytes: number): string {
    const megabytes = bytes >= 1_000_000;
    return numberFormat(this.locale, {
      style: 'unit',
      unit: megabytes ? 'megabyte' : 'kilobyte',
      unitDisplay: 'short',
      maximumFractionDigits: megabytes ? 1 : 0,
    }).format(megabytes ? bytes / 1_000_000 : Math.max(1, bytes / 1000));
  }

  private renderDeadlines(deadlines: AgendaDeadlineState[], zone: string) {
    if (deadlines.length === 0) return nothing;
    return html`
      <section part="deadlines" class="deadlines" aria-labelledby="deadlines">
        ${renderHeading(Math.min(6, this.headingLevel + 1), msg('Deadlines', { id: 'agenda-deadlines' }), { id: 'deadlines' })}
        <ul>
          ${deadlines.map((deadline) => {
            const due = deadline.date
              ? formatSchedule(
                  { allDay: true, startDate: deadline.date, endDate: deadline.date, timeZone: zone },
                  { locale: this.locale },
                )
              : formatSchedule(
                  { allDay: false, start: deadline.due, timeZone: zone },
                  { locale: this.locale },
                );
            const url = safeUrl(deadline.url);
            return html`<li class=${deadline.passed ? 'passed' : 'open'}>
              ${url ? html`<a href=${url}>${deadline.title}</a>` : html`<span>${deadline.title}</span>`}:
              <time datetime=${due.startDatetime}>${due.text}</time>
              <strong class="deadline-state"
                >${
                  deadline.passed
                    ? msg('Deadline passed', { id: 'agenda-deadline-passed' })
                    : msg(str`Closes ${formatRelative(deadline.remainingMinutes, this.locale)}`, {
                        id: 'agenda-deadline-closes',
                      })
                }</strong
              >
            </li>`;
          })}
        </ul>
      </section>
    `;
  }

  private renderError(error: PlacardInputError): TemplateResult {
    return renderInputError(msg('This agenda could not be shown', { id: 'agenda-error-title' }), error);
  }
}
