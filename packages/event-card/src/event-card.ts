import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  GENERATED_ATTRIBUTE,
  InputReader,
  PlacardElement,
  attendanceMode,
  buttonStyles,
  eventToJsonLd,
  focusRing,
  formatSchedule,
  isPast,
  mapLink,
  readEventInputs,
  renderHeading,
  renderInputError,
  removeJsonLdScript,
  safeUrl,
  serializeJsonLd,
  themeTokens,
  visuallyHidden,
  widgetStyles,
  writeJsonLdScript,
  type EventParty,
  type EventStatus,
  type PlacardEvent,
} from '@placard/core';
import { eventCardStyles } from './event-card.styles.js';

/** The attributes that describe an event; changing any of them re-reads the inputs. */
/** Properties that change how the event is shown, not which event it is. */
const DISPLAY_PROPERTIES: PropertyKey[] = ['headingLevel', 'mapProvider', 'icsUrl', 'now'];

const INPUT_ATTRIBUTES = [
  'name',
  'start',
  'end',
  'time-zone',
  'all-day',
  'venue',
  'address',
  'url',
  'online-url',
  'status',
  'previous-start',
  'description',
  'image',
] as const;

/**
 * A rally, meeting, picket or other event: its name, date and time, place,
 * speakers and supporters, with "Add to calendar" and "View map".
 *
 * Give it the event in one of four ways (the first present wins): a `src`
 * feed address; a child `<script type="application/ld+json">` (schema.org
 * `Event`) or `<script type="application/json">` (Placard JSON); attributes
 * (`name`, `start`, …); or `h-event` markup inside it, which also shows before
 * the card loads and when JavaScript is off. Developers may set `event` directly.
 *
 * @summary An accessible event card for union branch websites.
 * @tagname placard-event-card
 *
 * @fires placard-load - The card shows an event. `detail.data` is the `PlacardEvent`.
 * @fires placard-error - The input could not be used. `detail.error` is a `PlacardInputError` whose `message` says what to fix.
 *
 * @csspart card - The card's outer box.
 * @csspart heading - The event name.
 * @csspart notice - The status notice (cancelled, postponed, moved, ended).
 * @csspart details - The list of date, place and online details.
 * @csspart description - The description text.
 * @csspart people - Speakers, organiser and supporters.
 * @csspart actions - The row of buttons and links.
 * @csspart error - The message shown when the event cannot be read.
 *
 * @cssprop --placard-event-card-background - Card background. Default: `--placard-color-background`.
 * @cssprop --placard-event-card-border - Card border. Default: 1px solid `--placard-color-border`.
 * @cssprop --placard-event-card-padding - Space inside the card. Default: `--placard-space`.
 * @cssprop --placard-event-card-max-width - Widest the card grows. Default: 40rem.
 */
export class PlacardEventCard extends PlacardElement {
  static override styles = [
    themeTokens,
    focusRing,
    visuallyHidden,
    buttonStyles,
    widgetStyles,
    eventCardStyles,
  ];

  /*
   * Reactive properties are declared here rather than with decorators: the
   * decorator helpers cost every page about 1 KB (gzip) of the 20 KB budget.
   * Each property's JSDoc is on its field below, which the manifest reads.
   * (`attribute: false` is implied by `state`; it is spelled out for the manifest analyzer.)
   */
  static override properties = {
    src: {},
    eventId: { attribute: 'event-id' },
    name: {},
    start: {},
    end: {},
    timeZone: { attribute: 'time-zone' },
    allDay: { attribute: 'all-day', type: Boolean },
    venue: {},
    address: {},
    url: {},
    onlineUrl: { attribute: 'online-url' },
    status: {},
    previousStart: { attribute: 'previous-start' },
    description: {},
    image: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    mapProvider: { attribute: 'map-provider' },
    icsUrl: { attribute: 'ics-url' },
    now: {},
    event: { attribute: false },
  };

