/**
 * A minimal localised element for the i18n browser tests: it uses the
 * LocaleController the way Placard widgets do, and `msg()` ids the event card
 * uses (so their Welsh comes from xliff/cy.xlf via the generated module).
 */
import { msg, str } from '@lit/localize';
import { html, LitElement, type PropertyValues } from 'lit';
import { dateTimeFormat } from '../../src/i18n/intl.js';
import { LocaleController } from '../../src/i18n/locale-controller.js';

export const MARCH_15_2018_NOON = Date.UTC(2018, 2, 15, 12);

export class I18nFixture extends LitElement {
  readonly l10n = new LocaleController(this);
  /** How many times render() ran. */
  renderCount = 0;

  protected override update(changed: PropertyValues): void {
    this.l10n.render(() => super.update(changed));
  }

  protected override render() {
    this.renderCount++;
    const date = dateTimeFormat(this.l10n.locale, { dateStyle: 'full', timeZone: 'Europe/London' });
    return html`
      <p class="label">${msg('Add to calendar', { id: 'add-to-calendar' })}</p>
      <p class="status">${msg('This event has been cancelled.', { id: 'status-cancelled' })}</p>
      <p class="zone">${msg(str`(${'14:30'} where you are)`, { id: 'in-reader-zone' })}</p>
      <p class="date">${date.format(MARCH_15_2018_NOON)}</p>
    `;
  }
}

/** Puts an I18nFixture (or any content) inside its shadow root. */
export class I18nShadowHost extends LitElement {
  protected override render() {
    return html`<section><slot></slot><i18n-fixture></i18n-fixture></section>`;
  }
}

if (!customElements.get('i18n-fixture')) customElements.define('i18n-fixture', I18nFixture);
if (!customElements.get('i18n-shadow-host')) customElements.define('i18n-shadow-host', I18nShadowHost);

declare global {
  interface HTMLElementTagNameMap {
    'i18n-fixture': I18nFixture;
    'i18n-shadow-host': I18nShadowHost;
  }
}

export function textOf(element: I18nFixture, selector: string): string {
  return element.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? '';
}
