/**
 * How each kind of action is shown: a word and a shape, so the kind never
 * depends on colour alone (WCAG 1.4.1), plus a colour as an extra cue.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { CalendarCategory } from '@placard/core';

/** The category's name in the widget's language. Call inside a render. */
export function categoryLabel(category: CalendarCategory): string {
  switch (category) {
    case 'strike':
      return msg('Strike', { id: 'calendar-category-strike' });
    case 'picket':
      return msg('Picket', { id: 'calendar-category-picket' });
    case 'demo':
      return msg('Demo', { id: 'calendar-category-demo' });
    case 'meeting':
      return msg('Meeting', { id: 'calendar-category-meeting' });
    case 'conference':
      return msg('Conference', { id: 'calendar-category-conference' });
    case 'social':
      return msg('Social', { id: 'calendar-category-social' });
    default:
      return msg('Other', { id: 'calendar-category-other' });
  }
}

/**
 * One distinct shape per kind, as the outline of a path in a 16 × 16 box (filled
 * even-odd, so "other" is a ring). One path each keeps an icon a single template.
 */
const SHAPES: Record<CalendarCategory, string> = {
  // A fist-like solid triangle: strikes stand out most.
  strike: 'M8 1 15 15H1z',
  picket: 'M2 2h12v12H2z',
  demo: 'M1.5 8a6.5 6.5 0 1 0 13 0 6.5 6.5 0 1 0-13 0z',
  meeting: 'M8 1 15 8 8 15 1 8z',
  conference: 'M8 1l2.1 4.6 5 .5-3.8 3.4 1.1 5L8 12l-4.4 2.5 1.1-5L.9 6.1l5-.5z',
  social: 'M8 14.5 2 8.6A3.6 3.6 0 0 1 8 3.7a3.6 3.6 0 0 1 6 4.9z',
  other: 'M1.5 8a6.5 6.5 0 1 0 13 0 6.5 6.5 0 1 0-13 0zM3.5 8a4.5 4.5 0 1 0 9 0 4.5 4.5 0 1 0-9 0z',
};

/** The category's shape, hidden from screen readers (the word is always there for them). */
export function categoryIcon(category: CalendarCategory): SVGTemplateResult {
  return svg`<svg class="icon icon-${category}" part="category-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" fill="currentColor" fill-rule="evenodd"><path d=${SHAPES[category]} /></svg>`;
}
