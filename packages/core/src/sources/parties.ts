import type { EventParty } from '../model/event.js';
import { cleanLine } from './clean-text.js';
import { safeUrl } from './safe-url.js';

/** A person or organisation as a source gives it: a name, or a name with a role and link. */
export type PartyInput =
  string | { readonly name?: unknown; readonly role?: unknown; readonly url?: unknown };

/** One party, cleaned; `undefined` when it has no name. */
export function normaliseParty(input: unknown, base?: string): EventParty | undefined {
  if (typeof input === 'string') {
    const name = cleanLine(input);
    return name === undefined ? undefined : { name };
  }
  if (input === null || typeof input !== 'object') return undefined;
  const record = input as { name?: unknown; role?: unknown; url?: unknown };
  const name = cleanLine(record.name);
  if (name === undefined) return undefined;
  const party: EventParty = { name };
  const role = cleanLine(record.role);
  if (role !== undefined) party.role = role;
  const url = safeUrl(cleanLine(record.url), base);
  if (url !== undefined) party.url = url;
  return party;
}

/** A list of parties, cleaned, without nameless entries or exact repeats. */
export function normaliseParties(input: unknown, base?: string): EventParty[] {
  const items: unknown[] = Array.isArray(input)
    ? input
    : input === undefined || input === null
      ? []
      : [input];
  const parties: EventParty[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const party = normaliseParty(item, base);
    if (!party) continue;
    const key = JSON.stringify([party.name, party.role, party.url]);
    if (seen.has(key)) continue;
    seen.add(key);
    parties.push(party);
  }
  return parties;
}
