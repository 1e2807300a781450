/**
 * What a counter shows: the static provider, goals, min-display, milestones,
 * closed petitions, Welsh, hostile text, and the look in forced colours and at 320 px.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { PlacardInputError } from '@placard/core';
import { hostileText, hostileUrl } from '@placard/test-kit/fixtures.js';
import { expectAccessible, expectInert, settled, shadowText } from '@placard/test-kit/suites.js';
import {
  counter,
  counterElement,
  errorBox,
  figure,
  goalLine,
  heading,
  liveRegion,
  milestones,
  progressBar,
  signLink,
  spokenCount,
  status,
} from './counter-helpers.js';
import { fakeSource, testPolls } from './fake-source.js';

const PARLIAMENT_PAGE = 'https://petition.parliament.uk/petitions/700001';

/** Every milestone Parliament records, as its JSON writes them. */
const ALL_MILESTONES = {
  response_threshold_reached_at: '2024-11-02T14:21:09.000Z',
  government_response_at: '2024-12-03T16:05:44.518Z',
  debate_threshold_reached_at: '2025-01-15T08:12:40.000Z',
  scheduled_debate_date: '2025-03-10',
  debate_outcome_at: '2025-03-11T09:30:00.000Z',
};

describe('<placard-petition-counter>', () => {
  beforeEach(async () => {
    localStorage.clear();
    await fakeSource.reset();
  });

  afterEach(async () => {
    delete window.__placardPwned;
    await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
  });

  describe('static provider', () => {
    it('shows the count, the goal and a progress bar with an accessible name and value', async () => {
      const element = await counter({
        provider: 'static',
        count: '4,210',
        goal: '5000',
        label: 'Save Barnet’s libraries',
        href: 'https://example.org/sign',
      });
      expect(heading(element)!.localName).to.equal('h3');
      expect(heading(element)!.textContent).to.equal('Save Barnet’s libraries');
      expect(figure(element)).to.equal('4,210');
      expect(spokenCount(element)).to.equal('4,210 signatures');
      const bar = progressBar(element)!;
      expect(bar.getAttribute('aria-label')).to.equal('Progress towards the goal');
      expect(bar.getAttribute('aria-valuemin')).to.equal('0');
      expect(bar.getAttribute('aria-valuemax')).to.equal('5000');
      expect(bar.getAttribute('aria-valuenow')).to.equal('4210');
      expect(bar.getAttribute('aria-valuetext')).to.equal('4,210 of 5,000 signatures');
      expect(goalLine(element)).to.equal('Goal: 5,000 signatures');
      const link = signLink(element)!;
      expect(link.href).to.equal('https://example.org/sign');
      expect(link.textContent).to.match(/^Sign the petition: Save Barnet’s libraries$/u);
      expect(status(element)).to.equal('');
      await expectAccessible(element);
    });

    it('says "1 signature" in the singular, and shows no bar without a goal', async () => {
      const element = await counter({ count: '1' });
      expect(spokenCount(element)).to.equal('1 signature');
      expect(heading(element)!.textContent).to.equal('Petition');
      expect(progressBar(element)).to.equal(null);
      expect(signLink(element)).to.equal(null);
      await expectAccessible(element);
    });

    it('fires placard-load with the reading', async () => {
      const element = counterElement({ count: '12' });
      const loaded = oneEvent(element, 'placard-load');
      await fixture(element);
      const event = await loaded;
      expect((event.detail.data as { snapshot: { count: number } }).snapshot.count).to.equal(12);
    });

    it('says when the goal is reached, with the bar full', async () => {
      const element = await counter({ count: '5200', goal: '5000' });
      expect(goalLine(element)).to.equal('Goal of 5,000 signatures reached');
      expect(progressBar(element)!.getAttribute('aria-valuenow')).to.equal('5000');
      expect(progressBar(element)!.getAttribute('aria-valuetext')).to.equal('5,200 of 5,000 signatures');
      const fill = element.shadowRoot!.querySelector<HTMLElement>('[part="progress-fill"]')!;
      expect(fill.getBoundingClientRect().width).to.be.closeTo(
        progressBar(element)!.getBoundingClientRect().width - 2,
        1,
      );
      await expectAccessible(element);
    });

    it('raises the goal in round numbers under auto-goal', async () => {
      const element = await counter({ count: '300', 'auto-goal': '' });
      expect(goalLine(element)).to.equal('Goal: 500 signatures');
      element.setAttribute('count', '460');
      await settled(element);
      expect(goalLine(element)).to.equal('Goal: 1,000 signatures');
      element.setAttribute('auto-goal', 'false');
      await settled(element);
      expect(progressBar(element)).to.equal(null);
    });

    it('counts up to a new count written on it', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const element = await counter({ count: '100', goal: '1000' });
      element.count = 150;
      await settled(element);
      expect(spokenCount(element)).to.equal('150 signatures');
      expect(figure(element)).to.equal('150');
    });
  });

  describe('min-display', () => {
    it('asks readers to be among the first to sign until the count reaches it', async () => {
      const element = await counter({ count: '40', goal: '1000', 'min-display': '100' });
      expect(shadowText(element)).to.contain('Be one of the first to sign');
      expect(shadowText(element)).not.to.contain('40');
      expect(progressBar(element)).to.equal(null);
      await expectAccessible(element);
      element.setAttribute('count', '100');
      await settled(element);
      expect(shadowText(element)).not.to.contain('Be one of the first to sign');
      expect(spokenCount(element)).to.equal('100 signatures');
    });
  });

  describe('attributes that cannot be used', () => {
    it('says what to fix, fires placard-error once logged, and leaves other counters alone', async () => {
      const warn = console.warn;
      const warnings: unknown[][] = [];
      console.warn = (...args: unknown[]) => void warnings.push(args);
      try {
        const page = await fixture<HTMLDivElement>(html`<div></div>`);
        const broken = counterElement({ provider: 'static', count: 'lots' });
        const failed = oneEvent(broken, 'placard-error');
        const good = counterElement({ count: '10' });
        page.append(broken, good);
        const event = await failed;
        await settled(broken);
        await settled(good);
        expect(event.detail.error).to.be.instanceOf(PlacardInputError);
        expect(event.detail.error.field).to.equal('count');
        const box = errorBox(broken)!;
        expect(box.getAttribute('role')).to.equal('alert');
        expect(box.textContent).to.contain('The petition count could not be shown');
        expect(box.textContent).to.contain('The count attribute is "lots", which is not a whole number');
        expect(spokenCount(good)).to.equal('10 signatures');
        broken.requestUpdate();
        await settled(broken);
        expect(warnings.filter(([message]) => String(message).includes('lots'))).to.have.length(1);
        await expectAccessible(broken);
      } finally {
        console.warn = warn;
      }
    });

    it('names an unknown provider and a counter with nothing to count', async () => {
      const unknown = await counter({ provider: 'change-org', src: 'https://example.org/x' });
      expect(errorBox(unknown)!.textContent).to.contain('The provider "change-org" is not one Placard knows');
      const empty = await counter({});
      expect(errorBox(empty)!.textContent).to.contain('The petition counter has nothing to count');
      const refresh = await counter({ count: '5', refresh: 'often' });
      expect(errorBox(refresh)!.textContent).to.contain('The refresh attribute is "often"');
    });
  });

  describe('a UK Parliament petition', () => {
    it('shows its title, the next milestone as the goal, and links to its page', async () => {
      await fakeSource.set({
        count: 48213,
        milestones: { government_response_at: ALL_MILESTONES.government_response_at },
      });
      const element = await counter({ 'petition-id': '700001' }, testPolls().polls);
      expect(heading(element)!.textContent).to.equal('Fund a 10% pay rise for school support staff');
      expect(spokenCount(element)).to.equal('48,213 signatures');
      expect(goalLine(element)).to.equal('Goal: 100,000 signatures');
      expect(progressBar(element)!.getAttribute('aria-valuetext')).to.equal('48,213 of 100,000 signatures');
      expect(signLink(element)!.href).to.equal(PARLIAMENT_PAGE);
      expect(milestones(element)).to.deep.equal(['The Government responded on 3 December 2024']);
      await expectAccessible(element);
    });

    it('names every milestone, with its date', async () => {
      await fakeSource.set({ count: 186302, milestones: ALL_MILESTONES });
      const element = await counter({ 'petition-id': '700001' }, testPolls().polls);
      expect(milestones(element)).to.deep.equal([
        'Passed 10,000 signatures on 2 November 2024, so the Government will respond',
        'The Government responded on 3 December 2024',
        'Passed 100,000 signatures on 15 January 2025, so Parliament will consider it for a debate',
        'Parliament will debate it on 10 March 2025',
        'Debated in Parliament on 11 March 2025',
      ]);
      await expectAccessible(element);
    });

    it('says a closed petition has closed, offers no link, and stops asking', async () => {
      await fakeSource.set({ count: 186302, state: 'closed', closedAt: '2023-12-12T23:59:59.999Z' });
      const clock = testPolls();
      const element = await counter({ 'petition-id': '700001', refresh: '15' }, clock.polls);
      expect(shadowText(element)).to.contain('This petition closed on 12 December 2023.');
      expect(signLink(element)).to.equal(null);
      expect(progressBar(element)).to.equal(null);
      expect(spokenCount(element)).to.equal('186,302 signatures');
      expect(clock.pending).to.equal(0);
      clock.advance(10 * 60_000);
      await settled(element);
      expect(await fakeSource.requests('/fake-petition/petitions/700001.json')).to.equal(1);
      expect(await fakeSource.requests('/fake-petition/petitions/700001/count.json')).to.equal(0);
      await expectAccessible(element);
    });

    it('says a rejected petition was rejected', async () => {
      await fakeSource.set({ count: 12, state: 'rejected' });
      const element = await counter({ 'petition-id': '700001' }, testPolls().polls);
      expect(shadowText(element)).to.contain('This petition was rejected.');
      expect(signLink(element)).to.equal(null);
      await expectAccessible(element);
    });
  });

  describe('Welsh', () => {
    it('speaks Welsh, with the noun in the form each number takes', async () => {
      await fakeSource.set({
        count: 48213,
        milestones: { government_response_at: ALL_MILESTONES.government_response_at },
      });
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"></div>`);
      const element = counterElement({ 'petition-id': '700001' }, testPolls().polls);
      wrapper.append(element);
      await settled(element);
      expect(spokenCount(element)).to.equal('48,213 o lofnodion');
      expect(signLink(element)!.textContent).to.contain('Llofnodwch y ddeiseb');
      expect(goalLine(element)).to.equal('Nod: 100,000 o lofnodion');
      expect(progressBar(element)!.getAttribute('aria-label')).to.equal('Cynnydd tuag at y nod');
      expect(milestones(element)[0]).to.equal('Ymatebodd y Llywodraeth ar 3 Rhagfyr 2024');
      await expectAccessible(element);

      const two = counterElement({ count: '2' });
      const one = counterElement({ count: '1' });
      wrapper.append(two, one);
      await settled(two);
      await settled(one);
      expect(spokenCount(two)).to.equal('2 lofnod');
      expect(spokenCount(one)).to.equal('1 llofnod');
    });
  });

  describe('hostile input', () => {
    it('renders hostile text from the source and the attributes inert', async () => {
      await fakeSource.set({ title: hostileText });
      const element = await counter({ 'petition-id': '700001', href: hostileUrl }, testPolls().polls);
      expect(heading(element)!.textContent).to.equal(hostileText);
      // An unsafe link is dropped for the petition's own page.
      expect(signLink(element)!.href).to.equal(PARLIAMENT_PAGE);
      expectInert(element);
      const labelled = await counter({ count: hostileText, label: hostileText });
      expectInert(labelled);
      expect(shadowText(labelled)).to.contain('<img');
    });
  });

  describe('look', () => {
    it('keeps the progress bar visible in forced colours', async () => {
      const element = await counter({ count: '500', goal: '1000' });
      await emulateMedia({ forcedColors: 'active' });
      const bar = getComputedStyle(progressBar(element)!);
      const fill = getComputedStyle(element.shadowRoot!.querySelector('[part="progress-fill"]')!);
      expect(bar.borderTopWidth).to.equal('1px');
      expect(bar.borderTopStyle).to.equal('solid');
      expect(fill.backgroundColor).not.to.equal(bar.backgroundColor);
      expect(fill.backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
      await expectAccessible(element);
    });

    it('fits 320 px without scrolling sideways', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const element = counterElement({
        count: '1234567',
        goal: '2000000',
        label: 'Fund a 10% pay rise for school support staff',
        href: 'https://example.org/sign',
      });
      wrapper.append(element);
      await settled(element);
      const card = element.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
      expect(card.scrollWidth).to.be.at.most(card.clientWidth);
      expect(element.getBoundingClientRect().width).to.be.at.most(320);
      const link = signLink(element)!.getBoundingClientRect();
      expect(link.height).to.be.at.least(44);
      expect(link.right).to.be.at.most(element.getBoundingClientRect().right);
    });

    it('shows a visible focus ring on the link', async () => {
      const element = await counter({ count: '5', href: 'https://example.org/sign' });
      signLink(element)!.focus();
      const style = getComputedStyle(signLink(element)!, null);
      expect(element.shadowRoot!.activeElement).to.equal(signLink(element));
      expect(style.outlineStyle).to.not.equal('none');
    });
  });

  describe('live region', () => {
    it('is there from the start and says nothing about the first count', async () => {
      const element = await counter({ count: '5' });
      expect(element.shadowRoot!.querySelector('[aria-live="polite"]')).to.exist;
      expect(liveRegion(element)).to.equal('');
    });
  });
});
