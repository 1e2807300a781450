import { css } from 'lit';

export const eventCardStyles = css`
  :host {
    --_card-background: var(--placard-event-card-background, var(--_background));
    --_card-border: var(--placard-event-card-border, 1px solid var(--_border));
    --_card-padding: var(--placard-event-card-padding, var(--_space));
    max-width: var(--placard-event-card-max-width, 40rem);
  }
  .details {
    display: grid;
    gap: 0.75em;
    margin: 0 0 1em;
  }
  .row {
    display: grid;
    gap: 0.125em;
  }
  dt {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  dd {
    margin: 0;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
  }
  .venue {
    font-weight: 600;
  }
  .address {
    display: flex;
    flex-direction: column;
  }
  .reader-zone {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  .map-link {
    margin-top: 0.25em;
  }
  .description p {
    margin: 0 0 0.75em;
  }
  .people {
    display: grid;
    gap: 0.75em;
    margin-bottom: 1em;
  }
  .people-label {
    margin: 0;
    font-weight: 600;
  }
  .people ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .role {
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75em;
  }
  .actions:empty {
    display: none;
  }
  @container (min-width: 32rem) {
    .row {
      grid-template-columns: 10rem 1fr;
      gap: 1em;
    }
  }
  @media print {
    .actions {
      display: none;
    }
    .card {
      border-color: #000;
    }
  }
`;
