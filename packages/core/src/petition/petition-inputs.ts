/**
 * What a counter needs only once it knows its source, loaded on demand: the
 * providers (with their messages and the JSON Pointer reader) and, for a
 * source read over the network, the shared polls with their fetching. A page
 * whose counter shows a typed-in count never downloads the polling code, and
 * no page waits for either before the counter's first paint.
 */
import type { CachedPetition } from './petition-cache.js';
import type { PetitionOptions } from './petition-options.js';
import type { PetitionPolls } from './petition-polls.js';
import type { PetitionAttributes, PetitionSource } from './petition-source.js';

/** A counter's attributes, read, and what it can show before its source answers. */
export interface PetitionInputs {
  source: PetitionSource;
  options: PetitionOptions;
  /** The last good reading of a live source, kept from an earlier page view (`readCachedPetition`). */
  cached?: CachedPetition | undefined;
}

/**
 * Reads a counter's attributes into its source and options
 * (`readPetitionSource`, `readPetitionOptions`) and, for a live source, its
 * cached reading, loading the providers first.
 *
 * @throws PlacardInputError naming the attribute to fix (the promise rejects).
 */
export async function readPetitionInputs(attrs: PetitionAttributes, base?: string): Promise<PetitionInputs> {
  const [{ readPetitionSource }, { readPetitionOptions }, { readCachedPetition }] = await Promise.all([
    import('./providers.js'),
    import('./petition-options.js'),
    import('./petition-cache.js'),
  ]);
  const options = readPetitionOptions(attrs);
  const source = readPetitionSource(attrs, base);
  return { options, source, cached: source.kind === 'polled' ? readCachedPetition(source.key) : undefined };
}

/** The page's shared polls (`petitionPolls()`), loaded on first use. */
export async function loadPetitionPolls(): Promise<PetitionPolls> {
  const { petitionPolls } = await import('./petition-polls.js');
  return petitionPolls();
}
