import { html, type TemplateResult } from 'lit';
import type { PlacardInputError } from '../model/errors.js';

/**
 * A widget's error state: a title saying what could not be shown, and the
 * error's plain-English message saying what to fix. An alert, so screen
 * readers hear it when it appears. Styled by `widgetStyles`.
 */
export function renderInputError(title: string, error: PlacardInputError): TemplateResult {
  return html`
    <div part="error" class="error" role="alert">
      <p><strong>${title}</strong></p>
      <p class="error-message">${error.message}</p>
    </div>
  `;
}
