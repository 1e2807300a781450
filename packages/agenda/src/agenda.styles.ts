import { css, unsafeCSS } from 'lit';

export const agendaStyles = css`
  :host {
    --_card-background: var(--placard-agenda-background, var(--_background));
    --_card-border: var(--placard-agenda-border, 1px solid var(--_border));
    --_card-padding: var(--placard-agenda-padding, var(--_space));
    max-width: var(--placard-agenda-max-width, 48rem);
    --_current-background: var(--placard-agenda-current-background, var(--_notice));
  }
  .section h1,
  .section h2,
  .section h3,
  .section h4,
  .section h5,
  .section h6,
  .deadlines h1,
  .deadlines h2,
  .deadlines h3,
  .deadlines h4,
  .deadlines h5,
  .deadlines h6 {
    font-size: 1.125em;
    margin-top: 1.25em;
  }
  p {
    margin: 0;
  }
  .details {
    display: grid;
    gap: 0.25em;
    margin-bottom: 1em;
  }
  .when {
    font-weight: 600;
  }
  .status:not(:has(p)) {
    display: none;
  }
  .live p + p,
  .countdown + .live p {
    margin-top: 0.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-bottom: 1em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .item {
    display: grid;
    grid-template-columns: 2em 4.5em 1fr;
    gap: 0.25em 0.5em;
    padding: 0.5em 0.5em 0.5em 0.75em;
    border-inline-start: 0.375rem solid transparent;
  }
  .number {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .number::after {
    content: '.';
  }
  .time {
    font-variant-numeric: tabular-nums;
  }
  .title {
    font-weight: 600;
  }
  .kind-end .title,
  .kind-break .title {
    font-weight: 400;
    font-style: italic;
  }
  .item.current {
    background: var(--_current-background);
    border-inline-start-color: var(--_accent);
    border-inline-start-width: 0.5rem;
    color: #1a1a1a;
  }
  .now-badge {
    display: inline-block;
    margin-inline-end: 0.5em;
    padding: 0 0.4em;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.875em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    color: var(--_muted);
  }
  .current .meta {
    color: #333;
  }
  .notes p {
    margin: 0.25em 0 0;
  }
  .attachments {
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }
  .attachments a,
  .deadlines a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .deadlines ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .deadlines li {
    margin-bottom: 0.25em;
  }
  .deadline-state {
    display: inline-block;
    margin-inline-start: 0.5em;
  }
  .passed .deadline-state {
    color: var(--_muted);
  }
  .problems {
    margin: 0 0 1em;
  }
  .error {
    margin-bottom: 1em;
  }
  /* Narrow: the time goes above the title, the number stays beside it. */
  @container (max-width: 24rem) {
    .item {
      grid-template-columns: 2em 1fr;
    }
    .time {
      grid-column: 2;
    }
    .body {
      grid-column: 2;
    }
  }
  @container (min-width: 40rem) {
    .details {
      grid-template-columns: auto 1fr;
      gap: 1em;
    }
  }
  @media (forced-colors: active) {
    .problems {
      border: 2px solid CanvasText;
    }
    .item.current {
      border-inline-start-color: Highlight;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
    .now-badge {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .item {
      transition: background-color 200ms ease-in-out;
    }
  }
`;

/**
 * The print layout: one plain column, nothing interactive, no live status.
 * Written once and applied twice: in print, and on screen under
 * `print-layout` (a printable handout page, or a print preview). A plain
 * string rather than `css`, because the selector changes: the text is this
 * module's own, never input.
 */
function printLayout(host: string): string {
  return `
    ${host} {
      max-width: none;
    }
    ${host} .agenda {
      border: 0;
      padding: 0;
    }
    ${host} .actions,
    ${host} .status,
    ${host} .now-badge,
    ${host} .problems summary::marker {
      display: none;
    }
    ${host} .item,
    ${host} .item.current {
      grid-template-columns: 2em 4.5em 1fr;
      background: none;
      border-inline-start: 0;
      color: inherit;
      break-inside: avoid;
    }
    ${host} .details {
      grid-template-columns: 1fr;
    }
    ${host} a {
      color: inherit;
    }
  `;
}

export const agendaPrintStyles = unsafeCSS(
  `@media print { ${printLayout(':host')} } ${printLayout(':host([print-layout])')}`,
);
