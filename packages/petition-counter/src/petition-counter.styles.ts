import { css } from 'lit';

export const petitionCounterStyles = css`
  :host {
    --_card-background: var(--placard-petition-counter-background, var(--_background));
    --_card-border: var(--placard-petition-counter-border, 1px solid var(--_border));
    --_card-padding: var(--placard-petition-counter-padding, var(--_space));
    --_track: var(--placard-petition-counter-track, #e8e8e8);
    --_fill: var(--placard-petition-counter-fill, var(--_accent));
    max-width: var(--placard-petition-counter-max-width, 32rem);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.625em;
    /* The loading, cached and live states hold the same lines, so the card keeps its size. */
    min-height: var(--placard-petition-counter-min-height, auto);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.25;
  }
  p,
  ul {
    margin: 0;
  }
  .count {
    line-height: 1.2;
  }
  .figure {
    /* Every digit the same width, so the number does not wobble as it counts up. */
    font-variant-numeric: tabular-nums;
    font-size: 2.5em;
    font-weight: 700;
    line-height: 1.1;
  }
  .first-to-sign {
    font-size: 1.375em;
    font-weight: 600;
    line-height: 1.5;
  }
  .progress {
    box-sizing: border-box;
    block-size: 1rem;
    border: 1px solid var(--_border);
    border-radius: 0.5rem;
    background: var(--_track);
    overflow: hidden;
  }
  .fill {
    block-size: 100%;
    max-inline-size: 100%;
    background: var(--_fill);
  }
  .goal,
  .status {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .status {
    /* Held open while empty, so "Last updated" can come and go without moving anything. */
    min-block-size: 1.5em;
    font-size: 0.9375em;
  }
  .milestones {
    display: grid;
    gap: 0.25em;
    padding: 0;
    list-style: none;
  }
  .milestones li {
    display: flex;
    gap: 0.5em;
  }
  .tick {
    color: var(--_accent);
    font-weight: 700;
  }
  .notice {
    margin: 0;
    font-weight: 600;
  }
  .actions {
    display: flex;
  }
  .error {
    margin: 0;
  }
  @container (max-width: 20rem) {
    .figure {
      font-size: 2em;
    }
    .actions .button {
      flex: 1;
    }
  }
  @media (forced-colors: active) {
    /* System colours, and a real border, keep the bar and its fill visible. */
    .progress {
      border-color: CanvasText;
      background: Canvas;
    }
    .fill {
      forced-color-adjust: none;
      background: Highlight;
    }
    .tick {
      color: CanvasText;
    }
  }
`;
