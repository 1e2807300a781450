/**
 * The feeds' problems, each in plain words naming the feed (and line): shown
 * folded away under a summary, while every item that could be read still shows.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { PlacardInputError } from '@placard/core';

export function renderProblems(problems: readonly PlacardInputError[]): TemplateResult | typeof nothing {
  // A feed's problems come back with every window it is expanded into: list each once.
  const messages = [...new Set(problems.map((problem) => problem.message))];
  if (messages.length === 0) return nothing;
  return html`
    <details part="problems" class="problems">
      <summary>
        ${msg('Some events could not be shown as written', { id: 'calendar-problems-summary' })}
        (${messages.length})
      </summary>
      <ul>
        ${messages.map((message) => html`<li>${message}</li>`)}
      </ul>
    </details>
  `;
}
