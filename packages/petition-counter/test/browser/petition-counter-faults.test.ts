/**
 * Faults from a real server: a 500, a time-out, a garbled body and a CORS
 * refusal each show the right state, fire `placard-error`, are logged once (by
 * the poll, not again by the counter), and clear when the source recovers.
 */
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  PlacardInputError,
  readPetitionSource,
  writeCachedPetition,
  type PlacardErrorCode,
} from '@placard/core';
import { expectAccessible, settled } from '@placard/test-kit/suites.js';
import type { PlacardPetitionCounter } from '../../src/petition-counter.js';
import {
  counter,
  counterElement,
  errorBox,
  nextReading,
  spokenCount,
  status,
  lastUpdatedAt,
} from './counter-helpers.js';
import { CAMPAIGN_PATH, fakeSource, testPolls, type FakeSourceState, type TestPolls } from './fake-source.js';

interface Fault {
  name: string;
  /** What the source does wrong, and how it recovers. */
  fault: Partial<FakeSourceState>;
  fix: Partial<FakeSourceState>;
  code: PlacardErrorCode;
  message: string;
  /** Whether the source is on another origin. */
  crossOrigin?: boolean;
  /** How far to move the clock for the fault to show: a time-out takes 10 s. */
  wait?: number;
}

const FAULTS: Fault[] = [
  {
    name: 'a 500',
    fault: { status: 500 },
    fix: { status: 200 },
    code: 'http-status',
    message: 'answered 500 Internal Server Error. The site is busy or has a problem of its own',
  },
  {
    name: 'a time-out',
    fault: { delayMs: 4000 },
    fix: { delayMs: 0 },
    code: 'timeout',
    message: 'did not answer within 10 seconds',
    wait: 10_000,
  },
  {
    name: 'a garbled body',
    fault: { body: '{"campaign": {"signatures": ' },
    fix: { body: null },
    code: 'malformed-document',
    message: 'The answer from',
  },
  {
    name: 'a CORS refusal',
    fault: { cors: false },
    fix: { cors: true },
    code: 'network',
    message: 'does not let other websites read it (CORS)',
    crossOrigin: true,
  },
];

async function campaignAttributes(fault: Fault): Promise<Record<string, string>> {
  const src = fault.crossOrigin ? `${await fakeSource.crossOrigin()}/campaign.json` : CAMPAIGN_PATH;
  return { src, 'count-path': '/campaign/signatures/count', refresh: '15' };
}

/** Records `console.warn` while a test runs. */
function recordWarnings() {
  const original = console.warn;
  const calls: string[] = [];
  console.warn = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
  return { calls, restore: () => (console.warn = original) };
}

/** Moves the clock on until the counter hears a fault, and returns it. */
async function faultHeard(element: PlacardPetitionCounter, clock: TestPolls, ms: number) {
  const failed = oneEvent(element, 'placard-error');
  clock.advance(ms);
  const event = await failed;
  await settled(element);
  return event.detail.error;
}

describe('<placard-petition-counter> faults', () => {
  let warnings: ReturnType<typeof recordWarnings>;

  beforeEach(async () => {
    localStorage.clear();
    await fakeSource.reset();
    warnings = recordWarnings();
  });

  afterEach(() => warnings.restore());

  for (const fault of FAULTS) {
    describe(fault.name, () => {
      it('says what went wrong when there is no count yet, then recovers', async () => {
        await fakeSource.set({ ...fault.fault, count: 321 });
        const clock = testPolls();
        const page = await fixture<HTMLDivElement>(html`<div></div>`);
        const element = counterElement(await campaignAttributes(fault), clock.polls);
        const failed = oneEvent(element, 'placard-error');
        page.append(element);
        // A time-out needs the clock moved past it; other faults arrive by themselves.
        if (fault.wait) {
          await aTimeout(50);
          clock.advance(fault.wait);
        }
        const error = (await failed).detail.error;
        await settled(element);
        expect(error).to.be.instanceOf(PlacardInputError);
        expect(error.code).to.equal(fault.code);
        expect(error.field).to.equal('src');
        const box = errorBox(element)!;
        expect(box.textContent).to.contain('The petition count could not be shown');
        expect(box.textContent).to.contain(fault.message);
        expect(spokenCount(element)).to.equal('');
        await expectAccessible(element);

        await fakeSource.set(fault.fix);
        await nextReading(element, clock, 15_000);
        expect(errorBox(element)).to.equal(null);
        expect(spokenCount(element)).to.equal('321 signatures');
        // The poll logged the fault once; the counter did not log it again.
        expect(clock.warnings).to.have.length(1);
        expect(warnings.calls).to.deep.equal([]);
      }).timeout(20_000);

      it('keeps the last count, marked with its age, then recovers', async () => {
        await fakeSource.set({ ...fault.fix, count: 500 });
        const clock = testPolls();
        const element = await counter(await campaignAttributes(fault), clock.polls);
        expect(spokenCount(element)).to.equal('500 signatures');

        await fakeSource.set({ ...fault.fault, count: 600 });
        const error = await faultHeard(element, clock, 15_000 + (fault.wait ?? 0));
        expect(error.code).to.equal(fault.code);
        expect(spokenCount(element)).to.equal('500 signatures');
        expect(errorBox(element)).to.equal(null);
        expect(status(element)).to.match(/^Last updated /u);
        await expectAccessible(element);

        // Failing again is reported again, but logged only the once.
        await faultHeard(element, clock, 15_000 + (fault.wait ?? 0));
        expect(clock.warnings).to.have.length(1);

        await fakeSource.set(fault.fix);
        // After two failures the poll waits twice the interval.
        await nextReading(element, clock, 30_000);
        expect(spokenCount(element)).to.equal('600 signatures');
        expect(status(element)).to.equal('');
        expect(warnings.calls).to.deep.equal([]);
      }).timeout(20_000);
    });
  }

  it('keeps the cached count when the source fails before it ever answers', async () => {
    await fakeSource.set({ status: 503 });
    const clock = testPolls();
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const attributes = { src: CAMPAIGN_PATH, 'count-path': '/campaign/signatures/count' };
    const fetchedAt = new Date(Date.now() - 3 * 3_600_000);
    writeCachedPetition(readPetitionSource(attributes).key, {
      snapshot: { count: 77, milestones: [] },
      fetchedAt,
    });
    const element = counterElement(attributes, clock.polls);
    const failed = oneEvent(element, 'placard-error');
    page.append(element);
    await failed;
    await settled(element);
    expect(spokenCount(element)).to.equal('77 signatures');
    expect(status(element)).to.equal(`Last updated ${lastUpdatedAt(fetchedAt)}`);
    expect(errorBox(element)).to.equal(null);
    await expectAccessible(element);
  });

  it('leaves other counters on the page alone', async () => {
    await fakeSource.set({ status: 403 });
    const clock = testPolls();
    const broken = counterElement({ src: CAMPAIGN_PATH, 'count-path': '/count' }, clock.polls);
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    page.append(broken);
    const good = await counter({ count: '9' });
    await settled(broken);
    expect(errorBox(broken)!.textContent).to.contain('answered 403');
    expect(spokenCount(good)).to.equal('9 signatures');
  });
});
