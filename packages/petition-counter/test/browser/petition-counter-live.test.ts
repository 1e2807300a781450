/**
 * Live counts from the fake source over the real network: updates between
 * polls, counting up, announcements, one request for many counters, first
 * paint from the cache, subscribing and unsubscribing.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { readPetitionSource, writeCachedPetition } from '@placard/core';
import { expectAccessible, settled } from '@placard/test-kit/suites.js';
import {
  counter,
  counterElement,
  figure,
  heading,
  liveRegion,
  nextReading,
  spokenCount,
  status,
  lastUpdatedAt,
} from './counter-helpers.js';
import { CAMPAIGN_PATH, COUNT_PATH, PETITION_PATH, fakeSource, testPolls } from './fake-source.js';

const PARLIAMENT = { 'petition-id': '700001', refresh: '15' };
const CAMPAIGN = { src: CAMPAIGN_PATH, 'count-path': '/campaign/signatures/count', refresh: '15' };

/** The card's height, to check that nothing moves when the count arrives. */
const height = (element: Element) =>
  element.shadowRoot!.querySelector('[part="card"]')!.getBoundingClientRect().height;

describe('<placard-petition-counter> live', () => {
  beforeEach(async () => {
    localStorage.clear();
    await fakeSource.reset();
  });

  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('shows a count that changed between polls', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await fakeSource.set({ count: 1000 });
    const clock = testPolls();
    const element = await counter(PARLIAMENT, clock.polls);
    expect(spokenCount(element)).to.equal('1,000 signatures');

    await fakeSource.set({ count: 1500 });
    clock.advance(14_999);
    await settled(element);
    expect(await fakeSource.requests(COUNT_PATH), 'not before the refresh interval').to.equal(0);
    await nextReading(element, clock, 1);
    expect(spokenCount(element)).to.equal('1,500 signatures');
    expect(figure(element)).to.equal('1,500');
    // The full petition once, then only its count.
    expect(await fakeSource.requests(PETITION_PATH)).to.equal(1);
    expect(await fakeSource.requests(COUNT_PATH)).to.equal(1);
  }).timeout(15_000);

  it('counts up over about a second, while screen readers get the final count at once', async () => {
    await fakeSource.set({ count: 1000 });
    const clock = testPolls();
    const element = await counter(PARLIAMENT, clock.polls);
    await fakeSource.set({ count: 2000 });
    const drawn = new Set<string>();
    const observer = new MutationObserver(() => drawn.add(figure(element)));
    observer.observe(element.shadowRoot!, { subtree: true, characterData: true, childList: true });
    await nextReading(element, clock, 15_000);
    expect(spokenCount(element)).to.equal('2,000 signatures');
    expect(progressAccessibleValue(element)).to.equal('2,000 of 10,000 signatures');
    await waitUntil(() => figure(element) === '2,000', 'the count-up ends on the count', { timeout: 3000 });
    observer.disconnect();
    const between = [...drawn].filter((value) => value !== '1,000' && value !== '2,000');
    expect(between.length, `numbers drawn: ${[...drawn].join(' ')}`).to.be.greaterThan(2);
    // The drawn number is hidden from screen readers; the live region is separate from it.
    expect(element.shadowRoot!.querySelector('[part="figure"]')!.closest('[aria-hidden="true"]')).to.exist;
    expect(element.shadowRoot!.querySelector('[part="figure"]')!.closest('[aria-live]')).to.equal(null);
  }).timeout(15_000);

  it('jumps straight to the new count under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await fakeSource.set({ count: 1000 });
    const clock = testPolls();
    const element = await counter(PARLIAMENT, clock.polls);
    await fakeSource.set({ count: 2000 });
    await nextReading(element, clock, 15_000);
    expect(figure(element)).to.equal('2,000');
  });

  it('announces at most once a minute, and at once at a milestone', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await fakeSource.set({ count: 9000 });
    const clock = testPolls();
    const element = await counter(PARLIAMENT, clock.polls);
    expect(liveRegion(element), 'the first count is content, not news').to.equal('');

    await fakeSource.set({ count: 9100 });
    await nextReading(element, clock, 15_000);
    expect(liveRegion(element), '15 s after the page showed the count').to.equal('');
    await nextReading(element, clock, 15_000);
    await nextReading(element, clock, 15_000);
    expect(liveRegion(element)).to.equal('');
    await nextReading(element, clock, 15_000);
    expect(liveRegion(element), 'a minute on').to.equal('9,100 signatures');

    await fakeSource.set({ count: 9200 });
    await nextReading(element, clock, 15_000);
    expect(liveRegion(element), 'not again within the minute').to.equal('9,100 signatures');

    await fakeSource.set({
      count: 10_004,
      milestones: { response_threshold_reached_at: '2025-01-15T10:00:00.000Z' },
    });
    await nextReading(element, clock, 15_000);
    expect(liveRegion(element)).to.equal(
      'Passed 10,000 signatures on 15 January 2025, so the Government will respond. 10,004 signatures',
    );
    await expectAccessible(element);
  }).timeout(20_000);

  it('makes one request per interval for twenty counters of one petition', async () => {
    const clock = testPolls();
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const counters = Array.from({ length: 20 }, () => counterElement(PARLIAMENT, clock.polls));
    page.append(...counters);
    await Promise.all(counters.map((element) => settled(element)));
    expect(counters.every((element) => spokenCount(element) === '1,234 signatures')).to.equal(true);
    for (let interval = 0; interval < 3; interval++) await nextReading(counters[0]!, clock, 15_000);
    expect(await fakeSource.requests(PETITION_PATH)).to.equal(1);
    expect(await fakeSource.requests(COUNT_PATH)).to.equal(3);
    expect(clock.polls.size).to.equal(1);
  }).timeout(15_000);

  it('shares the page’s own polls by default: twenty counters, one request', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const counters = Array.from({ length: 20 }, () => counterElement(CAMPAIGN));
    page.append(...counters);
    await Promise.all(counters.map((element) => settled(element)));
    expect(counters.every((element) => spokenCount(element) === '1,234 signatures')).to.equal(true);
    expect(await fakeSource.requests(CAMPAIGN_PATH)).to.equal(1);
  });

  it('gives a counter that joins late the current reading at once, without a request', async () => {
    const clock = testPolls();
    await counter(PARLIAMENT, clock.polls);
    await fakeSource.set({ count: 5000 });
    const late = await fixture(counterElement(PARLIAMENT, clock.polls));
    expect(spokenCount(late)).to.equal('1,234 signatures');
    expect(await fakeSource.requests(PETITION_PATH)).to.equal(1);
  });

  it('paints the cached count before the source answers, marked with its age, at the same size', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const source = readPetitionSource({ 'petition-id': '700001' });
    const fetchedAt = new Date(Date.now() - 5 * 60_000);
    writeCachedPetition(source.key, {
      snapshot: { count: 1200, title: 'Fund a 10% pay rise for school support staff', milestones: [] },
      fetchedAt,
    });
    await fakeSource.set({ count: 1234, delayMs: 1500 });
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = counterElement(PARLIAMENT, testPolls().polls);
    page.append(element);
    await aTimeout(50);
    expect(spokenCount(element)).to.equal('1,200 signatures');
    expect(heading(element)!.textContent).to.equal('Fund a 10% pay rise for school support staff');
    expect(status(element)).to.equal(`Last updated ${lastUpdatedAt(fetchedAt)}`);
    const before = height(element);
    await expectAccessible(element);

    await settled(element);
    expect(spokenCount(element)).to.equal('1,234 signatures');
    expect(status(element)).to.equal('');
    expect(height(element)).to.equal(before);
  });

  it('holds the loaded size while loading', async () => {
    await fakeSource.set({ delayMs: 800 });
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const element = counterElement({ ...CAMPAIGN, 'goal-path': '/campaign/signatures/goal' });
    page.append(element);
    await aTimeout(50);
    expect(status(element)).to.equal('Loading the count…');
    const loading = height(element);
    await expectAccessible(element);
    await settled(element);
    expect(spokenCount(element)).to.equal('1,234 signatures');
    expect(height(element)).to.equal(loading);
  });

  it('stops asking when disconnected, and follows a new source when its attributes change', async () => {
    const clock = testPolls();
    const element = await counter(CAMPAIGN, clock.polls);
    expect(clock.polls.size).to.equal(1);
    element.setAttribute('petition-id', '700001');
    element.removeAttribute('count-path');
    element.removeAttribute('src');
    await settled(element);
    expect(heading(element)!.textContent).to.equal('Fund a 10% pay rise for school support staff');
    expect(clock.polls.size, 'the old source is dropped').to.equal(1);
    element.remove();
    expect(clock.polls.size).to.equal(0);
    expect(clock.pending).to.equal(0);
    document.body.append(element);
    await settled(element);
    expect(clock.polls.size).to.equal(1);
    element.remove();
  });
});

function progressAccessibleValue(element: Element): string | null {
  return element.shadowRoot!.querySelector('[role="progressbar"]')!.getAttribute('aria-valuetext');
}
