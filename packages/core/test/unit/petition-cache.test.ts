import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  pageStorage,
  readCachedPetition,
  writeCachedPetition,
  type CachedPetition,
  type PetitionStorage,
} from '../../src/petition/petition-cache.js';

const KEY = 'parliament-uk:654321';
const STORED_KEY = 'placard:petition:parliament-uk:654321';

const CACHED: CachedPetition = {
  fetchedAt: new Date('2025-01-15T12:00:00Z'),
  snapshot: {
    count: 186302,
    title: 'Repeal the minimum service levels law',
    state: 'closed',
    openedAt: new Date('2023-06-12T12:30:00.000Z'),
    closedAt: new Date('2023-12-12T23:59:59.999Z'),
    milestones: [
      { kind: 'response-threshold', at: new Date('2023-06-13T20:41:12.000Z'), dateOnly: false },
      { kind: 'debated', at: new Date('2024-03-18T00:00:00Z'), dateOnly: true },
    ],
  },
};

function memoryStorage(
  initial: Record<string, string> = {},
): PetitionStorage & { items: Map<string, string> } {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

/** What a valid entry looks like when stored, for tests that spoil one part of it. */
function storedEntry(): Record<string, unknown> & { snapshot: Record<string, unknown> } {
  return JSON.parse(
    JSON.stringify({ version: 1, fetchedAt: CACHED.fetchedAt.getTime(), snapshot: CACHED.snapshot }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the petition cache', () => {
  it('reads back what it wrote, dates and all', () => {
    const storage = memoryStorage();
    expect(writeCachedPetition(KEY, CACHED, storage)).toBe(true);
    expect([...storage.items.keys()]).toEqual([STORED_KEY]);
    expect(readCachedPetition(KEY, storage)).toEqual(CACHED);
    expect(readCachedPetition('parliament-uk:700001', storage)).toBeUndefined();
  });

  it('keeps a reading with only a count and a goal', () => {
    const storage = memoryStorage();
    const minimal: CachedPetition = {
      fetchedAt: CACHED.fetchedAt,
      snapshot: { count: 0, goal: 100, milestones: [] },
    };
    writeCachedPetition('json:x', minimal, storage);
    expect(readCachedPetition('json:x', storage)).toEqual(minimal);
  });

  it('does nothing, quietly, without storage', () => {
    expect(readCachedPetition(KEY, undefined)).toBeUndefined();
    expect(writeCachedPetition(KEY, CACHED, undefined)).toBe(false);
  });

  it('survives a storage that throws on every use (blocked, or full)', () => {
    const refusing: PetitionStorage = {
      getItem: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    };
    expect(readCachedPetition(KEY, refusing)).toBeUndefined();
    expect(writeCachedPetition(KEY, CACHED, refusing)).toBe(false);
  });

  it('ignores text that is not JSON', () => {
    expect(readCachedPetition(KEY, memoryStorage({ [STORED_KEY]: '{"version":1,' }))).toBeUndefined();
    expect(readCachedPetition(KEY, memoryStorage({ [STORED_KEY]: '' }))).toBeUndefined();
  });

  it('ignores entries written by another version', () => {
    const entry = { ...storedEntry(), version: 2 };
    expect(readCachedPetition(KEY, memoryStorage({ [STORED_KEY]: JSON.stringify(entry) }))).toBeUndefined();
    const { version: _version, ...unversioned } = storedEntry();
    expect(
      readCachedPetition(KEY, memoryStorage({ [STORED_KEY]: JSON.stringify(unversioned) })),
    ).toBeUndefined();
  });

  it.each([
    ['a negative count', { count: -1 }],
    ['a fractional count', { count: 12.5 }],
    ['a count as text', { count: '186302' }],
    ['a zero goal', { goal: 0 }],
    ['a title that is not text', { title: 42 }],
    ['an unreadable date', { openedAt: 'yesterday' }],
    [
      'an unknown milestone',
      { milestones: [{ kind: 'royal-assent', at: '2024-01-01T00:00:00Z', dateOnly: false }] },
    ],
    ['a milestone without a date', { milestones: [{ kind: 'debated', dateOnly: true }] }],
    ['no milestones list', { milestones: null }],
  ])('ignores an entry with %s', (_, spoilt) => {
    const entry = storedEntry();
    entry.snapshot = { ...entry.snapshot, ...spoilt };
    expect(readCachedPetition(KEY, memoryStorage({ [STORED_KEY]: JSON.stringify(entry) }))).toBeUndefined();
  });

  it.each([
    ['null', 'null'],
    ['a list', '[1, 2]'],
    ['a number', '186302'],
    ['a bad fetch time', JSON.stringify({ ...storedEntry(), fetchedAt: 'noon' })],
    ['no snapshot', JSON.stringify({ version: 1, fetchedAt: 0 })],
  ])('ignores %s', (_, text) => {
    expect(readCachedPetition(KEY, memoryStorage({ [STORED_KEY]: text }))).toBeUndefined();
  });
});

describe('pageStorage', () => {
  it('is localStorage where there is one', () => {
    const storage = memoryStorage();
    vi.stubGlobal('localStorage', storage);
    expect(pageStorage()).toBe(storage);
    expect(writeCachedPetition(KEY, CACHED)).toBe(true);
    expect(readCachedPetition(KEY)).toEqual(CACHED);
  });

  it('is undefined where touching localStorage throws, and reading and writing still do not', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      expect(pageStorage()).toBeUndefined();
      expect(readCachedPetition(KEY)).toBeUndefined();
      expect(writeCachedPetition(KEY, CACHED)).toBe(false);
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});
