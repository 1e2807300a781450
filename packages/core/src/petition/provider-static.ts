/**
 * The `static` provider: a count written on the element, for a paper petition
 * or a platform Placard cannot read. Nothing is fetched.
 *
 * ```html
 * <placard-petition-counter provider="static" count="4,210" goal="5000">
 * ```
 */
import { toWholeNumber } from './count-value.js';
import { petitionMessages } from './petition-messages.js';
import { attribute, type FixedPetitionSource, type PetitionProvider } from './petition-source.js';

export const staticProvider: PetitionProvider = {
  name: 'static',

  detect: (attrs) => attribute(attrs, 'count') !== undefined,

  source(attrs): FixedPetitionSource {
    const text = attribute(attrs, 'count');
    if (text === undefined) throw petitionMessages.noCount();
    const count = toWholeNumber(text);
    if (count === undefined) throw petitionMessages.badCount(text);
    return {
      kind: 'fixed',
      provider: 'static',
      key: `static:${count}`,
      thresholds: [],
      snapshot: { count, milestones: [] },
    };
  },
};
