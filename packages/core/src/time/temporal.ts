/**
 * Access to the Temporal API without paying for the polyfill where the browser
 * already has it.
 *
 * Temporal is only needed to turn wall times into instants (parsing input), so it
 * is loaded on demand: a page that only formats events never downloads the
 * polyfill, and a browser with native Temporal (current Chromium and Firefox)
 * never does either.
 * The polyfill is imported as a module ("ponyfill"), never installed on
 * `globalThis`, so Placard cannot change the behaviour of the host page.
 */
import type { Temporal } from 'temporal-polyfill';

/** The `Temporal` namespace object, whether native or polyfilled. */
export type TemporalAPI = typeof Temporal;

// Re-exported so callers can name Temporal types (`Temporal.PlainDate`) without
// importing the polyfill package themselves.
export type { Temporal } from 'temporal-polyfill';

let loading: Promise<TemporalAPI> | undefined;

/**
 * Resolve the Temporal API: the native `globalThis.Temporal` when present,
 * otherwise the `temporal-polyfill` module, loaded once and shared.
 *
 * A failed polyfill download is not memoised, so a later call can retry.
 */
export function loadTemporal(): Promise<TemporalAPI> {
  loading ??= load();
  return loading;
}

function load(): Promise<TemporalAPI> {
  const native = (globalThis as { Temporal?: TemporalAPI }).Temporal;
  if (native) return Promise.resolve(native);
  return import('temporal-polyfill').then(
    (module) => module.Temporal,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
}