  /** Address of a JSON, JSON-LD or iCalendar document holding the event. */
  src?: string;
  /** Which event of a `src` feed to show (its `id` or iCalendar `UID`). */
  eventId?: string;
  /** The event's name. */
  name?: string;
  /** Start: `2018-03-15T18:30` (a time at the venue), `2018-03-15T18:30Z`, or a date for all-day events. */
  start?: string;
  /** End, written like `start`. */
  end?: string;
  /** IANA time zone of the venue, e.g. `Europe/London`. */
  timeZone?: string;
  /** The event lasts all day (or several whole days). */
  allDay = false;
  /** Name of the venue. */
  venue?: string;
  /** Postal address of the venue. Separate lines with commas or new lines. */
  address?: string;
  /** The event's own web page. */
  url?: string;
  /** Where to join online. */
  onlineUrl?: string;
  /** `scheduled` (default), `cancelled`, `postponed`, `rescheduled` or `moved-online`. */
  status?: string;
  /** For a `rescheduled` event: when it was going to start, written like `start`. */
  previousStart?: string;
  /** Plain-text description. */
  description?: string;
  /** Address of an image (poster) for the event, given to search engines. */
  image?: string;
  /** Level of the heading for the event name, 1–6. Pick the one that fits your page's outline. */
  headingLevel = 3;
  /** Map service for "View map": `openstreetmap` (default) or `google`. */
  mapProvider: 'openstreetmap' | 'google' = 'openstreetmap';
  /** Address of a hosted `.ics` file for "Add to calendar" (recommended for iOS in-app browsers). */
  icsUrl?: string;
  /** The current time, as an ISO date-time; for previews and tests of past events. Default: the real time. */
  now?: string;
  /** The event to show, for developers who already have a `PlacardEvent`. Takes precedence over every attribute. */
  event?: PlacardEvent;

