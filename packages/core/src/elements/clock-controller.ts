/**
 * "Now" for widgets that change with time (an event that starts, a meeting
 * item that is on), from one clock per page.
 *
 * A page may hold dozens of widgets; one timer each would wake the page dozens
 * of times a minute. Instead every `ClockController` subscribes to a single
 * ticker that fires on whole minutes, runs only while someone listens, and
 * sleeps while the tab is hidden. The ticker itself is a plain factory
 * (`createTicker`) over an injected environment, so its timing is unit-tested
 * without a DOM; only `domTickerEnvironment` touches `document`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const MINUTE = 60_000;

/** Called with the current time on each tick. */
export type ClockListener = (now: Date) => void;

/**
 * The part of a ticker other copies of Placard rely on. It is stored on
 * `globalThis` and may have been made by another version, so it must stay this
 * small and never change shape.
 */
export interface SharedClock {
  /** Adds a listener; the returned function removes it. */
  subscribe(listener: ClockListener): () => void;
  /** How many listeners are subscribed. */
  readonly subscriberCount: number;
}

/** A minute ticker (see `createTicker`). */
export interface Ticker extends SharedClock {
  /** Whether a timer is pending: there are subscribers and the page is visible. */
  readonly running: boolean;
}

/** What a ticker needs from its surroundings; `domTickerEnvironment` in a page, fakes in tests. */
export interface TickerEnvironment {
  setTimeout(callback: () => void, delay: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Milliseconds since the epoch, as `Date.now()`. */
  now(): number;
  /** Whether the page is hidden (a background tab, a minimised window). */
  isHidden(): boolean;
  /** Calls `listener` when visibility changes; the returned function stops that. */
  onVisibilityChange(listener: () => void): () => void;
}

/**
 * Makes a ticker that calls its subscribers at each whole minute.
 *
 * Each tick sets a fresh timeout to the next whole minute, measured from the
 * clock at that moment, rather than a `setInterval`: timers fire late (busy
 * pages, throttled tabs, a laptop waking), and re-aligning every tick means
 * lateness never accumulates. The timer only exists while there is at least one
 * subscriber and the page is visible; on becoming visible again the ticker
 * ticks at once, because minutes may have passed while it slept.
 */
export function createTicker(env: TickerEnvironment): Ticker {
  const listeners = new Set<ClockListener>();
  let timer: unknown;
  let pending = false;
  let stopWatchingVisibility: (() => void) | undefined;

  const stop = (): void => {
    if (pending) env.clearTimeout(timer);
    pending = false;
    timer = undefined;
  };

  const schedule = (): void => {
    stop();
    if (listeners.size === 0 || env.isHidden()) return;
    const delay = MINUTE - (env.now() % MINUTE);
    pending = true;
    timer = env.setTimeout(tick, delay);
  };

  function tick(): void {
    pending = false;
    timer = undefined;
    // Schedule before notifying, so a listener that throws cannot stop the clock.
    schedule();
    const now = new Date(env.now());
    for (const listener of [...listeners]) {
      // A listener removed by an earlier one in this tick is not called.
      if (!listeners.has(listener)) continue;
      try {
        listener(now);
      } catch (error) {
        // Report it as an uncaught error without skipping the other listeners.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  const onVisibilityChange = (): void => {
    if (env.isHidden()) stop();
    else if (!pending && listeners.size > 0) tick();
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!stopWatchingVisibility) stopWatchingVisibility = env.onVisibilityChange(onVisibilityChange);
      if (!pending) schedule();
      return () => {
        if (!listeners.delete(listener) || listeners.size > 0) return;
        stop();
        stopWatchingVisibility?.();
        stopWatchingVisibility = undefined;
      };
    },
    get subscriberCount() {
      return listeners.size;
    },
    get running() {
      return pending;
    },
  };
}

/**
 * The page's timers and `document.visibilityState`. Globals are looked up when
 * called, not when made, so test doubles installed later are used; without a
 * `document` (Node) the page counts as always visible.
 */
export function domTickerEnvironment(): TickerEnvironment {
  return {
    setTimeout: (callback, delay) => globalThis.setTimeout(callback, delay),
    clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    now: () => Date.now(),
    isHidden: () => typeof document !== 'undefined' && document.visibilityState === 'hidden',
    onVisibilityChange(listener) {
      if (typeof document === 'undefined') return () => {};
      document.addEventListener('visibilitychange', listener);
      return () => document.removeEventListener('visibilitychange', listener);
    },
  };
}

const CLOCK_KEY = Symbol.for('placard.clock');

/**
 * The page's one shared clock, kept on `globalThis` under a registered symbol
 * so that two copies of Placard on one page (two bundles, two versions) share
 * one timer, as `i18n/localize.ts` shares its state.
 */
function sharedClock(): SharedClock {
  const holder = globalThis as typeof globalThis & { [CLOCK_KEY]?: SharedClock };
  const existing = holder[CLOCK_KEY];
  if (existing && typeof existing.subscribe === 'function') return existing;
  return (holder[CLOCK_KEY] = createTicker(domTickerEnvironment()));
}

/**
 * How many listeners the page's shared clock has (0 before any widget used it).
 * For tests: twenty widgets show twenty subscribers to one clock, and a
 * disconnected widget's subscription is gone.
 */
export function sharedClockSubscriberCount(): number {
  const holder = globalThis as typeof globalThis & { [CLOCK_KEY]?: SharedClock };
  return holder[CLOCK_KEY]?.subscriberCount ?? 0;
}

/** Options of `ClockController`. */
export interface ClockControllerOptions {
  /**
   * A fixed time for the host, e.g. from its `now` attribute in stories and
   * tests. Asked again before each update; while it gives a valid date the
   * controller uses it and does not subscribe to the clock.
   */
  now?: () => Date | undefined;
}

/**
 * Gives a widget the current time and updates it at each whole minute, from
 * the page's one shared clock.
 *
 * ```ts
 * class MyWidget extends LitElement {
 *   now?: string; // attribute, for stories and tests
 *   private clock = new ClockController(this, { now: () => (this.now ? new Date(this.now) : undefined) });
 *   render() {
 *     return isPast(this.event, this.clock.now) ? html`…ended…` : html`…`;
 *   }
 * }
 * ```
 */
export class ClockController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #fixed: (() => Date | undefined) | undefined;
  #connected = false;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, options: ClockControllerOptions = {}) {
    this.#host = host;
    this.#fixed = options.now;
    host.addController(this);
  }

  /**
   * The host's fixed time when it has one, else the time now. Read live rather
   * than kept from the last tick, so an update for any other reason (a
   * property change mid-minute) sees the true time too.
   */
  get now(): Date {
    return this.#fixedNow() ?? new Date();
  }

  /** Whether the controller is following the shared clock (connected, no fixed time). */
  get live(): boolean {
    return this.#unsubscribe !== undefined;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#follow();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#follow();
  }

  // The fixed time comes from a host property that may be set or cleared at
  // any moment, and every such change goes through an update.
  hostUpdate(): void {
    this.#follow();
  }

  #fixedNow(): Date | undefined {
    const fixed = this.#fixed?.();
    return fixed instanceof Date && !Number.isNaN(fixed.getTime()) ? fixed : undefined;
  }

  /** Subscribes or unsubscribes so that only connected hosts without a fixed time listen. */
  #follow(): void {
    const wanted = this.#connected && this.#fixedNow() === undefined;
    if (wanted && !this.#unsubscribe) {
      this.#unsubscribe = sharedClock().subscribe(this.#onTick);
    } else if (!wanted && this.#unsubscribe) {
      this.#unsubscribe();
      this.#unsubscribe = undefined;
    }
  }

  readonly #onTick = (): void => {
    this.#host.requestUpdate();
  };
}
