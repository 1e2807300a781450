/**
 * The `parliament-uk` provider: petitions on petition.parliament.uk.
 *
 * ```html
 * <placard-petition-counter provider="parliament-uk" petition-id="700001">
 * ```
 *
 * The petition's full JSON (`/petitions/ID.json`, title, state and dates, with
 * signatures by constituency: tens of kilobytes) is fetched once; after that
 * only `/petitions/ID/count.json` (the count and the milestone dates, a few
 * bytes). Both answer with `Access-Control-Allow-Origin: *` and
 * `Cache-Control: max-age=60`. Parliament's own rules give the goals: 10,000
 * signatures get a government response, 100,000 a debate.
 */
import { safeUrl } from '../sources/safe-url.js';
import { isJsonObject } from '../sources/json-text.js';
import { toWholeNumber } from './count-value.js';
import type { PetitionMilestone, PetitionMilestoneKind, PetitionSnapshot } from './petition.js';
import { PETITION_MILESTONE_KINDS } from './petition.js';
import { petitionMessages } from './petition-messages.js';
import { attribute, type PetitionProvider, type PolledPetitionSource } from './petition-source.js';

const HOST = 'petition.parliament.uk';

/** Signatures for a government response, and for a debate. */
export const PARLIAMENT_THRESHOLDS: readonly number[] = [10_000, 100_000];

/** The property of the petition's JSON that dates each milestone. */
const MILESTONE_PROPERTIES: Readonly<Record<PetitionMilestoneKind, string>> = {
  'response-threshold': 'response_threshold_reached_at',
  'government-response': 'government_response_at',
  'debate-threshold': 'debate_threshold_reached_at',
  'debate-scheduled': 'scheduled_debate_date',
  debated: 'debate_outcome_at',
};

/** The petition's number from `src`: `https://petition.parliament.uk/petitions/700001` (or its `.json`, `/count.json`). */
function petitionIdFromAddress(src: string, base: string | undefined): string | undefined {
  // An address pasted without its https:// is not a path on this site.
  const address = safeUrl(/^petition\.parliament\.uk\//i.test(src) ? `https://${src}` : src, base);
  if (address === undefined) return undefined;
  const url = new URL(address);
  if (url.hostname !== HOST) return undefined;
  return /^\/petitions\/(\d+)(?:[./]|$)/.exec(url.pathname)?.[1];
}

/**
 * A date the petitions site wrote: `2019-04-01` (a calendar date) or
 * `2019-03-26T10:00:00.000Z` (an instant). Anything else counts as no date: a
 * garbled date is the site's slip, and not worth hiding the count for.
 */
function readDate(value: unknown): Pick<PetitionMilestone, 'at' | 'dateOnly'> | undefined {
  if (typeof value !== 'string') return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const at = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value)) return undefined;
  return { at, dateOnly };
}

/**
 * The milestone of `kind` that `fields` record, or `undefined` when they
 * record none. A debate outcome can also say the committee decided not to
 * debate (count.json's `debated: false`, or a `debate` without `debated_on`):
 * that is not the "debated" milestone.
 */
function milestoneIn(
  fields: Record<string, unknown>,
  kind: PetitionMilestoneKind,
): PetitionMilestone | undefined {
  if (kind !== 'debated') {
    const date = readDate(fields[MILESTONE_PROPERTIES[kind]]);
    return date && { kind, ...date };
  }
  const outcome = readDate(fields['debate_outcome_at']);
  const debate = fields['debate'];
  if (!outcome || fields['debated'] === false) return undefined;
  if (!isJsonObject(debate)) return { kind, ...outcome };
  const debatedOn = readDate(debate['debated_on']);
  return debatedOn && { kind, ...debatedOn };
}

function readCount(fields: Record<string, unknown>, url: string, field: string): number {
  const count = toWholeNumber(fields['signature_count']);
  if (count === undefined) throw petitionMessages.badSignatureCount(fields['signature_count'], url, field);
  return count;
}

