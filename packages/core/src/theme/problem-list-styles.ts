import { css } from 'lit';

/**
 * The folded list of `renderProblemList`. Each widget sets its margin. Its own
 * module, so widgets without a problem list (the event card) never load it.
 */
export const problemListStyles = css`
  .problems {
    padding: 0 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .problems summary {
    display: flex;
    align-items: center;
    min-height: 44px;
    cursor: pointer;
    font-weight: 600;
  }
  .problems ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
`;
