/** Options every parser takes. */
export interface SourceOptions {
  /** Base for relative URLs; `document.baseURI` in a browser by default. */
  baseUrl?: string;
  /**
   * The zone for wall times the input gives without an offset or zone: the
   * element's `time-zone` attribute, typically. Without it, the reader's zone.
   */
  defaultTimeZone?: string;
}

/** Options for parsers of documents that can hold several events. */
export interface DocumentSourceOptions extends SourceOptions {
  /** Pick the event with this id (the element's `event-id` attribute). */
  eventId?: string;
  /** "Now", for choosing the next event; the current time by default. */
  now?: Date;
}
