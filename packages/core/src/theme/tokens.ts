import { css } from 'lit';

/**
 * The global theme tokens, resolved once on every widget's host so that each
 * component reads short private `--_…` properties.
 *
 * A webmaster themes every Placard widget with a few `--placard-*` properties
 * on `:root`; every token has a fallback, so nothing needs setting.
 *
 * @cssprop --placard-font-family - Font of all text. Default: inherited from the page.
 * @cssprop --placard-color-text - Main text colour. Default: inherited from the page.
 * @cssprop --placard-color-muted - Secondary text (dates, labels). Default: #4a4a4a.
 * @cssprop --placard-color-background - Card background. Default: #fff.
 * @cssprop --placard-color-border - Card and control borders. Default: #767676.
 * @cssprop --placard-color-accent - Buttons and links. Default: #b00020 (a union red with 6.4:1 contrast on white).
 * @cssprop --placard-color-on-accent - Text on the accent colour. Default: #fff.
 * @cssprop --placard-color-focus - Focus ring. Default: #1d4ed8.
 * @cssprop --placard-color-notice - Background of status notices. Default: #fff4ce.
 * @cssprop --placard-color-error - Error text and border. Default: #a4000f.
 * @cssprop --placard-radius - Corner radius. Default: 0.375rem.
 * @cssprop --placard-space - Base spacing unit. Default: 1rem.
 */
export const themeTokens = css`
  :host {
    --_font: var(--placard-font-family, inherit);
    --_text: var(--placard-color-text, inherit);
    --_muted: var(--placard-color-muted, #4a4a4a);
    --_background: var(--placard-color-background, #fff);
    --_border: var(--placard-color-border, #767676);
    --_accent: var(--placard-color-accent, #b00020);
    --_on-accent: var(--placard-color-on-accent, #fff);
    --_focus: var(--placard-color-focus, #1d4ed8);
    --_notice: var(--placard-color-notice, #fff4ce);
    --_error: var(--placard-color-error, #a4000f);
    --_radius: var(--placard-radius, 0.375rem);
    --_space: var(--placard-space, 1rem);
  }
`;
