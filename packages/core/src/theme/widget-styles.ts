import { css } from 'lit';

/**
 * The frame every Placard widget shares: the host box, the card, and the
 * error and loading states (`renderInputError` writes the error's markup).
 * A component must set `--_card-background`, `--_card-border` and
 * `--_card-padding` on `:host`, pointing them at its own `--placard-<name>-*`
 * hooks (which fall back to the global tokens).
 */
export const widgetStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  .card {
    background: var(--_card-background);
    border: var(--_card-border);
    border-radius: var(--_radius);
    padding: var(--_card-padding);
    overflow-wrap: anywhere;
  }
  :is(h1, h2, h3, h4, h5, h6) {
    margin: 0 0 0.5em;
    line-height: 1.25;
  }
  /* The widget's title: renderHeading(…, { id: 'name' }). */
  #name {
    font-size: 1.375em;
  }
  /* A highlighted line: a card's status, an agenda's live state. */
  .notice {
    margin: 0 0 1em;
    padding: 0.5em 0.75em;
    background: var(--_notice);
    border-inline-start: 0.375rem solid var(--_accent);
    color: #1a1a1a;
  }
  .error {
    padding: 0.75em 1em;
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_error);
  }
  .error p,
  .loading {
    margin: 0;
  }
  .error-message {
    color: var(--_text);
  }
  .loading {
    min-height: 10rem;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .error,
    .notice {
      border: 2px solid CanvasText;
    }
  }
`;
