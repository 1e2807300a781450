/**
 * Pure decisions about showing the number: whether to show it yet, and the
 * in-between values of a count-up. The component owns the animation itself
 * (and skips it under `prefers-reduced-motion`).
 */

/**
 * Whether the counter shows its number: once the count has reached
 * `minDisplay` (`min-display`). Below it, "12 people have signed" does a
 * campaign more harm than no number at all.
 */
export function showsCount(count: number, minDisplay = 0): boolean {
  return count >= minDisplay;
}

/** Ease-out cubic: fast at first, settling gently on the new number. `t` is clamped to [0, 1]. */
export function easeOutCubic(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return 1 - (1 - clamped) ** 3;
}

/**
 * The whole number to show a share `t` (0 to 1) of the way through counting up
 * from `from` to `to`: `from` at 0, `to` at 1, eased in between.
 */
export function interpolateCount(from: number, to: number, t: number): number {
  return Math.round(from + (to - from) * easeOutCubic(t));
}
