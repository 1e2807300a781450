import { css } from 'lit';

/** A focus ring that is visible on any background and survives forced colours. */
export const focusRing = css`
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Text for screen readers only (the pattern used by GOV.UK and Bootstrap). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
`;

/**
 * Buttons and button-like links: at least 44 × 44 CSS px targets (WCAG 2.5.8 asks
 * for 24; 44 suits shaky hands and phones), real borders so forced-colours mode
 * keeps their shape, and no motion when the reader asks for less.
 */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
    cursor: pointer;
    transition: filter 120ms ease-in-out;
  }
  .button:hover {
    filter: brightness(0.9);
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  @media (prefers-reduced-motion: reduce) {
    .button {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
