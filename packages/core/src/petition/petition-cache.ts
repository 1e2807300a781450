/**
 * The last good reading of each petition source, kept in `localStorage`, so a
 * counter can show a number at once on the next page view instead of a blank
 * while its first request is under way.
 *
 * Neither reading nor writing ever throws: storage may be switched off
 * (private windows, blocked cookies, sandboxed frames throw on mere access),
 * full, or hold anything at all — another version's shape, or text some other
 * script wrote. What is read is checked, and anything that does not check out
 * counts as nothing cached.
 */
import * as v from 'valibot';
import { PETITION_MILESTONE_KINDS, type PetitionSnapshot } from './petition.js';

/** The part of `Storage` the cache uses (`localStorage`, or a fake in tests). */
export type PetitionStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** A reading and when it was fetched. */
export interface CachedPetition {
  snapshot: PetitionSnapshot;
  fetchedAt: Date;
}

const KEY_PREFIX = 'placard:petition:';

/** Changes whenever the stored shape does, so that entries written by other versions are ignored. */
const VERSION = 1;

const instant = v.pipe(
  v.string(),
  v.check((text) => !Number.isNaN(Date.parse(text))),
);
const wholeNumber = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

const StoredPetitionSchema = v.object({
  version: v.literal(VERSION),
  fetchedAt: v.pipe(v.number(), v.finite()),
  snapshot: v.object({
    count: wholeNumber,
    goal: v.optional(v.pipe(wholeNumber, v.minValue(1))),
    title: v.optional(v.string()),
    state: v.optional(v.string()),
    openedAt: v.optional(instant),
    closedAt: v.optional(instant),
    milestones: v.array(
      v.object({ kind: v.picklist(PETITION_MILESTONE_KINDS), at: instant, dateOnly: v.boolean() }),
    ),
  }),
});

/** The page's `localStorage`, or `undefined` where there is none or touching it throws. */
export function pageStorage(): PetitionStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The cached reading of the source with this key (`PetitionSource.key`), or `undefined`. */
export function readCachedPetition(
  key: string,
  storage: PetitionStorage | undefined = pageStorage(),
): CachedPetition | undefined {
  let stored: unknown;
  try {
    const text = storage?.getItem(KEY_PREFIX + key);
    if (text == null) return undefined;
    stored = JSON.parse(text);
  } catch {
    return undefined;
  }
  const result = v.safeParse(StoredPetitionSchema, stored);
  if (!result.success) return undefined;
  const { snapshot, fetchedAt } = result.output;
  const cached: CachedPetition = {
    fetchedAt: new Date(fetchedAt),
    snapshot: {
      count: snapshot.count,
      milestones: snapshot.milestones.map((milestone) => ({ ...milestone, at: new Date(milestone.at) })),
    },
  };
  if (snapshot.goal !== undefined) cached.snapshot.goal = snapshot.goal;
  if (snapshot.title !== undefined) cached.snapshot.title = snapshot.title;
  if (snapshot.state !== undefined) cached.snapshot.state = snapshot.state;
  if (snapshot.openedAt !== undefined) cached.snapshot.openedAt = new Date(snapshot.openedAt);
  if (snapshot.closedAt !== undefined) cached.snapshot.closedAt = new Date(snapshot.closedAt);
  return cached;
}

/**
 * Keeps a reading for the next page view. Returns whether it was stored: a
 * full or disabled storage is not a fault worth telling anyone about.
 */
export function writeCachedPetition(
  key: string,
  cached: CachedPetition,
  storage: PetitionStorage | undefined = pageStorage(),
): boolean {
  if (!storage) return false;
  try {
    // Dates are written as ISO text by their toJSON.
    const stored = { version: VERSION, fetchedAt: cached.fetchedAt.getTime(), snapshot: cached.snapshot };
    storage.setItem(KEY_PREFIX + key, JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}
