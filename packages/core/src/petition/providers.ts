/**
 * The petition providers Placard knows, and reading a counter's attributes
 * into a source with the right one.
 */
import { toGoal } from './count-value.js';
import { petitionMessages } from './petition-messages.js';
import {
  attribute,
  type PetitionAttributes,
  type PetitionProvider,
  type PetitionSource,
} from './petition-source.js';
import { jsonProvider } from './provider-json.js';
import { parliamentUkProvider } from './provider-parliament-uk.js';
import { staticProvider } from './provider-static.js';

/** Every provider, in the order they are tried when the `provider` attribute is left out. */
export const PETITION_PROVIDERS: readonly PetitionProvider[] = [
  parliamentUkProvider,
  jsonProvider,
  staticProvider,
];

/**
 * Reads a counter's attributes into a source: `provider` picks the provider
 * (when it is left out, the first whose attributes are there: `petition-id`
 * or a petition.parliament.uk `src`, then `count-path`, then `count`), which
 * reads its own attributes; `goal`, for every provider, sets the goal.
 *
 * @param attrs The attributes by name; `null` or `undefined` means absent.
 * @param base The address relative `src` values are resolved against; default
 *   the document's base URL in a browser.
 * @throws PlacardInputError naming the attribute to fix.
 */
export function readPetitionSource(attrs: PetitionAttributes, base?: string): PetitionSource {
  const name = attribute(attrs, 'provider')?.toLowerCase();
  const provider =
    name === undefined
      ? PETITION_PROVIDERS.find((candidate) => candidate.detect(attrs))
      : PETITION_PROVIDERS.find((candidate) => candidate.name === name);
  if (!provider) {
    throw name === undefined
      ? petitionMessages.noSource()
      : petitionMessages.unknownProvider(
          name,
          PETITION_PROVIDERS.map((known) => known.name),
        );
  }
  const goalText = attribute(attrs, 'goal');
  const goal = goalText === undefined ? undefined : toGoal(goalText);
  if (goalText !== undefined && goal === undefined) throw petitionMessages.badGoal(goalText);
  const source = provider.source(attrs, base);
  return goal === undefined ? source : { ...source, goal };
}
