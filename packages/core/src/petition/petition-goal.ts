/**
 * The goal a counter shows its count against.
 *
 * - An explicit goal (the `goal` attribute, or the json source's `goal-path`)
 *   is the goal.
 * - Without one, a source with milestones (Parliament) aims at the next:
 *   10,000, then 100,000, then the next round number above the count.
 * - With `auto-goal`, the goal starts at the explicit goal, or at 100, and
 *   rises one round number at a time while the count has reached 90 % of it.
 * - Otherwise there is no goal, and the counter shows the count alone.
 *
 * Round numbers are 100, 200, 500, 1,000, 2,000, 5,000 … (the 1-2-5 series),
 * as in Proca's counter: each a plausible next target, and never more than
 * two and a half times the last. The 90 % trigger is SpeakOut!'s "raise the
 * goal when the count nears it": a supporter never sees a goal already met,
 * and a goal only just out of reach still looks worth pushing for.
 */
import type { PetitionSnapshot } from './petition.js';
import type { PetitionSource } from './petition-source.js';

/** `auto-goal` raises the goal once the count reaches this share of it. */
export const AUTO_GOAL_TRIGGER = 0.9;

/** Where the round numbers start: a goal below 100 signatures is never worth showing. */
const FIRST_ROUND_NUMBER = 100;

/** How to pick a goal: see the module's description. */
export interface GoalOptions {
  /** The explicit goal, if any. */
  goal?: number | undefined;
  /** Raise the goal in round-number steps as the count nears it. */
  autoGoal?: boolean | undefined;
  /** The source's milestone counts, in increasing order (`PetitionSource.thresholds`). */
  thresholds?: readonly number[] | undefined;
}

/** The smallest round number (100, 200, 500, 1,000, 2,000, 5,000 …) above `count`. */
export function nextRoundNumber(count: number): number {
  for (let magnitude = FIRST_ROUND_NUMBER; Number.isFinite(magnitude); magnitude *= 10) {
    for (const step of [1, 2, 5]) if (step * magnitude > count) return step * magnitude;
  }
  return Number.POSITIVE_INFINITY;
}

/** The goal for `count` under `options`, or `undefined` when there is none (see the module's description). */
export function resolvePetitionGoal(count: number, options: GoalOptions): number | undefined {
  const { goal, autoGoal = false, thresholds = [] } = options;
  if (goal !== undefined && !autoGoal) return goal;
  if (goal === undefined && thresholds.length > 0) {
    return thresholds.find((threshold) => threshold > count) ?? nextRoundNumber(count);
  }
  if (!autoGoal) return undefined;
  let next = goal ?? FIRST_ROUND_NUMBER;
  while (count >= next * AUTO_GOAL_TRIGGER) next = nextRoundNumber(next);
  return next;
}

/**
 * The goal a counter shows: the document's goal, else the `goal` attribute's,
 * else the source's milestones or `auto-goal` (see the module's description).
 */
export function petitionGoal(
  source: Pick<PetitionSource, 'goal' | 'thresholds'>,
  snapshot: PetitionSnapshot,
  options: { autoGoal?: boolean } = {},
): number | undefined {
  return resolvePetitionGoal(snapshot.count, {
    goal: snapshot.goal ?? source.goal,
    autoGoal: options.autoGoal,
    thresholds: source.thresholds,
  });
}
