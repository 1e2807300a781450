import { describe, expect, it } from 'vitest';
import { PlacardInputError } from '../../src/model/errors.js';
import { easeOutCubic, interpolateCount, showsCount } from '../../src/petition/count-display.js';
import {
  AUTO_GOAL_TRIGGER,
  nextRoundNumber,
  petitionGoal,
  resolvePetitionGoal,
} from '../../src/petition/petition-goal.js';
import { readPetitionOptions } from '../../src/petition/petition-options.js';
import { readPetitionSource } from '../../src/petition/providers.js';

const PARLIAMENT = [10_000, 100_000];

describe('nextRoundNumber', () => {
  it.each([
    [0, 100],
    [99, 100],
    [100, 200],
    [199, 200],
    [200, 500],
    [499, 500],
    [500, 1_000],
    [8_421, 10_000],
    [10_000, 20_000],
    [150_000, 200_000],
    [250_000, 500_000],
    [1_234_567, 2_000_000],
  ])('after %i comes %i', (count, next) => {
    expect(nextRoundNumber(count)).toBe(next);
  });
});

describe('resolvePetitionGoal: Parliament’s milestones', () => {
  it.each([
    ['no signatures', 0, 10_000],
    ['below 10,000', 9_999, 10_000],
    ['exactly 10,000', 10_000, 100_000],
    ['between', 48_213, 100_000],
    ['one short of 100,000', 99_999, 100_000],
    ['exactly 100,000', 100_000, 200_000],
    ['above 100,000', 186_302, 200_000],
    ['far above', 6_103_056, 10_000_000],
  ])('%s (%i) aims at %i', (_, count, goal) => {
    expect(resolvePetitionGoal(count, { thresholds: PARLIAMENT })).toBe(goal);
  });

  it('uses milestones even with auto-goal, which is for sources without them', () => {
    expect(resolvePetitionGoal(9_500, { thresholds: PARLIAMENT, autoGoal: true })).toBe(10_000);
  });
});

describe('resolvePetitionGoal: explicit goals', () => {
  it('keeps an explicit goal, even once it is passed', () => {
    expect(resolvePetitionGoal(300, { goal: 500 })).toBe(500);
    expect(resolvePetitionGoal(700, { goal: 500 })).toBe(500);
    expect(resolvePetitionGoal(48_213, { goal: 250_000, thresholds: PARLIAMENT })).toBe(250_000);
  });

  it('has no goal without an explicit one, milestones or auto-goal', () => {
    expect(resolvePetitionGoal(1_234, {})).toBeUndefined();
    expect(resolvePetitionGoal(1_234, { thresholds: [] })).toBeUndefined();
  });
});

describe('resolvePetitionGoal: auto-goal', () => {
  it(`raises the goal a round number at a time once the count reaches ${AUTO_GOAL_TRIGGER * 100} % of it`, () => {
    const goals = [0, 89, 90, 179, 180, 449, 450, 899, 900, 8_421, 8_999, 9_000, 17_999, 18_000].map(
      (count) => resolvePetitionGoal(count, { autoGoal: true }),
    );
    expect(goals).toEqual([
      100, 100, 200, 200, 500, 500, 1_000, 1_000, 2_000, 10_000, 10_000, 20_000, 20_000, 50_000,
    ]);
  });

  it('starts from an explicit goal and steps on from there', () => {
    expect(resolvePetitionGoal(600, { goal: 750, autoGoal: true })).toBe(750);
    expect(resolvePetitionGoal(675, { goal: 750, autoGoal: true })).toBe(1_000);
    expect(resolvePetitionGoal(950, { goal: 750, autoGoal: true })).toBe(2_000);
  });

  it('never shows a goal the count has reached', () => {
    for (let count = 0; count <= 120_000; count += 37) {
      const goal = resolvePetitionGoal(count, { autoGoal: true })!;
      expect(count).toBeLessThan(goal * AUTO_GOAL_TRIGGER);
    }
  });
});

describe('petitionGoal', () => {
  it('prefers the document’s goal to the goal attribute', () => {
    const source = readPetitionSource({ count: '40', goal: '100' });
    expect(petitionGoal(source, { count: 40, milestones: [] })).toBe(100);
    expect(petitionGoal(source, { count: 40, goal: 60, milestones: [] })).toBe(60);
    expect(petitionGoal(source, { count: 95, milestones: [] }, { autoGoal: true })).toBe(200);
  });

  it('aims a Parliament petition at its next milestone', () => {
    const source = readPetitionSource({ 'petition-id': '700001' });
    expect(petitionGoal(source, { count: 48_213, milestones: [] })).toBe(100_000);
  });
});

describe('showsCount: min-display', () => {
  it('hides the number until the count reaches min-display', () => {
    expect(showsCount(99, 100)).toBe(false);
    expect(showsCount(100, 100)).toBe(true);
    expect(showsCount(0)).toBe(true);
  });
});

describe('interpolateCount', () => {
  it('starts at the old count, ends at the new, eased in between', () => {
    expect(interpolateCount(100, 200, 0)).toBe(100);
    expect(interpolateCount(100, 200, 0.5)).toBe(188);
    expect(interpolateCount(100, 200, 1)).toBe(200);
    expect(interpolateCount(100, 200, -1)).toBe(100);
    expect(interpolateCount(100, 200, 2)).toBe(200);
    expect(interpolateCount(500, 400, 1)).toBe(400);
  });

  it('never goes back while counting up', () => {
    let last = -1;
    for (let t = 0; t <= 1; t += 0.01) {
      const shown = interpolateCount(48_213, 48_390, t);
      expect(shown).toBeGreaterThanOrEqual(last);
      last = shown;
    }
    expect(easeOutCubic(0.25)).toBeCloseTo(0.578125);
  });
});

describe('readPetitionOptions', () => {
  it('reads nothing as the defaults', () => {
    expect(readPetitionOptions({})).toEqual({ autoGoal: false, minDisplay: 0 });
  });

  it('reads auto-goal as a boolean attribute, and min-display and refresh as numbers', () => {
    expect(readPetitionOptions({ 'auto-goal': '', 'min-display': '1,000', refresh: '30' })).toEqual({
      autoGoal: true,
      minDisplay: 1000,
      refreshSeconds: 30,
    });
    expect(readPetitionOptions({ 'auto-goal': 'false', refresh: '7.5' })).toEqual({
      autoGoal: false,
      minDisplay: 0,
      refreshSeconds: 7.5,
    });
    expect(readPetitionOptions({ 'auto-goal': null }).autoGoal).toBe(false);
  });

  it('says when min-display or refresh is unreadable', () => {
    expect(() => readPetitionOptions({ 'min-display': 'some' })).toThrow(
      new PlacardInputError(
        'invalid-value',
        'The min-display attribute is "some", not a whole number. Write e.g. min-display="100" to show the count once it reaches 100.',
        'min-display',
      ),
    );
    expect(() => readPetitionOptions({ refresh: '1m' })).toThrow(
      'The refresh attribute is "1m", not a number of seconds. Write e.g. refresh="120", or leave it out to check every 60 seconds.',
    );
    expect(() => readPetitionOptions({ refresh: '0' })).toThrow('The refresh attribute is "0"');
  });
});