/** Reads `/petitions/ID.json`: `{ data: { attributes: { action, state, signature_count, … } } }`. */
function readPetition(body: unknown, url: string, field: string): PetitionSnapshot {
  const data = isJsonObject(body) ? body['data'] : undefined;
  const fields = isJsonObject(data) ? data['attributes'] : undefined;
  if (!isJsonObject(fields)) throw petitionMessages.notAPetition(url, field);
  const snapshot: PetitionSnapshot = {
    count: readCount(fields, url, field),
    milestones: PETITION_MILESTONE_KINDS.flatMap((kind) => milestoneIn(fields, kind) ?? []),
  };
  const title = typeof fields['action'] === 'string' ? fields['action'].trim() : '';
  if (title) snapshot.title = title;
  if (typeof fields['state'] === 'string') snapshot.state = fields['state'].trim().toLowerCase();
  // Older responses call the opening `open_at`.
  const opened = readDate(fields['opened_at'] ?? fields['open_at']);
  if (opened) snapshot.openedAt = opened.at;
  const closed = readDate(fields['closed_at']);
  if (closed) snapshot.closedAt = closed.at;
  return snapshot;
}

/**
 * Reads `/petitions/ID/count.json` onto the previous reading. Its milestone
 * dates replace the previous ones; a date it does not mention at all (older
 * count.json answers have only `signature_count`) is kept. A debate already
 * known keeps its date, because count.json has only when the outcome was
 * recorded, not the day of the debate.
 */
function readCountUpdate(
  body: unknown,
  url: string,
  field: string,
  previous: PetitionSnapshot,
): PetitionSnapshot {
  if (!isJsonObject(body)) throw petitionMessages.notAPetition(url, field);
  const count = readCount(body, url, field);
  const milestones = PETITION_MILESTONE_KINDS.flatMap((kind) => {
    const known = previous.milestones.find((milestone) => milestone.kind === kind);
    if (!Object.hasOwn(body, MILESTONE_PROPERTIES[kind])) return known ?? [];
    const fresh = milestoneIn(body, kind);
    if (!fresh) return [];
    return kind === 'debated' && known ? known : fresh;
  });
  return { ...previous, count, milestones };
}

export const parliamentUkProvider: PetitionProvider = {
  name: 'parliament-uk',

  detect: (attrs) =>
    attribute(attrs, 'petition-id') !== undefined ||
    /^(?:https?:\/\/)?petition\.parliament\.uk\//i.test(attribute(attrs, 'src') ?? ''),

  source(attrs, base): PolledPetitionSource {
    const petitionId = attribute(attrs, 'petition-id');
    const src = attribute(attrs, 'src');
    let id: string | undefined;
    if (petitionId !== undefined) {
      // A pasted address is read too: the number is what matters.
      id = /^\d+$/.test(petitionId)
        ? petitionId.replace(/^0+(?=\d)/, '')
        : petitionIdFromAddress(petitionId, base);
      if (id === undefined) throw petitionMessages.badPetitionId(petitionId);
    } else if (src !== undefined) {
      id = petitionIdFromAddress(src, base);
      if (id === undefined) throw petitionMessages.notParliamentAddress(src);
    } else {
      throw petitionMessages.noPetition();
    }
    const field = petitionId !== undefined ? 'petition-id' : 'src';
    const pageUrl = `https://${HOST}/petitions/${id}`;
    const petitionUrl = `${pageUrl}.json`;
    const countUrl = `${pageUrl}/count.json`;
    return {
      kind: 'polled',
      provider: 'parliament-uk',
      key: `parliament-uk:${id}`,
      thresholds: PARLIAMENT_THRESHOLDS,
      pageUrl,
      field,
      url: (previous) => (previous ? countUrl : petitionUrl),
      read: (body, url, previous) =>
        url === countUrl && previous
          ? readCountUpdate(body, url, field, previous)
          : readPetition(body, url, field),
    };
  },
};
