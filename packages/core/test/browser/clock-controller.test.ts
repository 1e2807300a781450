/**
 * `ClockController` on real Lit elements in Chromium. A tick is brought on
 * without waiting a minute by hiding and showing the page: the clock pauses
 * while hidden and ticks at once when shown again.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ClockController, sharedClockSubscriberCount } from '../../src/elements/clock-controller.js';

class ClockTestElement extends LitElement {
  static override properties = { now: {} };
  /** A fixed time, as widgets take it for stories and tests. */
  now?: string;
  readonly clock = new ClockController(this, { now: () => (this.now ? new Date(this.now) : undefined) });
  renders = 0;

  override render() {
    this.renders++;
    return html`<span>${this.clock.now.toISOString()}</span>`;
  }
}
customElements.define('clock-controller-test-element', ClockTestElement);

declare global {
  interface HTMLElementTagNameMap {
    'clock-controller-test-element': ClockTestElement;
  }
}

/** Makes `document.visibilityState` report `state` and tells the page. */
function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Hides and shows the page, which makes the shared clock tick once. */
async function tick(elements: ClockTestElement[]): Promise<void> {
  setVisibility('hidden');
  setVisibility('visible');
  await Promise.all(elements.map((element) => element.updateComplete));
}

async function twenty(): Promise<ClockTestElement[]> {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div>
      ${Array.from({ length: 20 }, () => html`<clock-controller-test-element></clock-controller-test-element>`)}
    </div>
  `);
  const elements = [...wrapper.querySelectorAll('clock-controller-test-element')];
  await Promise.all(elements.map((element) => element.updateComplete));
  return elements;
}

describe('ClockController', () => {
  afterEach(() => {
    // Let the page's own visibility show through again.
    delete (document as { visibilityState?: unknown }).visibilityState;
  });

  it('gives twenty elements one shared timer', async () => {
    expect(sharedClockSubscriberCount()).to.equal(0);
    const original = window.setTimeout;
    const minuteTimers: number[] = [];
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      if (delay !== undefined && delay > 0 && delay <= 60_000) minuteTimers.push(delay);
      return original(handler, delay, ...rest);
    }) as typeof window.setTimeout;
    try {
      await twenty();
    } finally {
      window.setTimeout = original;
    }
    expect(sharedClockSubscriberCount()).to.equal(20);
    expect(minuteTimers).to.have.length(1);
  });

  it('updates every connected element on a tick, and none that was removed', async () => {
    const elements = await twenty();
    const removed = elements.slice(0, 5);
    for (const element of removed) element.remove();
    expect(sharedClockSubscriberCount()).to.equal(15);
    const before = elements.map((element) => element.renders);

    await tick(elements);

    const after = elements.map((element) => element.renders);
    expect(after.slice(0, 5)).to.deep.equal(before.slice(0, 5));
    expect(after.slice(5)).to.deep.equal(before.slice(5).map((count) => count + 1));
  });

  it('unsubscribes every element when the fixture is removed', async () => {
    const elements = await twenty();
    elements[0]!.parentElement!.remove();
    expect(sharedClockSubscriberCount()).to.equal(0);
  });

  it('resubscribes an element put back in the page', async () => {
    const element = await fixture<ClockTestElement>(
      html`<clock-controller-test-element></clock-controller-test-element>`,
    );
    const parent = element.parentElement!;
    element.remove();
    expect(sharedClockSubscriberCount()).to.equal(0);
    parent.append(element);
    expect(sharedClockSubscriberCount()).to.equal(1);
    const before = element.renders;
    await tick([element]);
    expect(element.renders).to.equal(before + 1);
  });

  it('honours a fixed now without subscribing, and follows the clock once it is removed', async () => {
    const element = await fixture<ClockTestElement>(
      html`<clock-controller-test-element now="2018-02-08T19:00:00Z"></clock-controller-test-element>`,
    );
    expect(element.clock.now.toISOString()).to.equal('2018-02-08T19:00:00.000Z');
    expect(element.shadowRoot!.textContent).to.include('2018-02-08T19:00:00.000Z');
    expect(sharedClockSubscriberCount()).to.equal(0);
    const before = element.renders;
    await tick([element]);
    expect(element.renders).to.equal(before);

    element.removeAttribute('now');
    await element.updateComplete;
    expect(element.clock.live).to.equal(true);
    expect(sharedClockSubscriberCount()).to.equal(1);
    expect(Math.abs(element.clock.now.getTime() - Date.now())).to.be.below(1000);
  });
});
