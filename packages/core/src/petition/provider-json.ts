/**
 * The `json` provider: any JSON document with a count in it, picked out by a
 * JSON Pointer — a campaign platform's API, or a file the branch updates.
 *
 * ```html
 * <placard-petition-counter provider="json" src="/campaign/stats.json"
 *   count-path="/campaign/signatures/count" goal-path="/campaign/signatures/goal">
 * ```
 *
 * An empty `count-path=""` means the whole document is the count (a file
 * holding just `1234`).
 */
import { safeUrl } from '../sources/safe-url.js';
import { toGoal, toWholeNumber } from './count-value.js';
import { parseJsonPointer, resolveJsonPointer, type JsonPointer } from './json-pointer.js';
import type { PetitionSnapshot } from './petition.js';
import { petitionMessages } from './petition-messages.js';
import {
  attribute,
  type PetitionAttributes,
  type PetitionProvider,
  type PolledPetitionSource,
} from './petition-source.js';

/**
 * A pointer attribute, or `undefined` when absent. Only leading spaces are
 * dropped: trailing ones may be part of a name (`/ ` points at the property " ").
 */
function pointerAttribute(attrs: PetitionAttributes, name: string): JsonPointer | undefined {
  const value = attrs[name];
  return typeof value === 'string' ? parseJsonPointer(value.trimStart(), name) : undefined;
}

function find(body: unknown, pointer: JsonPointer, field: string, url: string): unknown {
  const result = resolveJsonPointer(body, pointer);
  if (!result.found) throw petitionMessages.pointerFindsNothing(field, pointer, url, result.reason);
  return result.value;
}

export const jsonProvider: PetitionProvider = {
  name: 'json',

  detect: (attrs) => typeof attrs['count-path'] === 'string',

  source(attrs, base): PolledPetitionSource {
    const src = attribute(attrs, 'src');
    if (src === undefined) throw petitionMessages.noSrc();
    const address = safeUrl(src, base);
    if (address === undefined || !/^https?:/.test(address)) throw petitionMessages.badSrc(src);
    const countPath = pointerAttribute(attrs, 'count-path');
    if (countPath === undefined) throw petitionMessages.noCountPath();
    const goalPath = pointerAttribute(attrs, 'goal-path');
    return {
      kind: 'polled',
      provider: 'json',
      key: `json:${address} ${countPath.text} ${goalPath?.text ?? ''}`,
      thresholds: [],
      field: 'src',
      url: () => address,
      read(body, url): PetitionSnapshot {
        const countValue = find(body, countPath, 'count-path', url);
        const count = toWholeNumber(countValue);
        if (count === undefined) throw petitionMessages.badPointedCount(countValue, countPath, url);
        const snapshot: PetitionSnapshot = { count, milestones: [] };
        if (goalPath) {
          const goalValue = find(body, goalPath, 'goal-path', url);
          const goal = toGoal(goalValue);
          if (goal === undefined) throw petitionMessages.badPointedGoal(goalValue, goalPath, url);
          snapshot.goal = goal;
        }
        return snapshot;
      },
    };
  },
};
