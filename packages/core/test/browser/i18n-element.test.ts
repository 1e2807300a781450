import { msg } from '@lit/localize';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { type I18nFixture, type I18nShadowHost, textOf } from './i18n-fixture.js';

const WELSH = 'Ychwanegu at y calendr';
const ENGLISH = 'Add to calendar';

async function settled(element: I18nFixture): Promise<void> {
  await element.l10n.loaded;
  await element.updateComplete;
}

describe('LocaleController and msg() per element', () => {
  before(() => {
    document.documentElement.lang = 'en-GB';
  });

  afterEach(() => {
    document.documentElement.lang = 'en-GB';
  });

  it('shows the previous (English) text while Welsh loads, then Welsh', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><i18n-fixture></i18n-fixture></div>`);
    const element = wrapper.querySelector('i18n-fixture')!;
    expect(element.l10n.requestedLocale).to.equal('cy');
    if (!element.l10n.ready) {
      expect(element.l10n.locale).to.equal('en-GB');
      expect(textOf(element, '.label')).to.equal(ENGLISH);
    }
    await settled(element);
    expect(element.l10n.ready).to.equal(true);
    expect(element.l10n.locale).to.equal('cy');
    expect(textOf(element, '.label')).to.equal(WELSH);
  });

  it('renders Welsh in a lang=cy element and English in its sibling on an English page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <div lang="cy"><i18n-fixture id="welsh"></i18n-fixture></div>
        <i18n-fixture id="english"></i18n-fixture>
      </div>
    `);
    const welsh = wrapper.querySelector<I18nFixture>('#welsh')!;
    const english = wrapper.querySelector<I18nFixture>('#english')!;
    await Promise.all([settled(welsh), settled(english)]);

    expect(welsh.l10n.locale).to.equal('cy');
    expect(textOf(welsh, '.label')).to.equal(WELSH);
    expect(textOf(welsh, '.status')).to.equal("Mae'r digwyddiad hwn wedi'i ganslo.");
    expect(textOf(welsh, '.zone')).to.equal('(14:30 lle rydych chi)');
    expect(textOf(welsh, '.date')).to.equal('Dydd Iau, 15 Mawrth 2018');

    expect(english.l10n.locale).to.equal('en-GB');
    expect(textOf(english, '.label')).to.equal(ENGLISH);
    expect(textOf(english, '.status')).to.equal('This event has been cancelled.');
    expect(textOf(english, '.zone')).to.equal('(14:30 where you are)');
    expect(textOf(english, '.date')).to.match(/^Thursday,? 15 March 2018$/);
  });

  it('applies an already loaded locale before the first render', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><i18n-fixture></i18n-fixture></div>`);
    const element = wrapper.querySelector('i18n-fixture')!;
    expect(element.l10n.ready).to.equal(true);
    expect(element.renderCount).to.equal(1);
    expect(textOf(element, '.label')).to.equal(WELSH);
  });

  it('leaves msg() in English outside element renders', async () => {
    await fixture(html`<div lang="cy"><i18n-fixture></i18n-fixture><i18n-fixture></i18n-fixture></div>`);
    expect(msg('Add to calendar', { id: 'add-to-calendar' })).to.equal(ENGLISH);
  });

  it('re-renders when lang changes on an ancestor', async () => {
    const outer = await fixture<HTMLDivElement>(
      html`<div lang="cy">
        <div><i18n-fixture></i18n-fixture></div>
      </div>`,
    );
    const element = outer.querySelector('i18n-fixture')!;
    await settled(element);
    expect(textOf(element, '.label')).to.equal(WELSH);

    outer.lang = 'en';
    await waitUntil(() => textOf(element, '.label') === ENGLISH, 'did not switch to English');
    expect(element.l10n.locale).to.equal('en-GB');
    expect(textOf(element, '.date')).to.match(/^Thursday,? 15 March 2018$/);

    outer.setAttribute('lang', 'cy-GB');
    await waitUntil(() => textOf(element, '.label') === WELSH, 'did not switch back to Welsh');
    expect(textOf(element, '.date')).to.equal('Dydd Iau, 15 Mawrth 2018');

    outer.removeAttribute('lang'); // falls back to the English document
    await waitUntil(() => textOf(element, '.label') === ENGLISH, 'did not fall back to the document');
  });

  it('does not re-render when lang changes to a tag of the same locale', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="cy"><i18n-fixture></i18n-fixture></div>`);
    const element = outer.querySelector('i18n-fixture')!;
    await settled(element);
    const renders = element.renderCount;
    outer.lang = 'cy-GB';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(element.renderCount).to.equal(renders);
  });

  it("prefers the element's own lang, and follows changes to it", async () => {
    const outer = await fixture<HTMLDivElement>(
      html`<div lang="cy"><i18n-fixture lang="en"></i18n-fixture></div>`,
    );
    const element = outer.querySelector('i18n-fixture')!;
    await settled(element);
    expect(textOf(element, '.label')).to.equal(ENGLISH);
    element.removeAttribute('lang');
    await waitUntil(() => textOf(element, '.label') === WELSH, 'did not inherit Welsh');
    element.lang = 'en-GB';
    await waitUntil(() => textOf(element, '.label') === ENGLISH, 'did not follow its own lang');
  });

  it('follows the document language', async () => {
    const element = await fixture<I18nFixture>(html`<i18n-fixture></i18n-fixture>`);
    expect(textOf(element, '.label')).to.equal(ENGLISH);
    document.documentElement.lang = 'cy';
    await waitUntil(() => textOf(element, '.label') === WELSH, 'did not follow <html lang>');
  });

  it('inherits lang across shadow roots and sees lang changes inside them', async () => {
    const host = await fixture<I18nShadowHost>(
      html`<div lang="cy"><i18n-shadow-host></i18n-shadow-host></div>`,
    ).then((wrapper) => wrapper.querySelector('i18n-shadow-host')!);
    await host.updateComplete;
    const element = host.shadowRoot!.querySelector('i18n-fixture')!;
    await settled(element);
    expect(textOf(element, '.label')).to.equal(WELSH);

    const section = host.shadowRoot!.querySelector('section')!;
    section.lang = 'en';
    await waitUntil(
      () => textOf(element, '.label') === ENGLISH,
      'missed a lang change inside the shadow root',
    );
    section.removeAttribute('lang');
    await waitUntil(() => textOf(element, '.label') === WELSH, 'did not inherit from the shadow host');
    host.lang = 'en-GB';
    await waitUntil(() => textOf(element, '.label') === ENGLISH, "did not follow the shadow host's own lang");
  });

  it('re-reads lang when moved to another part of the page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <div lang="cy" id="welsh"><i18n-fixture></i18n-fixture></div>
        <div lang="en" id="english"></div>
      </div>
    `);
    const element = wrapper.querySelector('i18n-fixture')!;
    await settled(element);
    expect(textOf(element, '.label')).to.equal(WELSH);
    wrapper.querySelector('#english')!.append(element);
    await waitUntil(() => textOf(element, '.label') === ENGLISH, 'did not re-read lang after moving');
  });

  it('stops watching once disconnected', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="cy"><i18n-fixture></i18n-fixture></div>`);
    const element = outer.querySelector('i18n-fixture')!;
    await settled(element);
    element.remove();
    const renders = element.renderCount;
    document.body.append(outer); // keep the ancestor in the page
    outer.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(element.renderCount).to.equal(renders);
    expect(element.l10n.locale).to.equal('cy');
  });
});
