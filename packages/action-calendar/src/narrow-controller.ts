/**
 * Whether the calendar is too narrow for the month grid, followed as its
 * container resizes (a phone turned, a sidebar, a reader zooming in).
 *
 * The answer never changes under the reader's focus: swapping the grid for
 * the list would drop focus on the page (WCAG 2.4.3), and zooming is what a
 * reader who needs large text does mid-task. A change waits until focus has
 * left the calendar; the grid still reflows at 320 px meanwhile.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Below this width (CSS px) of the calendar itself, it shows the list unless `view` says otherwise. */
const NARROW_WIDTH = 600;

export class NarrowController implements ReactiveController {
  /** Whether the calendar is narrower than `NARROW_WIDTH`. */
  narrow = false;
  /** A change held back while the reader's focus is inside. */
  #pending?: boolean;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #resize = new ResizeObserver((entries) => {
    const width = entries[0]?.contentBoxSize[0]?.inlineSize;
    if (width === undefined || width === 0) return;
    // Re-rendering inside the observer's callback would resize the host again in the same frame.
    requestAnimationFrame(() => this.#follow(width < NARROW_WIDTH));
  });

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
    // On the host itself, so it needs no removing. Focus moving between the calendar's own
    // controls passes through here too: look once it has landed.
    host.addEventListener('focusout', () =>
      requestAnimationFrame(() => {
        if (this.#pending !== undefined) this.#follow(this.#pending);
      }),
    );
  }

  hostConnected(): void {
    this.#resize.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#resize.disconnect();
  }

  /**
   * Measures the calendar now: before its first render, so a narrow calendar
   * never flashes the grid. It forces a layout of the page, so only a calendar
   * that must choose its view should ask.
   */
  measure(): void {
    const width = this.#host.getBoundingClientRect().width;
    if (width > 0) this.narrow = width < NARROW_WIDTH;
  }

  #follow(narrow: boolean): void {
    this.#pending = undefined;
    if (narrow === this.narrow) return;
    if (this.#host.matches(':focus-within')) {
      this.#pending = narrow;
      return;
    }
    this.narrow = narrow;
    this.#host.requestUpdate();
  }
}
