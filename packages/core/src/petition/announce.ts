/**
 * When a counter tells screen-reader users about a new count (through a
 * polite live region): at most once a minute, and at milestones — never on
 * every tick, which would talk over everything else on the page.
 */
import type { PetitionMilestone, PetitionSnapshot } from './petition.js';

/** The shortest time between two announcements of a mere change in count. */
export const ANNOUNCE_INTERVAL_MS = 60_000;

/** What the reader last heard (or, before any announcement, saw at first paint), and when. */
export interface Announced {
  count: number;
  /** Milliseconds since the epoch, as `Date.now()`. */
  at: number;
}

/** What an update brought that is worth announcing however recent the last announcement. */
export interface MilestonesReached {
  /** Milestones the source reports now and did not before. */
  milestones: PetitionMilestone[];
  /** Marks the count has reached since (a goal, Parliament's 10,000 and 100,000), in increasing order. */
  counts: number[];
}

/**
 * What `after` reached that `before` had not.
 *
 * @param marks The counts that matter: the source's `thresholds` and the goal shown.
 */
export function milestonesReached(
  before: PetitionSnapshot,
  after: PetitionSnapshot,
  marks: readonly number[],
): MilestonesReached {
  const known = new Set(before.milestones.map((milestone) => milestone.kind));
  return {
    milestones: after.milestones.filter((milestone) => !known.has(milestone.kind)),
    counts: [...new Set(marks)]
      .filter((mark) => before.count < mark && mark <= after.count)
      .sort((a, b) => a - b),
  };
}

/**
 * Whether to announce an update now.
 *
 * @param last What was last announced, or shown at first paint; `undefined`
 *   before the counter has shown anything, when the first count is content
 *   to read, not news to announce.
 * @param update The new count, the time, and whether it reached a milestone
 *   (see `milestonesReached`).
 */
export function shouldAnnounce(
  last: Announced | undefined,
  update: { count: number; now: number; milestone: boolean },
): boolean {
  if (last === undefined) return false;
  if (update.milestone) return true;
  return update.count !== last.count && update.now - last.at >= ANNOUNCE_INTERVAL_MS;
}
