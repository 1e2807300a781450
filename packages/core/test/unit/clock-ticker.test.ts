import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTicker, type TickerEnvironment } from '../../src/elements/clock-controller.js';

/** Visibility a test can switch, standing in for `document.visibilityState`. */
function fakeVisibility() {
  const listeners = new Set<() => void>();
  return {
    hidden: false,
    listeners,
    set(hidden: boolean) {
      this.hidden = hidden;
      for (const listener of [...listeners]) listener();
    },
  };
}

/** An environment over vitest's fake timers and a switchable visibility. */
function fakeEnvironment(visibility = fakeVisibility()): TickerEnvironment {
  return {
    setTimeout: (callback, delay) => setTimeout(callback, delay),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    now: () => Date.now(),
    isHidden: () => visibility.hidden,
    onVisibilityChange(listener) {
      visibility.listeners.add(listener);
      return () => visibility.listeners.delete(listener);
    },
  };
}

const at = (time: string) => new Date(`2018-02-08T${time}Z`);
const iso = (dates: Date[]) => dates.map((date) => date.toISOString().slice(11, 23));

describe('createTicker', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: at('18:29:30.250') });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('sets no timer until someone subscribes', () => {
    const ticker = createTicker(fakeEnvironment());
    expect(vi.getTimerCount()).toBe(0);
    expect(ticker.running).toBe(false);
    expect(ticker.subscriberCount).toBe(0);
  });

  it('ticks on whole minutes, first at the next one', () => {
    const ticker = createTicker(fakeEnvironment());
    const ticks: Date[] = [];
    ticker.subscribe((now) => ticks.push(now));
    vi.advanceTimersByTime(29_749);
    expect(ticks).toEqual([]);
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(2 * 60_000);
    expect(iso(ticks)).toEqual(['18:30:00.000', '18:31:00.000', '18:32:00.000']);
  });

  it('re-aligns after a late timer, so lateness never adds up', () => {
    const ticker = createTicker(fakeEnvironment());
    const ticks: Date[] = [];
    ticker.subscribe((now) => ticks.push(now));
    vi.advanceTimersByTime(29_000); // 18:29:59.250
    // The page is busy (or the laptop sleeps): the wall clock jumps on
    // 1.4 s while the timer has not fired, so it fires late.
    vi.setSystemTime(at('18:30:00.650'));
    vi.advanceTimersByTime(750);
    vi.advanceTimersByTime(60_000);
    expect(iso(ticks)).toEqual(['18:30:01.400', '18:31:00.000']);
  });

  it('keeps one timer for twenty subscribers and calls each once per tick', () => {
    const ticker = createTicker(fakeEnvironment());
    const counts = Array.from({ length: 20 }, () => 0);
    counts.forEach((_, index) => ticker.subscribe(() => counts[index]!++));
    expect(ticker.subscriberCount).toBe(20);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(60_000);
    expect(vi.getTimerCount()).toBe(1);
    expect(counts).toEqual(Array.from({ length: 20 }, () => 1));
  });

  it('stops its timer when the last subscriber leaves, and restarts for a new one', () => {
    const visibility = fakeVisibility();
    const ticker = createTicker(fakeEnvironment(visibility));
    const first = ticker.subscribe(() => {});
    const second = ticker.subscribe(() => {});
    first();
    expect(vi.getTimerCount()).toBe(1);
    second();
    expect(vi.getTimerCount()).toBe(0);
    expect(ticker.running).toBe(false);
    expect(visibility.listeners.size).toBe(0);
    second(); // a second call is harmless
    expect(ticker.subscriberCount).toBe(0);

    const ticks: Date[] = [];
    ticker.subscribe((now) => ticks.push(now));
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(30_000);
    expect(iso(ticks)).toEqual(['18:30:00.000']);
  });

  it('does not call a listener after it unsubscribes', () => {
    const ticker = createTicker(fakeEnvironment());
    const kept = vi.fn();
    const dropped = vi.fn();
    ticker.subscribe(kept);
    const unsubscribe = ticker.subscribe(dropped);
    vi.advanceTimersByTime(30_000);
    unsubscribe();
    vi.advanceTimersByTime(60_000);
    expect(kept).toHaveBeenCalledTimes(2);
    expect(dropped).toHaveBeenCalledTimes(1);
  });

  it('skips a listener that an earlier one removed during the same tick', () => {
    const ticker = createTicker(fakeEnvironment());
    const later = vi.fn();
    let removeLater = () => {};
    ticker.subscribe(() => removeLater());
    removeLater = ticker.subscribe(later);
    vi.advanceTimersByTime(30_000);
    expect(later).not.toHaveBeenCalled();
  });

  it('pauses while the page is hidden and ticks at once when it is shown', () => {
    const visibility = fakeVisibility();
    const ticker = createTicker(fakeEnvironment(visibility));
    const ticks: Date[] = [];
    ticker.subscribe((now) => ticks.push(now));

    visibility.set(true);
    expect(vi.getTimerCount()).toBe(0);
    expect(ticker.running).toBe(false);
    vi.advanceTimersByTime(5 * 60_000); // 18:34:30.250
    expect(ticks).toEqual([]);

    visibility.set(false);
    expect(iso(ticks)).toEqual(['18:34:30.250']);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(29_750);
    expect(iso(ticks)).toEqual(['18:34:30.250', '18:35:00.000']);
  });

  it('ignores a "visible" notice while already running', () => {
    const visibility = fakeVisibility();
    const ticker = createTicker(fakeEnvironment(visibility));
    const listener = vi.fn();
    ticker.subscribe(listener);
    visibility.set(false);
    expect(listener).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('sets no timer for a subscriber that arrives while hidden, until shown', () => {
    const visibility = fakeVisibility();
    visibility.hidden = true;
    const ticker = createTicker(fakeEnvironment(visibility));
    const listener = vi.fn();
    ticker.subscribe(listener);
    expect(vi.getTimerCount()).toBe(0);
    visibility.set(false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('keeps ticking and calls the other listeners when one throws', () => {
    const ticker = createTicker(fakeEnvironment());
    const reported: unknown[] = [];
    const queue = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => {
      try {
        task();
      } catch (error) {
        reported.push(error);
      }
    });
    const other = vi.fn();
    ticker.subscribe(() => {
      throw new Error('render failed');
    });
    ticker.subscribe(other);
    vi.advanceTimersByTime(30_000);
    vi.advanceTimersByTime(60_000);
    queue.mockRestore();
    expect(other).toHaveBeenCalledTimes(2);
    expect(reported).toHaveLength(2);
    expect(ticker.running).toBe(true);
  });
});
