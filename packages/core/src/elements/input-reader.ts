import type { ReactiveController } from 'lit';
import { toInputError, type PlacardInputError } from '../model/errors.js';
import { reportError, reportLoad } from './events.js';
import { GENERATED_ATTRIBUTE } from './json-ld-script.js';
import type { PlacardElement } from './placard-element.js';

/** How a widget reads its inputs. */
export interface InputReaderOptions<T> {
  /** Reads the inputs, in the architecture's order (core's `readEventInputs`, `readAgendaInputs` …). */
  read(): Promise<T>;
  /** What is being read, for the message of an unexpected failure: "the event". */
  what: string;
  /** Called after each successful read, once the value is stored (e.g. to write structured data). */
  loaded?(value: T): void;
}

/**
 * Reads a widget's inputs and keeps the outcome: the value, the error, or
 * "still loading" — the three states every Placard widget has.
 *
 * - A read that fails keeps the last good value, so readers keep seeing it.
 * - A slow, older read never overwrites a newer one.
 * - Each outcome fires `placard-load` or `placard-error` (logged once per message).
 * - Changes to the light DOM (a webmaster's markup or script, filled in late)
 *   start a new read; the structured data the widget writes there does not.
 * - The host's `updateComplete` waits for the read in progress.
 */
export class InputReader<T> implements ReactiveController {
  /** The last value read successfully. */
  value?: T;
  /** What went wrong with the latest read, when it failed. */
  error?: PlacardInputError;
  /** True until the first read has finished. */
  loading = true;

  #generation = 0;
  readonly #loggedErrors = new Set<string>();
  readonly #observer = new MutationObserver((records) => {
    if (records.some((record) => !isGeneratedChange(record))) this.read();
  });

  constructor(
    private readonly host: PlacardElement,
    private readonly options: InputReaderOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }

  /** Starts reading the inputs again (call when an input property changes). */
  read(): void {
    const generation = ++this.#generation;
    const work = this.options.read().then(
      (value) => {
        if (generation !== this.#generation) return;
        this.value = value;
        this.error = undefined;
        this.loading = false;
        this.host.requestUpdate();
        this.options.loaded?.(value);
        reportLoad(this.host, value);
      },
      (error: unknown) => {
        if (generation !== this.#generation) return;
        this.error = toInputError(error, this.options.what);
        this.loading = false;
        this.host.requestUpdate();
        reportError(this.host, this.error, this.#loggedErrors);
      },
    );
    this.host.waitFor(work);
  }
}

/** Whether a light-DOM change is only the widget's own structured data being written. */
function isGeneratedChange(record: MutationRecord): boolean {
  const target = record.target instanceof Element ? record.target : record.target.parentElement;
  if (target?.closest(`[${GENERATED_ATTRIBUTE}]`)) return true;
  const changed = [...record.addedNodes, ...record.removedNodes];
  return (
    changed.length > 0 &&
    changed.every((node) => node instanceof Element && node.hasAttribute(GENERATED_ATTRIBUTE))
  );
}
