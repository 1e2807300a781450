import { css } from 'lit';

export const addToCalendarStyles = css`
  :host {
    display: inline-flex;
    position: relative;
    font-family: var(--_font);
  }
  [role='menu'] {
    position: absolute;
    z-index: 10;
    inset-inline-start: 0;
    top: calc(100% + 0.25rem);
    min-width: max(100%, 16rem);
    max-width: calc(100vw - 2rem);
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
    background: var(--_background);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  [role='menu'][hidden] {
    display: none;
  }
  [role='menuitem'] {
    display: flex;
    align-items: center;
    min-height: 44px;
    padding: 0.25rem 1rem;
    color: inherit;
    text-decoration: none;
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus-visible {
    background: var(--_accent);
    color: var(--_on-accent);
    outline-offset: -3px;
  }
  @media (forced-colors: active) {
    [role='menuitem']:hover,
    [role='menuitem']:focus-visible {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
