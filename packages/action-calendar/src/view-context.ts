/** What the list and month views need from the element that shows them. */
import type { CalendarItem } from '@placard/core';

export interface ViewContext {
  /** The widget's locale, for words, dates and times. */
  locale: string;
  /** IANA zone of the calendar's days. */
  timeZone: string;
  /** IANA zone of the reader, read once per render (the runtime is asked anew each time). */
  readerTimeZone: string;
  /** The level of the calendar's own heading; views' headings sit below it. */
  headingLevel: number;
  /** Shows an item's details; `opener` gets focus back when they close. */
  open(item: CalendarItem, opener: HTMLElement): void;
}
