import { expect } from '@open-wc/testing';
import { resolveLocaleTag } from '../../src/i18n/resolve-locale.js';

describe('resolveLocaleTag', () => {
  let saved: string | null;
  before(() => {
    saved = document.documentElement.getAttribute('lang');
  });
  afterEach(() => {
    if (saved === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', saved);
    document.body.replaceChildren();
  });

  function build(markup: string): HTMLElement {
    const container = document.createElement('div');
    container.innerHTML = markup;
    document.body.append(container);
    return container.querySelector<HTMLElement>('#target')!;
  }

  it("reads the element's own lang first", () => {
    expect(resolveLocaleTag(build('<div lang="en"><p id="target" lang="cy-GB"></p></div>'))).to.equal(
      'cy-GB',
    );
  });

  it("else the nearest ancestor's", () => {
    expect(
      resolveLocaleTag(build('<div lang="en"><div lang="cy"><span><p id="target"></p></span></div></div>')),
    ).to.equal('cy');
  });

  it("else the document's", () => {
    document.documentElement.lang = 'cy';
    expect(resolveLocaleTag(build('<p id="target"></p>'))).to.equal('cy');
  });

  it('else en-GB', () => {
    document.documentElement.removeAttribute('lang');
    expect(resolveLocaleTag(build('<p id="target"></p>'))).to.equal('en-GB');
  });

  it('treats lang="" as set (language unknown), as HTML does', () => {
    expect(resolveLocaleTag(build('<div lang="cy"><p id="target" lang=""></p></div>'))).to.equal('');
  });

  it('crosses shadow roots to their hosts', () => {
    const host = build('<div lang="cy"><div id="target"></div></div>');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><p></p></section>';
    const inner = root.querySelector('p')!;
    expect(resolveLocaleTag(inner)).to.equal('cy');
    host.lang = 'en';
    expect(resolveLocaleTag(inner)).to.equal('en');
    root.querySelector('section')!.lang = 'cy-GB';
    expect(resolveLocaleTag(inner)).to.equal('cy-GB');
  });

  it("uses the document's lang for a detached element", () => {
    document.documentElement.lang = 'cy';
    expect(resolveLocaleTag(document.createElement('p'))).to.equal('cy');
  });
});
