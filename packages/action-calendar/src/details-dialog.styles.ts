import { css } from 'lit';

/**
 * The details dialog's own rules. They load with the dialog, on a reader's
 * first open, and are added to the calendar's shadow root then.
 */
export const detailsDialogStyles = css`
  .day-heading {
    font-weight: 700;
    margin-bottom: 0.5em;
  }
  .day-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25em;
  }
  .day-list-button {
    gap: 0.4em;
    min-height: 44px;
    padding: 0.25em 0.5em;
  }

  /* Details dialog. */
  .dialog {
    width: min(40rem, calc(100% - 2rem));
    max-height: calc(100% - 2rem);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em;
    margin-bottom: 0.75em;
  }
  .dialog form {
    margin: 0;
  }
`;
