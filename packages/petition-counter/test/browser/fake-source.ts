/**
 * The browser side of the fake petition source (test/server/fake-petition.mjs):
 * setting what it answers, counting its requests, and polls whose clock the
 * test moves.
 */
import { createPetitionPolls, domPollEnvironment, type PetitionPollEnvironment } from '@placard/core';

/** What the fake source answers; see `defaults()` in the server. */
export interface FakeSourceState {
  count: number;
  goal: number;
  title: string;
  state: string;
  closedAt: string | null;
  milestones: Record<string, string | null>;
  status: number;
  delayMs: number;
  body: string | null;
  cacheControl: string;
  cors: boolean;
}

interface FakeSourceInfo {
  requests: Record<string, number>;
  crossOriginPort: number;
}

async function post(path: string, body?: unknown): Promise<void> {
  const response = await fetch(path, { method: 'POST', body: JSON.stringify(body ?? {}) });
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
}

async function info(): Promise<FakeSourceInfo> {
  return (await (await fetch('/fake-petition/info')).json()) as FakeSourceInfo;
}

/** The campaign JSON on the page's own site, for the json provider. */
export const CAMPAIGN_PATH = '/fake-petition/campaign.json';
/** Where the fake source answers Parliament's count.json for petition 700001. */
export const COUNT_PATH = '/fake-petition/petitions/700001/count.json';
/** Where the fake source answers Parliament's full JSON for petition 700001. */
export const PETITION_PATH = '/fake-petition/petitions/700001.json';

export const fakeSource = {
  /** Back to the defaults (1,234 signatures, open, answering at once), with no requests counted. */
  reset: () => post('/fake-petition/reset'),
  /** Changes what the source answers from the next request on. */
  set: (changes: Partial<FakeSourceState>) => post('/fake-petition/control', changes),
  /** How many requests the source has had for `path`. */
  requests: async (path: string) => (await info()).requests[path] ?? 0,
  /** The fake source's address on another origin (another port), which refuses CORS until `cors` is set. */
  crossOrigin: async () => `http://${location.hostname}:${(await info()).crossOriginPort}/fake-petition`,
};

const PARLIAMENT = 'https://petition.parliament.uk/petitions/';

/**
 * Polls over the real network whose timers run on a clock the test moves
 * (`advance`): the time a count takes to change, a time-out and a back-off
 * are then exact, and a test need not wait 15 real seconds for the next poll.
 * Parliament's addresses are sent to the fake source's copy of them.
 */
export function testPolls() {
  let now = Date.now();
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const warnings: string[] = [];
  const env: PetitionPollEnvironment = {
    ...domPollEnvironment(),
    setTimeout(callback, delay) {
      const id = nextId++;
      timers.set(id, { at: now + delay, callback });
      return id;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    now: () => now,
    fetch: (url, init) => fetch(url.replace(PARLIAMENT, `${location.origin}/fake-petition/petitions/`), init),
    random: () => 0,
    warn: (message) => void warnings.push(message),
  };
  return {
    polls: createPetitionPolls(env),
    /** What the polls logged (instead of `console.warn`). */
    warnings,
    /** Moves the clock on by `ms`, running each timer that falls due, in order. */
    advance(ms: number): void {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, timer]) => timer.at <= end)
          .sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
    /** How many timers are waiting. */
    get pending(): number {
      return timers.size;
    },
  };
}

export type TestPolls = ReturnType<typeof testPolls>;
