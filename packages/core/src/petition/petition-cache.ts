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
import { PETITION_MILESTONE_KINDS, type PetitionMilestone, type PetitionSnapshot } from './petition.js';

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

// Checked by hand rather than with a schema library: this runs on every page
// with a counter, before anything else of it loads, and the shape is small.
// (Not with json-text's `isJsonObject` either, whose module would come along.)
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isWholeNumber = (value: unknown): value is number => Number.isSafeInteger(value) && Number(value) >= 0;
const isText = (value: unknown): value is string => typeof value === 'string';
const isInstant = (value: unknown): value is string => isText(value) && !Number.isNaN(Date.parse(value));
const isMilestoneKind = (value: unknown): value is PetitionMilestone['kind'] =>
  (PETITION_MILESTONE_KINDS as readonly unknown[]).includes(value);
const absentOr = <T>(value: unknown, check: (value: unknown) => value is T): value is T | undefined =>
  value === undefined || check(value);

/** A stored entry as a reading, or `undefined` when it is not one this version wrote. */
function readStored(stored: unknown): CachedPetition | undefined {
  if (!isRecord(stored) || stored.version !== VERSION) return undefined;
  const { fetchedAt, snapshot } = stored;
  if (typeof fetchedAt !== 'number' || !Number.isFinite(fetchedAt) || !isRecord(snapshot)) return undefined;
  const { count, goal, title, state, openedAt, closedAt, milestones } = snapshot;
  if (
    !isWholeNumber(count) ||
    !absentOr(goal, isWholeNumber) ||
    goal === 0 ||
    !absentOr(title, isText) ||
    !absentOr(state, isText) ||
    !absentOr(openedAt, isInstant) ||
    !absentOr(closedAt, isInstant) ||
    !Array.isArray(milestones)
  ) {
    return undefined;
  }
  const reached: PetitionMilestone[] = [];
  for (const milestone of milestones) {
    if (!isRecord(milestone)) return undefined;
    const { kind, at, dateOnly } = milestone;
    if (!isMilestoneKind(kind) || !isInstant(at) || typeof dateOnly !== 'boolean') return undefined;
    reached.push({ kind, at: new Date(at), dateOnly });
  }
  const reading: PetitionSnapshot = { count, milestones: reached };
  if (goal !== undefined) reading.goal = goal;
  if (title !== undefined) reading.title = title;
  if (state !== undefined) reading.state = state;
  if (openedAt !== undefined) reading.openedAt = new Date(openedAt);
  if (closedAt !== undefined) reading.closedAt = new Date(closedAt);
  return { snapshot: reading, fetchedAt: new Date(fetchedAt) };
}

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
  return readStored(stored);
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
