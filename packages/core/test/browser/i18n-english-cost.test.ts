/**
 * English pages pay nothing: no FormatJS code or data and no translation
 * module is fetched until an element actually asks for Welsh.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { dateTimeFormat, ensureIntlLocale } from '../../src/i18n/intl.js';
import { loadLocale } from '../../src/i18n/localize.js';
import { type I18nFixture, textOf } from './i18n-fixture.js';

function fetched(pattern: RegExp): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => pattern.test(name));
}

describe('English costs nothing', () => {
  before(() => {
    document.documentElement.lang = 'en-GB';
  });

  it('renders English elements without loading polyfills or translations', async () => {
    const element = await fixture<I18nFixture>(html`<i18n-fixture></i18n-fixture>`);
    await ensureIntlLocale('en-GB');
    await loadLocale('en-GB');
    expect(dateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' })).to.be.instanceOf(
      Intl.DateTimeFormat,
    );
    expect(textOf(element, '.label')).to.equal('Add to calendar');
    expect(element.l10n.ready).to.equal(true);
    expect(fetched(/formatjs/)).to.deep.equal([]);
    expect(fetched(/generated\/locales/)).to.deep.equal([]);
  });

  it('loads them for the first Welsh element (so the check above can see loads)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><i18n-fixture></i18n-fixture></div>`);
    const element = wrapper.querySelector('i18n-fixture')!;
    await element.l10n.loaded;
    await element.updateComplete;
    expect(textOf(element, '.label')).to.equal('Ychwanegu at y calendr');
    expect(fetched(/formatjs\/intl-datetimeformat\/locale-data\/cy/)).to.have.length(1);
    expect(fetched(/generated\/locales\/cy/)).to.have.length(1);
    // Chromium has Welsh plural rules natively, so that polyfill stays unloaded.
    expect(fetched(/intl-pluralrules/)).to.deep.equal([]);
  });
});
