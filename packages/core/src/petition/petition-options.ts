/**
 * The counter's attributes about showing and refreshing, as opposed to where
 * the count comes from (`readPetitionSource`).
 */
import { toWholeNumber } from './count-value.js';
import { petitionMessages } from './petition-messages.js';
import { attribute, type PetitionAttributes } from './petition-source.js';

export interface PetitionOptions {
  /** `auto-goal`: raise the goal in steps as the count nears it (see `petition-goal.ts`). */
  autoGoal: boolean;
  /** `min-display`: hide the number until the count reaches this (see `showsCount`); 0 when absent. */
  minDisplay: number;
  /** `refresh`: seconds between updates, when given (see `refresh-interval.ts`). */
  refreshSeconds?: number;
}

/**
 * Reads `auto-goal` (a boolean attribute: present, with any value but
 * `"false"`, means on), `min-display` (a whole number) and `refresh` (seconds).
 *
 * @throws PlacardInputError naming the attribute whose value is unreadable.
 */
export function readPetitionOptions(attrs: PetitionAttributes): PetitionOptions {
  const autoGoal = attrs['auto-goal'];
  const options: PetitionOptions = {
    autoGoal: typeof autoGoal === 'string' && autoGoal.trim().toLowerCase() !== 'false',
    minDisplay: 0,
  };
  const minDisplay = attribute(attrs, 'min-display');
  if (minDisplay !== undefined) {
    const value = toWholeNumber(minDisplay);
    if (value === undefined) throw petitionMessages.badMinDisplay(minDisplay);
    options.minDisplay = value;
  }
  const refresh = attribute(attrs, 'refresh');
  if (refresh !== undefined) {
    const seconds = Number(refresh);
    if (!Number.isFinite(seconds) || seconds <= 0) throw petitionMessages.badRefresh(refresh);
    options.refreshSeconds = seconds;
  }
  return options;
}
