/**
 * Live petition counts, one poll per source for the whole page.
 *
 * Counters subscribe with their source; counters whose sources have the same
 * key share one poll, so twenty counters for one petition cost one request per
 * interval. A poll:
 *
 * - asks at once for its first subscriber, then every refresh interval (the
 *   fastest any subscriber asked for, never faster than 15 s or the answers'
 *   `max-age`: see `refresh-interval.ts`);
 * - sleeps while the page is hidden and, on its return, asks at once if the
 *   wait ran out meanwhile, else waits out the rest;
 * - after failures, waits longer each time (see `backoff.ts`), keeps the last
 *   good reading, tells subscribers what went wrong, and logs each distinct
 *   fault once with `console.warn` rather than on every retry;
 * - stops for good once the petition is closed or rejected;
 * - stops when its last subscriber leaves, cancelling a request under way;
 * - stores each good reading for the next page view (`petition-cache.ts`).
 *
 * Nothing escapes its timers: every failure becomes a `PlacardInputError` for
 * the subscribers, and a subscriber that throws is reported as an uncaught
 * error without stopping the poll or the other subscribers.
 *
 * The poll works over an injected environment (`createPetitionPolls`), so its
 * timing is unit-tested without a DOM; `petitionPolls()` is the page's own.
 */
import { domTickerEnvironment, type TickerEnvironment } from '../elements/clock-controller.js';
import { toInputError, type PlacardInputError } from '../model/errors.js';
import { backoffDelay } from './backoff.js';
import { fetchPetitionJson } from './fetch-petition.js';
import { isFinalPetition, type PetitionSnapshot } from './petition.js';
import { pageStorage, writeCachedPetition, type PetitionStorage } from './petition-cache.js';
import type { PolledPetitionSource } from './petition-source.js';
import { refreshIntervalMs } from './refresh-interval.js';

/** What subscribers hear after each attempt (and at once on subscribing, when there is news). */
export interface PetitionUpdate {
  /** The last good reading, kept through failures. */
  snapshot?: PetitionSnapshot | undefined;
  /** When `snapshot` was fetched, or last confirmed unchanged. */
  fetchedAt?: Date | undefined;
  /** Why the latest attempt failed; `undefined` once one succeeds. */
  error?: PlacardInputError | undefined;
  /** True once the petition is closed or rejected: nothing more will come. */
  final: boolean;
}

export type PetitionListener = (update: PetitionUpdate) => void;

/** Options of one subscription. */
export interface PetitionSubscribeOptions {
  /**
   * The counter's `refresh`, in seconds; default 60. A poll follows the
   * fastest of its subscribers, from its next request on.
   */
  refreshSeconds?: number | undefined;
}

/** What polls need from their surroundings: the clock's needs, and more. */
export interface PetitionPollEnvironment extends TickerEnvironment {
  fetch(url: string, init: RequestInit): Promise<Response>;
  /** The page's origin (`https://branch.example`), or `undefined` outside a page. */
  origin(): string | undefined;
  /** Where readings are kept for the next page view. */
  storage(): PetitionStorage | undefined;
  /** A number in [0, 1), as `Math.random()`: the jitter of the back-off. */
  random(): number;
  /** Logs a fault, as `console.warn`. */
  warn(message: string, detail: unknown): void;
}

/** The page's polls (see the module's description). */
export interface PetitionPolls {
  /**
   * Follows a source's count. When its poll already has a reading or an
   * error, `listener` hears it before this returns.
   *
   * @returns A function that ends this subscription.
   */
  subscribe(
    source: PolledPetitionSource,
    listener: PetitionListener,
    options?: PetitionSubscribeOptions,
  ): () => void;
  /** How many sources are being followed. */
  readonly size: number;
}

interface Subscription {
  readonly listener: PetitionListener;
  readonly refreshSeconds: number | undefined;
}

