import type { PlacardInputError } from '../model/errors.js';

/** Detail of the `placard-error` event every Placard widget fires when its input is unusable. */
export interface PlacardErrorDetail {
  error: PlacardInputError;
}

/** Detail of the `placard-load` event fired when a widget has content to show. */
export interface PlacardLoadDetail<T = unknown> {
  data: T;
}

declare global {
  interface HTMLElementEventMap {
    'placard-error': CustomEvent<PlacardErrorDetail>;
    'placard-load': CustomEvent<PlacardLoadDetail>;
  }
}

/**
 * Tells the page a widget cannot show its data: logs the detail once per distinct
 * message (a widget that re-renders must not flood the console) and fires a
 * bubbling, composed `placard-error` event.
 */
export function reportError(host: HTMLElement, error: PlacardInputError, logged: Set<string>): void {
  if (!logged.has(error.message)) {
    logged.add(error.message);
    console.warn(`Placard <${host.localName}>: ${error.message}`, error.cause ?? '');
  }
  dispatchError(host, error);
}

/**
 * Fires `placard-error` without logging, for a fault something else has
 * already logged (a poll shared by many widgets logs each fault once).
 */
export function dispatchError(host: HTMLElement, error: PlacardInputError): void {
  host.dispatchEvent(
    new CustomEvent<PlacardErrorDetail>('placard-error', {
      detail: { error },
      bubbles: true,
      composed: true,
    }),
  );
}

/** Fires a bubbling, composed `placard-load` event with the data the widget now shows. */
export function reportLoad<T>(host: HTMLElement, data: T): void {
  host.dispatchEvent(
    new CustomEvent<PlacardLoadDetail<T>>('placard-load', {
      detail: { data },
      bubbles: true,
      composed: true,
    }),
  );
}
