/**
 * The one interface every petition provider implements. A provider reads the
 * counter's attributes into a source; a source either holds its reading
 * (`fixed`) or tells the poller what to fetch and how to read the answer
 * (`polled`). Adding a provider is a new module implementing
 * `PetitionProvider` and one line in `providers.ts`.
 */
import type { PetitionSnapshot } from './petition.js';

/** The counter's attributes by name (`petition-id`, `count-path` …); `null` or `undefined` means absent. */
export type PetitionAttributes = Readonly<Record<string, string | null | undefined>>;

interface PetitionSourceBase {
  /** The provider's name, as in the `provider` attribute. */
  readonly provider: string;
  /**
   * Identifies what is counted: counters whose sources have the same key share
   * one poll, and the last good reading is cached under it.
   */
  readonly key: string;
  /** The goal set by the `goal` attribute, if any. */
  readonly goal?: number;
  /**
   * Signature counts at which the source's petitions reach milestones, in
   * increasing order (Parliament: 10,000 and 100,000); empty when there are none.
   */
  readonly thresholds: readonly number[];
  /** The petition's own page, for a "sign the petition" link, when the source knows it. */
  readonly pageUrl?: string;
}

/** A source whose reading is in the page itself (the `static` provider). */
export interface FixedPetitionSource extends PetitionSourceBase {
  readonly kind: 'fixed';
  readonly snapshot: PetitionSnapshot;
}

/** A source read over the network, again every refresh interval. */
export interface PolledPetitionSource extends PetitionSourceBase {
  readonly kind: 'polled';
  /** The attribute that names the address, for messages about fetching it (`src`, `petition-id`). */
  readonly field: string;
  /**
   * The address to fetch next.
   *
   * @param previous The last reading this poll fetched, if any (never the
   *   cached one, which may be out of date).
   */
  url(previous: PetitionSnapshot | undefined): string;
  /**
   * Reads a fetched JSON body.
   *
   * @param url The address it came from, as returned by `url(previous)`.
   * @throws PlacardInputError saying what in the body is wrong.
   */
  read(body: unknown, url: string, previous: PetitionSnapshot | undefined): PetitionSnapshot;
}

export type PetitionSource = FixedPetitionSource | PolledPetitionSource;

/** A way to count petition signatures, selected by the `provider` attribute. */
export interface PetitionProvider {
  /** The `provider` attribute's value that selects it, e.g. `parliament-uk`. */
  readonly name: string;
  /** Whether attributes without a `provider` are clearly meant for this provider. */
  detect(attrs: PetitionAttributes): boolean;
  /**
   * Reads the attributes this provider uses.
   *
   * @param base The address relative `src` values are resolved against.
   * @throws PlacardInputError naming the attribute to fix.
   */
  source(attrs: PetitionAttributes, base: string | undefined): PetitionSource;
}

/** An attribute's value, trimmed, or `undefined` when absent or blank. */
export function attribute(attrs: PetitionAttributes, name: string): string | undefined {
  const value = attrs[name]?.trim();
  return value ? value : undefined;
}
