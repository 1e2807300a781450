import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interpolateCount } from '@placard/core';

/** How long a count-up takes. */
const DURATION_MS = 1000;

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * The number a counter shows while it counts up to a new count: one frame at a
 * time over about a second, eased (core's `interpolateCount`). Under
 * `prefers-reduced-motion`, or when the count falls (Parliament removes
 * invalid signatures), it goes straight to the new number.
 *
 * Only the picture moves: the host gives screen readers the final count
 * elsewhere, so they never hear the numbers in between.
 */
export class CountUpController implements ReactiveController {
  /** The number to draw now; `undefined` before the first count. */
  value?: number;

  #target?: number;
  #frame?: number;

  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * Moves to `target`.
   *
   * @param animate Count up from the number shown, rather than jump: for a
   *   count that rose while the reader was looking, not for the first one.
   */
  set(target: number, animate: boolean): void {
    this.#stop();
    this.#target = target;
    const from = this.value;
    if (!animate || from === undefined || target <= from || prefersReducedMotion()) {
      this.value = target;
      this.#host.requestUpdate();
      return;
    }
    let start: number | undefined;
    const step = (time: number): void => {
      start ??= time;
      const t = (time - start) / DURATION_MS;
      this.value = interpolateCount(from, target, t);
      this.#frame = t < 1 ? requestAnimationFrame(step) : undefined;
      this.#host.requestUpdate();
    };
    this.#frame = requestAnimationFrame(step);
  }

  hostDisconnected(): void {
    // Nothing draws a detached element: land on the count, ready for a reconnect.
    this.#stop();
    if (this.#target !== undefined) this.value = this.#target;
  }

  #stop(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }
}
