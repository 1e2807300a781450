import type { ReactiveController } from 'lit';
import {
  dispatchError,
  loadPetitionPolls,
  reportError,
  reportLoad,
  toInputError,
  type CachedPetition,
  type PetitionPolls,
  type PetitionSnapshot,
  type PetitionSource,
  type PetitionUpdate,
  type PlacardElement,
  type PlacardInputError,
} from '@placard/core';

/** A reading a counter shows. */
export interface PetitionReading {
  snapshot: PetitionSnapshot;
  /** When it was fetched (or last confirmed); `undefined` for a count written on the element. */
  fetchedAt?: Date | undefined;
  /** Kept from an earlier page view, and not yet confirmed by the source. */
  cached: boolean;
}

/** What `placard-load` carries: the reading now shown. */
export interface PetitionLoadDetail {
  snapshot: PetitionSnapshot;
  fetchedAt?: Date | undefined;
}

/** How to follow a source. */
export interface PetitionFollowOptions {
  /** The `refresh` attribute, in seconds. */
  refreshSeconds?: number | undefined;
  /** The polls to follow it through; default the page's shared ones. */
  polls?: PetitionPolls | undefined;
  /** The reading kept from an earlier page view, shown until the source answers. */
  cached?: CachedPetition | undefined;
}

export interface PetitionFeedOptions {
  /**
   * Called whenever a reading arrives, with the one shown before it:
   * `undefined` for the first reading of a petition (content, not news).
   */
  changed(reading: PetitionReading, previous: PetitionReading | undefined): void;
}

/**
 * Follows a counter's source: the cached reading at once for first paint, then
 * the page's shared poll for it (`petitionPolls`), for as long as the host is
 * connected. Keeps the last good reading through faults and fires
 * `placard-load` and `placard-error` on the host. A count written on the
 * element (the static provider) is simply shown.
 *
 * The host's `updateComplete` waits for the source's first answer, so tests
 * and stories see the count (or the fault), not the loading state.
 */
export class PetitionFeed implements ReactiveController {
  /** The reading to show: the latest good one, or the cached one until then. */
  reading?: PetitionReading;
  /** Why the latest attempt failed; `undefined` once one succeeds. */
  error?: PlacardInputError;
  /** The source has not answered yet. */
  loading = true;

  #source?: PetitionSource;
  #options: PetitionFollowOptions = {};
  #connected = false;
  #unsubscribe?: () => void;
  #answered?: () => void;

  readonly #host: PlacardElement;
  readonly #changed: PetitionFeedOptions['changed'];

  constructor(host: PlacardElement, options: PetitionFeedOptions) {
    this.#host = host;
    this.#changed = options.changed;
    host.addController(this);
  }

  /**
   * Follows `source` (nothing, when `undefined`). Following the same petition
   * again changes nothing; a count written on the element that changes is a new
   * reading of the same petition, so the host can count up to it.
   */
  follow(source: PetitionSource | undefined, options: PetitionFollowOptions): void {
    const previous = this.#source;
    const samePetition =
      source !== undefined &&
      previous !== undefined &&
      (source.key === previous.key || (source.kind === 'fixed' && previous.kind === 'fixed'));
    const sameSubscription =
      samePetition &&
      source.key === previous.key &&
      options.refreshSeconds === this.#options.refreshSeconds &&
      options.polls === this.#options.polls;
    this.#source = source;
    this.#options = options;
    if (sameSubscription) return;
    this.#stop();
    if (!samePetition) {
      this.reading = undefined;
      this.error = undefined;
      this.loading = true;
    }
    if (source?.kind === 'fixed') {
      this.loading = false;
      this.error = undefined;
      this.#show({ snapshot: source.snapshot, cached: false });
      reportLoad<PetitionLoadDetail>(this.#host, { snapshot: source.snapshot });
      return;
    }
    const { cached } = options;
    if (cached && !this.reading) {
      this.#show({ snapshot: cached.snapshot, fetchedAt: cached.fetchedAt, cached: true });
    }
    this.#subscribe();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#subscribe();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  #subscribe(): void {
    const source = this.#source;
    if (!this.#connected || this.#unsubscribe || source?.kind !== 'polled') return;
    this.#host.waitFor(new Promise<void>((resolve) => (this.#answered = resolve)));
    const { polls, refreshSeconds } = this.#options;
    let stopped = false;
    this.#unsubscribe = () => (stopped = true); // until the polls have loaded
    (polls ? Promise.resolve(polls) : loadPetitionPolls()).then(
      (loaded) => {
        if (stopped) return;
        // A poll that already has news calls back before `subscribe` returns.
        this.#unsubscribe = loaded.subscribe(source, this.#onUpdate, { refreshSeconds });
      },
      (error: unknown) => {
        if (stopped) return;
        this.loading = false;
        this.error = toInputError(error, 'the petition counter’s live updates');
        reportError(this.#host, this.error, new Set());
        this.#host.requestUpdate();
        this.#settle();
      },
    );
  }

  #stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#settle();
  }

  #settle(): void {
    this.#answered?.();
    this.#answered = undefined;
  }

  #show(reading: PetitionReading): void {
    const previous = this.reading;
    this.reading = reading;
    this.#changed(reading, previous);
  }

  readonly #onUpdate = (update: PetitionUpdate): void => {
    this.loading = false;
    this.error = update.error;
    // Without a reading of its own yet, the poll's fault leaves the cached one showing.
    if (update.snapshot)
      this.#show({ snapshot: update.snapshot, fetchedAt: update.fetchedAt, cached: false });
    this.#host.requestUpdate();
    if (update.error) {
      // The poll has logged this fault once already.
      dispatchError(this.#host, update.error);
    } else if (update.snapshot) {
      reportLoad<PetitionLoadDetail>(this.#host, { snapshot: update.snapshot, fetchedAt: update.fetchedAt });
    }
    this.#settle();
  };
}
