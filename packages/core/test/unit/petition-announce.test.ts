import { describe, expect, it } from 'vitest';
import { ANNOUNCE_INTERVAL_MS, milestonesReached, shouldAnnounce } from '../../src/petition/announce.js';
import type { PetitionSnapshot } from '../../src/petition/petition.js';

const T0 = Date.parse('2025-01-15T12:00:00Z');
const SECOND = 1_000;
const PARLIAMENT = [10_000, 100_000];

const reading = (count: number, milestones: PetitionSnapshot['milestones'] = []): PetitionSnapshot => ({
  count,
  milestones,
});
const RESPONDED = {
  kind: 'government-response',
  at: new Date('2024-12-03T16:05:44Z'),
  dateOnly: false,
} as const;
const THRESHOLD = {
  kind: 'response-threshold',
  at: new Date('2024-11-02T14:21:09Z'),
  dateOnly: false,
} as const;

describe('shouldAnnounce', () => {
  const last = { count: 48_213, at: T0 };

  it('does not announce the first count: it is read with the page', () => {
    expect(shouldAnnounce(undefined, { count: 48_213, now: T0, milestone: false })).toBe(false);
    expect(shouldAnnounce(undefined, { count: 48_213, now: T0, milestone: true })).toBe(false);
  });

  it('announces a new count at most once a minute', () => {
    expect(shouldAnnounce(last, { count: 48_250, now: T0 + 30 * SECOND, milestone: false })).toBe(false);
    expect(
      shouldAnnounce(last, { count: 48_250, now: T0 + ANNOUNCE_INTERVAL_MS - 1, milestone: false }),
    ).toBe(false);
    expect(shouldAnnounce(last, { count: 48_250, now: T0 + ANNOUNCE_INTERVAL_MS, milestone: false })).toBe(
      true,
    );
    expect(ANNOUNCE_INTERVAL_MS).toBe(60_000);
  });

  it('does not announce an unchanged count, however long it has been', () => {
    expect(
      shouldAnnounce(last, { count: 48_213, now: T0 + 10 * ANNOUNCE_INTERVAL_MS, milestone: false }),
    ).toBe(false);
  });

  it('announces a milestone at once', () => {
    expect(shouldAnnounce(last, { count: 48_214, now: T0 + SECOND, milestone: true })).toBe(true);
    expect(shouldAnnounce(last, { count: 48_213, now: T0 + SECOND, milestone: true })).toBe(true);
  });

  it('announces a ticking counter once a minute, not on every tick', () => {
    let heard = { count: 0, at: T0 };
    let announcements = 0;
    for (let tick = 1; tick <= 40; tick++) {
      const update = { count: tick * 7, now: T0 + tick * 15 * SECOND, milestone: false };
      if (shouldAnnounce(heard, update)) {
        announcements++;
        heard = { count: update.count, at: update.now };
      }
    }
    // Ten minutes of updates every 15 seconds.
    expect(announcements).toBe(10);
  });
});

describe('milestonesReached', () => {
  it('notices the count passing a mark between two readings', () => {
    expect(milestonesReached(reading(9_990), reading(10_010), PARLIAMENT)).toEqual({
      milestones: [],
      counts: [10_000],
    });
    expect(milestonesReached(reading(9_999), reading(10_000), PARLIAMENT).counts).toEqual([10_000]);
    expect(milestonesReached(reading(10_000), reading(10_050), PARLIAMENT).counts).toEqual([]);
    expect(milestonesReached(reading(9_000), reading(9_999), PARLIAMENT).counts).toEqual([]);
  });

  it('lists every mark passed at once, in order and without repeats', () => {
    expect(milestonesReached(reading(5_000), reading(120_000), [100_000, 10_000, 100_000]).counts).toEqual([
      10_000, 100_000,
    ]);
  });

  it('notices milestones the source reports for the first time', () => {
    expect(
      milestonesReached(reading(48_213, [THRESHOLD]), reading(48_390, [THRESHOLD, RESPONDED]), PARLIAMENT),
    ).toEqual({
      milestones: [RESPONDED],
      counts: [],
    });
    expect(
      milestonesReached(
        reading(48_213, [THRESHOLD, RESPONDED]),
        reading(48_390, [THRESHOLD, RESPONDED]),
        PARLIAMENT,
      ),
    ).toEqual({
      milestones: [],
      counts: [],
    });
  });
});
