/**
 * A petition source that lives in the story: polls whose fetch answers with
 * Parliament-shaped JSON made up on the spot, so live stories work offline
 * and in the built, static Storybook. Its clock runs ten times fast, so a
 * story shows the count change within seconds.
 */
import {
  createPetitionPolls,
  domPollEnvironment,
  writeCachedPetition,
  readPetitionSource,
  type PetitionPolls,
  type PetitionSnapshot,
} from '@placard/core';

/** The petition a story shows. */
export interface StoryPetition {
  count: number;
  title?: string;
  /** Parliament's state: `open`, `closed`, `rejected`. */
  state?: string;
  closedAt?: string;
  /** Parliament's milestone properties, e.g. `{ government_response_at: '2024-12-03T16:05:44Z' }`. */
  milestones?: Record<string, string>;
  /** Signatures added before each answer after the first. */
  risePerPoll?: number;
  /** An HTTP status to fail with instead, e.g. 503. */
  failWith?: number;
}

/** How much faster than real time the story's polls run. */
const SPEED = 10;

const MILESTONE_PROPERTIES = [
  'response_threshold_reached_at',
  'government_response_at',
  'debate_threshold_reached_at',
  'scheduled_debate_date',
  'debate_outcome_at',
];

function json(value: unknown): Response {
  return new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json' } });
}

/** Polls that answer every request for any Parliament petition with `petition`. */
export function storyPolls(petition: StoryPetition): PetitionPolls {
  let count = petition.count;
  let answered = false;
  const milestones = Object.fromEntries(
    MILESTONE_PROPERTIES.map((name) => [name, petition.milestones?.[name] ?? null]),
  );
  return createPetitionPolls({
    ...domPollEnvironment(),
    setTimeout: (callback, delay) => globalThis.setTimeout(callback, delay / SPEED),
    // The story's readings are not kept for the next page view: each story starts as written.
    storage: () => undefined,
    async fetch(url) {
      if (petition.failWith) {
        return new Response('Service Unavailable', {
          status: petition.failWith,
          statusText: 'Service Unavailable',
        });
      }
      if (answered) count += petition.risePerPoll ?? 0;
      answered = true;
      if (url.endsWith('/count.json')) return json({ signature_count: count, ...milestones });
      return json({
        data: {
          type: 'petition',
          attributes: {
            action: petition.title ?? 'Fund a 10% pay rise for school support staff',
            state: petition.state ?? 'open',
            signature_count: count,
            opened_at: '2024-10-15T11:03:27.902Z',
            closed_at: petition.closedAt ?? null,
            ...milestones,
          },
        },
      });
    },
  });
}

/** Keeps `snapshot` as the last count a reader saw of the petition, `ageMinutes` ago. */
export function seedCache(petitionId: string, snapshot: PetitionSnapshot, ageMinutes: number): void {
  const { key } = readPetitionSource({ 'petition-id': petitionId });
  writeCachedPetition(key, { snapshot, fetchedAt: new Date(Date.now() - ageMinutes * 60_000) });
}