  /** Reads the event from the inputs; keeps the last good one when a later read fails. */
  readonly #input = new InputReader<PlacardEvent>(this, {
    what: 'the event',
    read: async () =>
      this.event ??
      (
        await readEventInputs({
          src: this.src,
          eventId: this.eventId,
          attributes: this.#attributeRecord(),
          host: this,
        })
      ).event,
    loaded: (event) => this.#publishStructuredData(event),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Every property but these few describes the event, so its change means reading the inputs again.
    const inputsChanged = [...changed.keys()].some((key) => !DISPLAY_PROPERTIES.includes(key));
    if (inputsChanged || !this.hasUpdated) this.#input.read();
  }

  #attributeRecord(): Record<string, string | null> {
    return Object.fromEntries(INPUT_ATTRIBUTES.map((name) => [name, this.getAttribute(name)]));
  }

  /** Adds schema.org JSON-LD for search engines, unless the page already gave it in a script. */
  #publishStructuredData(event: PlacardEvent): void {
    const pageGaveJsonLd = this.querySelector(
      `:scope > script[type="application/ld+json"]:not([${GENERATED_ATTRIBUTE}])`,
    );
    if (pageGaveJsonLd) {
      removeJsonLdScript(this);
      return;
    }
    writeJsonLdScript(this, serializeJsonLd(eventToJsonLd(event)));
  }

  protected override render() {
    const { value: event, error, loading } = this.#input;
    // Shown alone when there is no event yet, or above the last good event.
    const errorBox = error
      ? renderInputError(msg('This event could not be shown', { id: 'event-error-title' }), error)
      : nothing;
    if (!event) {
      return error
        ? errorBox
        : html`<p class="loading" role="status">
            ${loading ? msg('Loading event…', { id: 'loading-event' }) : ''}
          </p>`;
    }
    return html`
      <article part="card" class="card" aria-labelledby="name">
        ${renderHeading(this.headingLevel, event.name, { id: 'name', part: 'heading' })}
        ${this.#renderNotice(event)} ${errorBox}
        <dl part="details" class="details">
          ${this.#renderWhen(event)} ${this.#renderPlace(event)} ${this.#renderOnline(event)}
        </dl>
        ${
          event.description
            ? html`<div part="description" class="description">
                ${event.description.split(/\n\s*\n/u).map((paragraph) => html`<p>${paragraph}</p>`)}
              </div>`
            : nothing
        }
        ${this.#renderPeople(event)}
        <div part="actions" class="actions">
          ${
            event.status === 'cancelled' || this.#hasEnded(event)
              ? nothing
              : html`<placard-add-to-calendar
                  .event=${event}
                  ics-url=${this.icsUrl ?? nothing}
                ></placard-add-to-calendar>`
          }
          ${
            safeUrl(event.url)
              ? html`<a class="button" href=${safeUrl(event.url)!}
                  >${msg('More details', { id: 'more-details' })}<span class="visually-hidden"
                    >: ${event.name}</span
                  ></a
                >`
              : nothing
          }
        </div>
      </article>
    `;
  }

  #renderWhen(event: PlacardEvent): TemplateResult {
    // In-person events show the venue's time; online-only events the reader's own (architecture, "Time").
    const online = attendanceMode(event) === 'online';
    const when = formatSchedule(event, { locale: this.locale, online });
    const readerNote = when.inReaderZone
      ? msg(str`(${when.inReaderZone} where you are)`, { id: 'in-reader-zone' })
      : online && !event.allDay
        ? msg('Time shown in your time zone', { id: 'time-in-your-zone' })
        : undefined;
    return html`
      <div class="row">
        <dt>${msg('Date and time', { id: 'date-and-time' })}</dt>
        <dd>
          <time datetime=${when.startDatetime}>${when.text}</time>
          ${readerNote ? html`<span class="reader-zone">${readerNote}</span>` : nothing}
        </dd>
      </div>
    `;
  }

  #renderPlace(event: PlacardEvent) {
    const venue = event.venue;
    if (!venue?.name && !venue?.address) return nothing;
    const map = mapLink(venue, this.mapProvider);
    return html`
      <div class="row">
        <dt>${msg('Location', { id: 'location' })}</dt>
        <dd>
          ${venue.name ? html`<span class="venue">${venue.name}</span>` : nothing}
          ${
            venue.address
              ? html`<span class="address"
                  >${venue.address.split(/\s*(?:\n|,)\s*/u).map((line) => html`<span>${line}</span>`)}</span
                >`
              : nothing
          }
          ${
            map
              ? html`<a class="map-link" href=${map} target="_blank" rel="noopener noreferrer"
                  >${msg('View map', { id: 'view-map' })}<span class="visually-hidden"
                    >: ${venue.name ?? venue.address}
                    ${msg('(opens in a new tab)', { id: 'opens-new-tab' })}</span
                  ></a
                >`
              : nothing
          }
        </dd>
      </div>
    `;
  }

  #renderOnline(event: PlacardEvent) {
    const online = safeUrl(event.onlineUrl);
    if (!online) return nothing;
    return html`
      <div class="row">
        <dt>${msg('Online', { id: 'online' })}</dt>
        <dd>
          <a href=${online}
            >${msg('Join online', { id: 'join-online' })}<span class="visually-hidden"
              >: ${event.name}</span
            ></a
          >
        </dd>
      </div>
    `;
  }

  #renderPeople(event: PlacardEvent) {
    const groups: Array<[string, EventParty[]]> = [
      [msg('Speakers', { id: 'speakers' }), event.speakers],
      [msg('Organised by', { id: 'organised-by' }), event.organiser ? [event.organiser] : []],
      [msg('Supported by', { id: 'supported-by' }), event.supporters],
    ];
    const present = groups.filter(([, people]) => people.length > 0);
    if (present.length === 0) return nothing;
    return html`
      <div part="people" class="people">
        ${present.map(
          ([label, people]) => html`
            <section class="people-group" aria-label=${label}>
              <p class="people-label">${label}</p>
              <ul>
                ${people.map((person) => html`<li>${renderParty(person)}</li>`)}
              </ul>
            </section>
          `,
        )}
      </div>
    `;
  }

  #renderNotice(event: PlacardEvent) {
    const text =
      statusNotice(event.status) ??
      (this.#hasEnded(event) ? msg('This event has ended.', { id: 'event-ended' }) : undefined);
    if (!text) return nothing;
    const previously =
      event.status === 'rescheduled' && event.previousStart
        ? formatSchedule(
            { allDay: false, start: event.previousStart, timeZone: event.timeZone },
            { locale: this.locale },
          )
        : undefined;
    return html`<p part="notice" class="notice notice-${event.status}">
      <strong>${text}</strong>
      ${
        previously
          ? html`<br />${msg('Previously', { id: 'previously' })}:
              <time datetime=${previously.startDatetime}>${previously.text}</time>`
          : nothing
      }
    </p>`;
  }

  #hasEnded(event: PlacardEvent): boolean {
    const now = this.now ? new Date(this.now) : new Date();
    return !Number.isNaN(now.getTime()) && isPast(event, now);
  }
}

function renderParty(person: EventParty) {
  const url = safeUrl(person.url);
  const name = url ? html`<a href=${url}>${person.name}</a>` : person.name;
  return html`${name}${person.role ? html`<span class="role">, ${person.role}</span>` : nothing}`;
}

function statusNotice(status: EventStatus): string | undefined {
  switch (status) {
    case 'cancelled':
      return msg('This event has been cancelled.', { id: 'status-cancelled' });
    case 'postponed':
      return msg('This event has been postponed.', { id: 'status-postponed' });
    case 'rescheduled':
      return msg('This event has been rescheduled.', { id: 'status-rescheduled' });
    case 'moved-online':
      return msg('This event has moved online.', { id: 'status-moved-online' });
    default:
      return undefined;
  }
}
