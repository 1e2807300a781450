import { html, nothing, type TemplateResult } from 'lit';

/**
 * A real heading element (`<h1>`–`<h6>`) at the level the webmaster chose with
 * `heading-level`, so a widget fits the page's outline. Levels outside 1–6 fall
 * back to `fallback`. (Lit cannot bind a tag name, and static templates would
 * cost every page their helper, so the six templates are spelled out once, here.)
 */
export function renderHeading(
  level: number,
  content: unknown,
  options: { id?: string; part?: string; fallback?: number } = {},
): TemplateResult {
  const id = options.id ?? nothing;
  const part = options.part ?? nothing;
  const safeLevel = Number.isInteger(level) && level >= 1 && level <= 6 ? level : (options.fallback ?? 3);
  switch (safeLevel) {
    case 1:
      return html`<h1 id=${id} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part}>${content}</h6>`;
  }
}
