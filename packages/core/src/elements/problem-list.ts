import { html, nothing, type TemplateResult } from 'lit';
import type { PlacardInputError } from '../model/errors.js';

/**
 * Problems that did not stop a widget (an agenda item, a feed's line), each in
 * plain words, folded away under `summary` while everything that could be read
 * still shows. Style it with `problemListStyles`.
 */
export function renderProblemList(
  summary: string,
  problems: readonly PlacardInputError[],
): TemplateResult | typeof nothing {
  // The same problem can come back more than once (a feed read for several months): list each once.
  const messages = [...new Set(problems.map((problem) => problem.message))];
  if (messages.length === 0) return nothing;
  return html`
    <details part="problems" class="problems">
      <summary>${summary} (${messages.length})</summary>
      <ul>
        ${messages.map((message) => html`<li>${message}</li>`)}
      </ul>
    </details>
  `;
}
