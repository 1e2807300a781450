import { describe, expect, it } from 'vitest';
import { BACKOFF_JITTER, MAX_BACKOFF_MS, backoffDelay } from '../../src/petition/backoff.js';
import { maxAgeSeconds, refreshIntervalMs } from '../../src/petition/refresh-interval.js';

const MINUTE = 60_000;

/** mulberry32: a small seeded generator, so a "random" schedule is the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('refreshIntervalMs', () => {
  it('refreshes every 60 seconds by default', () => {
    expect(refreshIntervalMs()).toBe(60_000);
    for (const unusable of [0, -5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(refreshIntervalMs(unusable)).toBe(60_000);
    }
  });

  it('follows refresh, but never faster than every 15 seconds', () => {
    expect(refreshIntervalMs(120)).toBe(120_000);
    expect(refreshIntervalMs(30)).toBe(30_000);
    expect(refreshIntervalMs(15)).toBe(15_000);
    expect(refreshIntervalMs(5)).toBe(15_000);
    expect(refreshIntervalMs(0.5)).toBe(15_000);
  });

  it('never asks sooner than the answers’ max-age, when that is longer', () => {
    expect(refreshIntervalMs(30, 60)).toBe(60_000);
    expect(refreshIntervalMs(undefined, 300)).toBe(300_000);
    expect(refreshIntervalMs(120, 60)).toBe(120_000);
    expect(refreshIntervalMs(5, 10)).toBe(15_000);
    expect(refreshIntervalMs(30, 0)).toBe(30_000);
  });
});

describe('maxAgeSeconds', () => {
  it.each([
    ['max-age=60', 60],
    ['public, max-age=60', 60],
    ['MAX-AGE = 90 , public', 90],
    ['max-age="120"', 120],
    ['s-maxage=600, max-age=30', 30],
    ['private, max-age=0', 0],
  ])('reads %j as %i seconds', (header, seconds) => {
    expect(maxAgeSeconds(header)).toBe(seconds);
  });

  it.each([null, undefined, '', 'no-cache', 'no-store', 's-maxage=600', 'max-age=soon', 'max-age=-1'])(
    'finds no max-age in %j',
    (header) => {
      expect(maxAgeSeconds(header)).toBeUndefined();
    },
  );
});

describe('backoffDelay', () => {
  it('uses the normal interval when nothing has failed', () => {
    expect(backoffDelay(0, MINUTE, () => 0.99)).toBe(MINUTE);
  });

  it('doubles with each failure in a row, up to 10 minutes', () => {
    const schedule = [1, 2, 3, 4, 5, 6, 50, 5_000].map((failures) => backoffDelay(failures, MINUTE, () => 0));
    expect(schedule).toEqual([
      MINUTE,
      2 * MINUTE,
      4 * MINUTE,
      8 * MINUTE,
      10 * MINUTE,
      10 * MINUTE,
      10 * MINUTE,
      10 * MINUTE,
    ]);
    expect(MAX_BACKOFF_MS).toBe(10 * MINUTE);
  });

  it('stretches each wait by a bounded, random amount, never past the cap nor below the interval', () => {
    const random = seeded(20_240_315);
    for (let round = 0; round < 200; round++) {
      for (let failures = 1; failures <= 8; failures++) {
        const exponential = MINUTE * 2 ** (failures - 1);
        const delay = backoffDelay(failures, MINUTE, random);
        expect(delay).toBeGreaterThanOrEqual(Math.min(exponential, MAX_BACKOFF_MS));
        expect(delay).toBeLessThanOrEqual(Math.min(exponential * (1 + BACKOFF_JITTER), MAX_BACKOFF_MS));
        expect(delay).toBeGreaterThanOrEqual(MINUTE);
      }
    }
  });

  it('spreads pages that failed together', () => {
    const random = seeded(7);
    const firstRetries = new Set(
      Array.from({ length: 20 }, () => Math.round(backoffDelay(1, MINUTE, random))),
    );
    expect(firstRetries.size).toBeGreaterThan(15);
  });

  it('repeats a schedule from the same seed', () => {
    const schedule = (seed: number) => {
      const random = seeded(seed);
      return [1, 2, 3, 4].map((failures) => backoffDelay(failures, MINUTE, random));
    };
    expect(schedule(42)).toEqual(schedule(42));
    expect(schedule(42)).not.toEqual(schedule(43));
  });

  it('never asks sooner than a normal interval longer than the cap', () => {
    expect(backoffDelay(3, 30 * MINUTE, () => 0.5)).toBe(30 * MINUTE);
  });
});
