/**
 * The petition model: what a counter knows about a petition at one moment,
 * whichever source it came from (UK Parliament, a JSON file, attributes).
 */

/**
 * Steps in a UK Parliament petition's life, in the order they happen.
 * - `response-threshold`: 10,000 signatures, so the government must respond.
 * - `government-response`: the government has responded.
 * - `debate-threshold`: 100,000 signatures, so Parliament considers a debate.
 * - `debate-scheduled`: a debate is scheduled (its `at` is the debate's date).
 * - `debated`: Parliament has debated it.
 */
export const PETITION_MILESTONE_KINDS = [
  'response-threshold',
  'government-response',
  'debate-threshold',
  'debate-scheduled',
  'debated',
] as const;
export type PetitionMilestoneKind = (typeof PETITION_MILESTONE_KINDS)[number];

/** A milestone the source says the petition has reached. The component words it ("Government responded"). */
export interface PetitionMilestone {
  kind: PetitionMilestoneKind;
  at: Date;
  /**
   * The source gave a calendar date, not an instant: `at` is midnight UTC of
   * that date, so format it with `timeZone: 'UTC'` and no time of day.
   */
  dateOnly: boolean;
}

/**
 * Petition states that end a petition: it takes no more signatures, so its
 * count no longer changes and nobody needs to ask again.
 */
export const FINAL_PETITION_STATES: readonly string[] = ['closed', 'rejected'];

/** One reading of a petition. */
export interface PetitionSnapshot {
  /** Signatures so far: a whole number, 0 or more. */
  count: number;
  /** The goal the document itself gives (the json source's `goal-path`). */
  goal?: number;
  /** The petition's title, when the source has one (Parliament's `action`). */
  title?: string;
  /**
   * The state as the source writes it, lower-cased: Parliament's `open`,
   * `closed`, `rejected`, `pending`, `validated`, `hidden` …
   */
  state?: string;
  openedAt?: Date;
  closedAt?: Date;
  /** Milestones reached, in the order of `PETITION_MILESTONE_KINDS`; empty for sources without them. */
  milestones: readonly PetitionMilestone[];
}

/** Whether the petition has ended (closed or rejected), so its count is final. */
export function isFinalPetition(snapshot: PetitionSnapshot): boolean {
  return snapshot.state !== undefined && FINAL_PETITION_STATES.includes(snapshot.state);
}
