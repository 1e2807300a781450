import { css } from 'lit';

export const actionCalendarStyles = css`
  :host {
    --_card-background: var(--placard-action-calendar-background, var(--_background));
    --_card-border: var(--placard-action-calendar-border, 1px solid var(--_border));
    --_card-padding: var(--placard-action-calendar-padding, var(--_space));
    --_today: var(--placard-action-calendar-today, var(--_notice));
    max-width: var(--placard-action-calendar-max-width, 72rem);
  }
  /* Category colours are an extra cue only: every kind also has a word and a shape. */
  .category-strike {
    --_category: var(--placard-action-calendar-strike, #b00020);
  }
  .category-picket {
    --_category: var(--placard-action-calendar-picket, #9a3412);
  }
  .category-demo {
    --_category: var(--placard-action-calendar-demo, #6b21a8);
  }
  .category-meeting {
    --_category: var(--placard-action-calendar-meeting, #1d4ed8);
  }
  .category-conference {
    --_category: var(--placard-action-calendar-conference, #0f766e);
  }
  .category-social {
    --_category: var(--placard-action-calendar-social, #15803d);
  }
  .category-other {
    --_category: var(--placard-action-calendar-other, #4a4a4a);
  }
  p {
    margin: 0;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .icon {
    flex: none;
    width: 1em;
    height: 1em;
    color: var(--_category, currentColor);
    vertical-align: -0.125em;
  }

  /* Toolbar: month navigation, the month shown, and the view switcher. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-bottom: 0.75em;
  }
  .navigation,
  .views {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
  }
  .caption {
    flex: 1 1 10em;
    font-size: 1.125em;
    font-weight: 700;
  }
  .view-button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  /* Filters: pressed kinds are shown; the tick and a solid border say so. */
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375em;
    margin-bottom: 0.75em;
  }
  .filters-label {
    font-weight: 600;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 44px;
    padding: 0.25em 0.75em;
    border: 2px solid var(--_category);
    border-radius: 999px;
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
  }
  .filter[aria-pressed='false'] {
    border-style: dashed;
    color: var(--_muted);
    text-decoration: line-through;
  }
  .tick {
    display: inline-block;
    width: 1em;
    font-weight: 700;
  }

  /* List view. */
  .list-month + .list-month {
    margin-top: 1.25em;
  }
  .list-month > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.125em;
    padding-bottom: 0.25em;
    border-bottom: 1px solid var(--_border);
  }
  .list-items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .list-item {
    display: grid;
    gap: 0.2em;
    padding: 0.5em 0.75em;
    border-inline-start: 0.375rem solid var(--_category);
  }
  .list-item > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.0625em;
    margin: 0;
  }
  .category {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-size: 0.875em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .item-button {
    display: inline;
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .when {
    font-weight: 600;
  }
  .continued,
  .reader-zone,
  .place {
    color: var(--_muted);
    font-weight: 400;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .tags li {
    padding: 0 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.875em;
  }
  .link a {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
  }
  .cancelled .item-button,
  .cancelled .name {
    text-decoration: line-through;
  }
  .more {
    margin-top: 1em;
  }
  .empty {
    margin: 0.5em 0 1em;
    color: var(--_muted);
  }

  /* Month view: a grid of weeks. */
  .grid {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  .grid th {
    padding: 0.25em;
    font-size: 0.875em;
    text-align: start;
    color: var(--_muted);
  }
  .day {
    height: 6.5em;
    padding: 0.25em 0;
    border: 1px solid var(--_border);
    vertical-align: top;
  }
  .day:focus-visible {
    outline-offset: -3px;
  }
  .day-number {
    display: block;
    padding: 0 0.35em;
    font-weight: 600;
  }
  .other-month {
    background: color-mix(in srgb, var(--_border) 8%, var(--_background));
  }
  .other-month .day-number {
    color: var(--_muted);
    font-weight: 400;
  }
  .today {
    background: var(--_today);
  }
  .today .day-number {
    text-decoration: underline;
    text-decoration-thickness: 0.15em;
  }
  .day-items {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
    display: grid;
    gap: 2px;
  }
  .day-item {
    min-width: 0;
  }
  /* An item as a button edged in its kind's colour: in a day of the grid, and in a busy day's list. */
  .item-chip {
    box-sizing: border-box;
    display: flex;
    align-items: center;
    width: 100%;
    margin: 0;
    border: 1px solid var(--_category);
    border-inline-start-width: 0.3rem;
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .day-item-button {
    gap: 0.25em;
    overflow: hidden;
    min-height: 24px;
    padding: 0.1em 0.35em;
    font-size: 0.8125em;
    line-height: 1.25;
  }
  .day-item-button .name {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .day-item-button .time {
    flex: none;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  /* A run of days reads as one bar: square, borderless joins between its cells. */
  .position-start .day-item-button {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
    border-inline-end-style: dashed;
  }
  .position-middle .day-item-button,
  .position-end .day-item-button {
    border-inline-start-width: 1px;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
    background: color-mix(in srgb, var(--_category) 10%, var(--_background));
  }
  .position-middle .day-item-button {
    border-start-end-radius: 0;
    border-end-end-radius: 0;
    border-inline-end-style: dashed;
  }
  .continues {
    font-weight: 700;
  }
  /* The arrow points back to the item's first day, which in right-to-left text is to the right. */
  .continues:dir(rtl) {
    display: inline-block;
    transform: scaleX(-1);
  }
  .more-button {
    box-sizing: border-box;
    display: block;
    width: 100%;
    min-height: 24px;
    margin-top: 2px;
    padding: 0.1em 0.35em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    font: inherit;
    font-size: 0.8125em;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  /* Problems and subscribe links. */
  .problems {
    margin: 1em 0 0;
  }
  .subscribe {
    margin-top: 1em;
  }
  .subscribe p {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
  }
  .subscribe a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .error {
    margin-bottom: 1em;
  }

  /* A narrow calendar keeps its grid: items shrink to their shapes, their names stay for screen readers. */
  @container (max-width: 36rem) {
    .grid th {
      font-size: 0.75em;
      padding: 0.25em 0.1em;
    }
    .day {
      height: 4em;
    }
    .day-item-button {
      justify-content: center;
      padding: 0.1em;
      border-inline-start-width: 1px;
    }
    .day-item-button .name,
    .day-item-button .time,
    .day-item-button .continues {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .toolbar .button {
      padding-inline: 0.6em;
    }
  }

  @media (forced-colors: active) {
    .list-item,
    .item-chip,
    .filter {
      border-color: CanvasText;
    }
    .icon {
      color: CanvasText;
    }
    /* Today's number is boxed: an outline round the whole day would look like the focus ring. */
    .today .day-number {
      width: fit-content;
      outline: 2px solid CanvasText;
    }
    .other-month .day-number {
      color: GrayText;
    }
    .view-button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .problems {
      border: 2px solid CanvasText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .filter,
    .item-chip {
      transition: background-color 120ms ease-in-out;
    }
  }
`;