/** The last good answer, with what a conditional request needs to ask "changed since?". */
interface LastGood {
  snapshot: PetitionSnapshot;
  url: string;
  etag?: string | undefined;
  lastModified?: string | undefined;
  fetchedAt: number;
}

interface Poll {
  readonly source: PolledPetitionSource;
  readonly subscriptions: Set<Subscription>;
  /** Faults already logged, by message. */
  readonly logged: Set<string>;
  lastGood?: LastGood;
  error?: PlacardInputError;
  /** Failures in a row. */
  failures: number;
  /** The answers' latest `max-age`, in seconds. */
  maxAge?: number;
  /** When the last attempt ended; `undefined` before the first. */
  lastAttemptAt?: number;
  /** How long after `lastAttemptAt` the next attempt is due, chosen when that attempt ended. */
  delay: number;
  timer: unknown;
  pending: boolean;
  inFlight?: AbortController;
  final: boolean;
}

/** Makes a set of polls over `env` (see the module's description). */
export function createPetitionPolls(env: PetitionPollEnvironment): PetitionPolls {
  const polls = new Map<string, Poll>();
  let stopWatchingVisibility: (() => void) | undefined;

  const isLive = (poll: Poll): boolean => polls.get(poll.source.key) === poll;

  const interval = (poll: Poll): number =>
    Math.min(
      ...[...poll.subscriptions].map((subscription) =>
        refreshIntervalMs(subscription.refreshSeconds, poll.maxAge),
      ),
    );

  const clearTimer = (poll: Poll): void => {
    if (poll.pending) env.clearTimeout(poll.timer);
    poll.pending = false;
    poll.timer = undefined;
  };

  const schedule = (poll: Poll, delay: number): void => {
    clearTimer(poll);
    if (poll.final || !isLive(poll) || env.isHidden()) return;
    poll.pending = true;
    poll.timer = env.setTimeout(() => {
      poll.pending = false;
      poll.timer = undefined;
      void attempt(poll);
    }, delay);
  };

  const updateOf = (poll: Poll): PetitionUpdate => ({
    snapshot: poll.lastGood?.snapshot,
    fetchedAt: poll.lastGood ? new Date(poll.lastGood.fetchedAt) : undefined,
    error: poll.error,
    final: poll.final,
  });

  const deliver = (listener: PetitionListener, update: PetitionUpdate): void => {
    try {
      listener(update);
    } catch (error) {
      // Report it as an uncaught error without skipping the other listeners.
      queueMicrotask(() => {
        throw error;
      });
    }
  };

  const notify = (poll: Poll): void => {
    const update = updateOf(poll);
    for (const subscription of [...poll.subscriptions]) {
      // A subscription ended by an earlier listener in this round hears nothing.
      if (poll.subscriptions.has(subscription)) deliver(subscription.listener, update);
    }
  };

  const succeed = (poll: Poll, lastGood: LastGood | undefined): void => {
    poll.failures = 0;
    poll.error = undefined;
    if (!lastGood) return;
    poll.lastGood = lastGood;
    poll.final = isFinalPetition(lastGood.snapshot);
    writeCachedPetition(
      poll.source.key,
      { snapshot: lastGood.snapshot, fetchedAt: new Date(lastGood.fetchedAt) },
      env.storage(),
    );
  };

  const fail = (poll: Poll, error: unknown, url: string): void => {
    poll.failures++;
    poll.error = toInputError(error, `the petition count from ${url}`);
    if (poll.logged.has(poll.error.message)) return;
    poll.logged.add(poll.error.message);
    env.warn(`Placard petition counter: ${poll.error.message}`, poll.error.cause ?? '');
  };

  /** One request, then the next one scheduled and the subscribers told. Never rejects. */
  async function attempt(poll: Poll): Promise<void> {
    if (poll.inFlight || poll.final || !isLive(poll)) return;
    const controller = new AbortController();
    poll.inFlight = controller;
    const previous = poll.lastGood;
    let url = '';
    try {
      url = poll.source.url(previous?.snapshot);
      const sameUrl = previous?.url === url;
      const result = await fetchPetitionJson(
        {
          url,
          field: poll.source.field,
          etag: sameUrl ? previous.etag : undefined,
          lastModified: sameUrl ? previous.lastModified : undefined,
        },
        { fetch: env.fetch, timers: env, signal: controller.signal, pageOrigin: env.origin() },
      );
      if (controller.signal.aborted) return;
      if (result.maxAge !== undefined) poll.maxAge = result.maxAge;
      const now = env.now();
      if (result.status === 'ok') {
        const snapshot = poll.source.read(result.body, url, previous?.snapshot);
        succeed(poll, {
          snapshot,
          url,
          etag: result.etag,
          lastModified: result.lastModified,
          fetchedAt: now,
        });
      } else {
        // 304: the last answer still holds (conditional requests are only sent when there is one).
        succeed(poll, previous && { ...previous, fetchedAt: now });
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      fail(poll, error, url);
    } finally {
      if (poll.inFlight === controller) poll.inFlight = undefined;
    }
    poll.lastAttemptAt = env.now();
    poll.delay = backoffDelay(poll.failures, interval(poll), () => env.random());
    schedule(poll, poll.delay);
    notify(poll);
  }

  const onVisibilityChange = (): void => {
    const hidden = env.isHidden();
    for (const poll of polls.values()) {
      if (hidden) clearTimer(poll);
      else if (poll.pending || poll.inFlight || poll.final) continue;
      else if (poll.lastAttemptAt === undefined) void attempt(poll);
      else {
        const waited = env.now() - poll.lastAttemptAt;
        if (waited >= poll.delay) void attempt(poll);
        else schedule(poll, poll.delay - waited);
      }
    }
  };

  const stop = (poll: Poll): void => {
    clearTimer(poll);
    poll.inFlight?.abort();
    polls.delete(poll.source.key);
    if (polls.size > 0) return;
    stopWatchingVisibility?.();
    stopWatchingVisibility = undefined;
  };

  return {
    subscribe(source, listener, options = {}) {
      let poll = polls.get(source.key);
      if (!poll) {
        poll = {
          source,
          subscriptions: new Set(),
          logged: new Set(),
          failures: 0,
          delay: 0,
          timer: undefined,
          pending: false,
          final: false,
        };
        polls.set(source.key, poll);
      }
      const subscription: Subscription = { listener, refreshSeconds: options.refreshSeconds };
      poll.subscriptions.add(subscription);
      stopWatchingVisibility ??= env.onVisibilityChange(onVisibilityChange);
      if (poll.lastGood || poll.error) deliver(listener, updateOf(poll));
      if (poll.subscriptions.size === 1 && !env.isHidden()) void attempt(poll);
      const subscribed = poll;
      return () => {
        if (!subscribed.subscriptions.delete(subscription) || subscribed.subscriptions.size > 0) return;
        if (isLive(subscribed)) stop(subscribed);
      };
    },
    get size() {
      return polls.size;
    },
  };
}

/**
 * The page's timers, visibility, `fetch`, `localStorage` and console. Globals
 * are looked up when called, not when made, so test doubles installed later
 * are used.
 */
export function domPollEnvironment(): PetitionPollEnvironment {
  return {
    ...domTickerEnvironment(),
    fetch: (url, init) => globalThis.fetch(url, init),
    // A file: page's origin is "null", and no request shares it.
    origin: () =>
      typeof location === 'undefined' || location.origin === 'null' ? undefined : location.origin,
    storage: pageStorage,
    random: () => Math.random(),
    warn: (message, detail) => console.warn(message, detail),
  };
}

let pagePolls: PetitionPolls | undefined;

/** The page's one set of polls, made on first use. */
export function petitionPolls(): PetitionPolls {
  return (pagePolls ??= createPetitionPolls(domPollEnvironment()));
}
