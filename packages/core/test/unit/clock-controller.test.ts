/**
 * The shared clock and `ClockController` in Node: a stand-in host and a
 * minimal `document` (an EventTarget with a visibility state) replace the DOM.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ClockController,
  domTickerEnvironment,
  sharedClockSubscriberCount,
} from '../../src/elements/clock-controller.js';

/** A host with Lit's controller lifecycle, counting update requests. */
class FakeHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  fixed: Date | undefined;
  readonly updateComplete = Promise.resolve(true);

  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {
    this.updates++;
  }
  connect(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }
  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
  /** What Lit does before each update. */
  update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
  }
}

function makeHost(): { host: FakeHost; clock: ClockController } {
  const host = new FakeHost();
  const clock = new ClockController(host, { now: () => host.fixed });
  return { host, clock };
}

/** Just enough of `document` for the DOM wiring: visibility and its event. */
class FakeDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
  show(state: DocumentVisibilityState): void {
    this.visibilityState = state;
    this.dispatchEvent(new Event('visibilitychange'));
  }
}

const CLOCK_KEY = Symbol.for('placard.clock');

describe('ClockController and the shared clock', () => {
  let fakeDocument: FakeDocument;
  let hosts: FakeHost[];

  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2018-02-08T18:29:30Z') });
    fakeDocument = new FakeDocument();
    vi.stubGlobal('document', fakeDocument);
    hosts = [];
  });

  afterEach(() => {
    for (const host of hosts) host.disconnect();
    expect(sharedClockSubscriberCount()).toBe(0);
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  function connected(count: number) {
    return Array.from({ length: count }, () => {
      const made = makeHost();
      hosts.push(made.host);
      made.host.connect();
      return made;
    });
  }

  it('gives twenty widgets one timer between them', () => {
    const widgets = connected(20);
    expect(sharedClockSubscriberCount()).toBe(20);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(30_000);
    expect(widgets.map(({ host }) => host.updates)).toEqual(Array.from({ length: 20 }, () => 1));
    expect(vi.getTimerCount()).toBe(1);
  });

  it('stops updating a disconnected widget, and the timer with the last one', () => {
    const [first, second] = connected(2);
    first!.host.disconnect();
    expect(sharedClockSubscriberCount()).toBe(1);
    vi.advanceTimersByTime(30_000);
    expect([first!.host.updates, second!.host.updates]).toEqual([0, 1]);
    second!.host.disconnect();
    expect(vi.getTimerCount()).toBe(0);
    first!.host.connect();
    expect(sharedClockSubscriberCount()).toBe(1);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('reads the time live, so it is current between ticks', () => {
    const { clock } = connected(1)[0]!;
    expect(clock.now.toISOString()).toBe('2018-02-08T18:29:30.000Z');
    vi.advanceTimersByTime(45_000);
    expect(clock.now.toISOString()).toBe('2018-02-08T18:30:15.000Z');
  });

  it('uses a fixed time without subscribing, and follows the clock once it is cleared', () => {
    const { host, clock } = makeHost();
    hosts.push(host);
    host.fixed = new Date('2018-02-08T19:00:00Z');
    host.connect();
    expect(clock.now.toISOString()).toBe('2018-02-08T19:00:00.000Z');
    expect(clock.live).toBe(false);
    expect(sharedClockSubscriberCount()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);

    host.fixed = undefined;
    host.update();
    expect(clock.live).toBe(true);
    expect(clock.now.toISOString()).toBe('2018-02-08T18:29:30.000Z');

    host.fixed = new Date('2018-02-08T20:30:00Z');
    host.update();
    expect(clock.live).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('treats an invalid fixed time as none', () => {
    const { host, clock } = makeHost();
    hosts.push(host);
    host.fixed = new Date('not a date');
    host.connect();
    expect(clock.live).toBe(true);
    expect(clock.now.toISOString()).toBe('2018-02-08T18:29:30.000Z');
  });

  it('pauses while the document is hidden and updates at once when shown', () => {
    const { host } = connected(1)[0]!;
    fakeDocument.show('hidden');
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10 * 60_000);
    expect(host.updates).toBe(0);
    fakeDocument.show('visible');
    expect(host.updates).toBe(1);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('shares one clock with another copy of Placard through globalThis', () => {
    connected(1);
    const registered = (globalThis as Record<symbol, unknown>)[CLOCK_KEY] as {
      subscribe(listener: () => void): () => void;
    };
    // Another bundle finds the same clock and adds to it instead of making its own.
    const other = vi.fn();
    const unsubscribe = registered.subscribe(other);
    expect(sharedClockSubscriberCount()).toBe(2);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(30_000);
    expect(other).toHaveBeenCalledTimes(1);
    unsubscribe();
  });
});

describe('domTickerEnvironment without a document', () => {
  it('counts the page as visible and watches nothing', () => {
    const env = domTickerEnvironment();
    expect(typeof document).toBe('undefined');
    expect(env.isHidden()).toBe(false);
    const stop = env.onVisibilityChange(() => {});
    expect(() => stop()).not.toThrow();
  });
});
