import { describe, expect, it } from 'vitest';
import { PlacardInputError, type PlacardErrorCode } from '../../src/model/errors.js';
import { isFinalPetition, type PetitionSnapshot } from '../../src/petition/petition.js';
import type {
  FixedPetitionSource,
  PetitionAttributes,
  PolledPetitionSource,
} from '../../src/petition/petition-source.js';
import { readPetitionSource } from '../../src/petition/providers.js';
import { fixtureJson } from './fixtures/petition/index.js';

const BASE = 'https://branch.example/campaigns/';
const PETITION_URL = 'https://petition.parliament.uk/petitions/700001.json';
const COUNT_URL = 'https://petition.parliament.uk/petitions/700001/count.json';
const CAMPAIGN_URL = 'https://branch.example/campaigns/stats.json';

function polled(attrs: PetitionAttributes): PolledPetitionSource {
  const source = readPetitionSource(attrs, BASE);
  if (source.kind !== 'polled') throw new Error(`expected a polled source, got ${source.kind}`);
  return source;
}

function fixed(attrs: PetitionAttributes): FixedPetitionSource {
  const source = readPetitionSource(attrs, BASE);
  if (source.kind !== 'fixed') throw new Error(`expected a fixed source, got ${source.kind}`);
  return source;
}

function failure(run: () => unknown): { code: PlacardErrorCode; field: string | undefined; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PlacardInputError);
    const { code, field, message } = error as PlacardInputError;
    return { code, field, message };
  }
  throw new Error('expected a PlacardInputError');
}

const parliament = polled({ provider: 'parliament-uk', 'petition-id': '700001' });
/** The open petition as its full JSON reads. */
const OPEN: PetitionSnapshot = parliament.read(fixtureJson('parliament-open'), PETITION_URL, undefined);

describe('parliament-uk: which petition', () => {
  it('fetches the full JSON first, then count.json', () => {
    expect(parliament).toMatchObject({
      provider: 'parliament-uk',
      key: 'parliament-uk:700001',
      field: 'petition-id',
      thresholds: [10_000, 100_000],
      pageUrl: 'https://petition.parliament.uk/petitions/700001',
    });
    expect(parliament.url(undefined)).toBe(PETITION_URL);
    expect(parliament.url(OPEN)).toBe(COUNT_URL);
  });

  it.each([
    'https://petition.parliament.uk/petitions/700001',
    'https://petition.parliament.uk/petitions/700001/',
    'https://petition.parliament.uk/petitions/700001.json',
    'https://petition.parliament.uk/petitions/700001/count.json',
    'https://petition.parliament.uk/petitions/700001?utm_source=branch',
    'http://petition.parliament.uk/petitions/700001',
    'petition.parliament.uk/petitions/700001',
  ])('reads the petition from src=%j, with or without provider', (src) => {
    for (const attrs of [{ provider: 'parliament-uk', src }, { src }]) {
      const source = polled(attrs);
      expect(source.key).toBe('parliament-uk:700001');
      expect(source.field).toBe('src');
      expect(source.url(undefined)).toBe(PETITION_URL);
    }
  });

  it('reads a petition-id with leading zeros or spaces, or a pasted address, and prefers it to src', () => {
    expect(polled({ 'petition-id': ' 0700001 ' }).key).toBe('parliament-uk:700001');
    expect(polled({ 'petition-id': 'https://petition.parliament.uk/petitions/700001' }).key).toBe(
      'parliament-uk:700001',
    );
    expect(
      polled({ 'petition-id': '654321', src: 'https://petition.parliament.uk/petitions/700001' }).key,
    ).toBe('parliament-uk:654321');
  });

  it('says what is wrong with the petition-id or src', () => {
    expect(failure(() => readPetitionSource({ provider: 'parliament-uk', 'petition-id': 'abc' }))).toEqual({
      code: 'invalid-value',
      field: 'petition-id',
      message:
        'The petition-id "abc" is not a petition number. Use the number at the end of the petition’s address: for https://petition.parliament.uk/petitions/700001 it is petition-id="700001".',
    });
    expect(
      failure(() =>
        readPetitionSource({ provider: 'parliament-uk', src: 'https://www.change.org/p/save-it' }),
      ),
    ).toEqual({
      code: 'invalid-value',
      field: 'src',
      message:
        'The src "https://www.change.org/p/save-it" is not the address of a petition on petition.parliament.uk. Copy the address from the petition’s page, e.g. src="https://petition.parliament.uk/petitions/700001", or give its number in petition-id.',
    });
    expect(
      failure(() =>
        readPetitionSource({ provider: 'parliament-uk', src: 'https://petition.parliament.uk/petitions' }),
      ).field,
    ).toBe('src');
    expect(failure(() => readPetitionSource({ provider: 'parliament-uk' }))).toEqual({
      code: 'missing-field',
      field: 'petition-id',
      message:
        'The counter does not say which UK Parliament petition to count. Add petition-id="700001" (the number at the end of the petition’s address), or set src to the petition’s address, e.g. src="https://petition.parliament.uk/petitions/700001".',
    });
  });
});

describe('parliament-uk: reading the full JSON', () => {
  it('reads the open petition: count, title, state, dates and milestones', () => {
    expect(OPEN).toEqual({
      count: 48213,
      title: 'Fund a 10% pay rise for school support staff',
      state: 'open',
      openedAt: new Date('2024-10-15T11:03:27.902Z'),
      milestones: [
        { kind: 'response-threshold', at: new Date('2024-11-02T14:21:09.000Z'), dateOnly: false },
        { kind: 'government-response', at: new Date('2024-12-03T16:05:44.518Z'), dateOnly: false },
      ],
    });
    expect(isFinalPetition(OPEN)).toBe(false);
  });

  it('reads the closed, debated petition, with the debate’s own date', () => {
    const closed = parliament.read(fixtureJson('parliament-closed'), PETITION_URL, undefined);
    expect(closed).toEqual({
      count: 186302,
      title: 'Repeal the minimum service levels law',
      state: 'closed',
      openedAt: new Date('2023-06-12T12:30:00.000Z'),
      closedAt: new Date('2023-12-12T23:59:59.999Z'),
      milestones: [
        { kind: 'response-threshold', at: new Date('2023-06-13T20:41:12.000Z'), dateOnly: false },
        { kind: 'government-response', at: new Date('2023-07-20T15:00:00.000Z'), dateOnly: false },
        { kind: 'debate-threshold', at: new Date('2023-08-30T07:22:48.000Z'), dateOnly: false },
        { kind: 'debate-scheduled', at: new Date('2024-03-18T00:00:00Z'), dateOnly: true },
        { kind: 'debated', at: new Date('2024-03-18T00:00:00Z'), dateOnly: true },
      ],
    });
    expect(isFinalPetition(closed)).toBe(true);
  });

  it('reads the rejected petition as final, with no milestones', () => {
    const rejected = parliament.read(fixtureJson('parliament-rejected'), PETITION_URL, undefined);
    expect(rejected).toEqual({
      count: 6,
      title: 'Fund school support staff pay',
      state: 'rejected',
      milestones: [],
    });
    expect(isFinalPetition(rejected)).toBe(true);
  });

  it('reads an older answer, which calls the opening open_at', () => {
    const older = parliament.read(fixtureJson('parliament-older'), PETITION_URL, undefined);
    expect(older.openedAt).toEqual(new Date('2015-07-27T12:00:00.000Z'));
    expect(older.count).toBe(10482);
    expect(older.milestones.map((milestone) => milestone.kind)).toEqual([
      'response-threshold',
      'government-response',
    ]);
  });

  it('does not count a debate outcome that was "not debated" as debated', () => {
    const attributes = {
      signature_count: 120000,
      debate_outcome_at: '2024-03-20T09:30:00.000Z',
      debate: { debated_on: null, overview: 'The Committee decided not to schedule a debate.' },
    };
    const read = parliament.read({ data: { attributes } }, PETITION_URL, undefined);
    expect(read.milestones).toEqual([]);
  });

  it('leaves out dates it cannot read rather than failing', () => {
    const attributes = {
      signature_count: 12000,
      state: 'OPEN',
      opened_at: 'last Tuesday',
      response_threshold_reached_at: '2024-13-45T99:00:00Z',
      government_response_at: 1700000000,
    };
    expect(parliament.read({ data: { attributes } }, PETITION_URL, undefined)).toEqual({
      count: 12000,
      state: 'open',
      milestones: [],
    });
  });

  it('says when the answer is not a petition, or its count is not a count', () => {
    expect(failure(() => parliament.read({ error: 'Not found' }, PETITION_URL, undefined))).toEqual({
      code: 'malformed-document',
      field: 'petition-id',
      message:
        'The answer from https://petition.parliament.uk/petitions/700001.json is not a UK Parliament petition: it has no data.attributes. Check the petition-id attribute.',
    });
    const withCount = (signature_count: unknown) => ({ data: { attributes: { signature_count } } });
    expect(failure(() => parliament.read(withCount('lots'), PETITION_URL, undefined)).message).toBe(
      'The signature_count in https://petition.parliament.uk/petitions/700001.json is "lots", which is not a whole number. The petitions site may be having trouble; Placard will keep trying.',
    );
    expect(failure(() => parliament.read(withCount(-3), PETITION_URL, undefined)).message).toContain(
      'is -3, which is below 0. The petitions site',
    );
    expect(failure(() => parliament.read(withCount(undefined), PETITION_URL, undefined)).message).toContain(
      'The signature_count in https://petition.parliament.uk/petitions/700001.json is missing, not a number.',
    );
    expect(failure(() => parliament.read(withCount(12.5), PETITION_URL, undefined)).message).toContain(
      'is the number 12.5, which is not a whole number.',
    );
  });
});

describe('parliament-uk: reading count.json onto the petition', () => {
  it('updates the count and keeps the title, state and milestones', () => {
    expect(parliament.read(fixtureJson('parliament-count'), COUNT_URL, OPEN)).toEqual({
      ...OPEN,
      count: 48390,
    });
  });

  it('adds milestones count.json now reports', () => {
    const update = parliament.read(fixtureJson('parliament-count-debate'), COUNT_URL, OPEN);
    expect(update.count).toBe(100017);
    expect(update.milestones.slice(2)).toEqual([
      { kind: 'debate-threshold', at: new Date('2025-01-15T08:12:40.000Z'), dateOnly: false },
      { kind: 'debate-scheduled', at: new Date('2025-03-10T00:00:00Z'), dateOnly: true },
    ]);
  });

  it('keeps every milestone when count.json has only signature_count (its older shape)', () => {
    expect(parliament.read(fixtureJson('parliament-count-minimal'), COUNT_URL, OPEN)).toEqual({
      ...OPEN,
      count: 48402,
    });
  });

  it('drops a milestone count.json reports as gone, and keeps a known debate’s date', () => {
    const closed = parliament.read(fixtureJson('parliament-closed'), PETITION_URL, undefined);
    const update = parliament.read(
      {
        signature_count: 186303,
        scheduled_debate_date: null,
        debate_outcome_at: '2024-03-20T09:30:00.000Z',
        debated: true,
      },
      COUNT_URL,
      closed,
    );
    expect(update.milestones.map((milestone) => milestone.kind)).toEqual([
      'response-threshold',
      'government-response',
      'debate-threshold',
      'debated',
    ]);
    expect(update.milestones.at(-1)).toEqual({
      kind: 'debated',
      at: new Date('2024-03-18T00:00:00Z'),
      dateOnly: true,
    });
  });

  it('dates a debate first heard of in count.json by its outcome', () => {
    const update = parliament.read(
      { signature_count: 100500, debate_outcome_at: '2025-04-01T10:00:00.000Z', debated: true },
      COUNT_URL,
      OPEN,
    );
    expect(update.milestones.at(-1)).toEqual({
      kind: 'debated',
      at: new Date('2025-04-01T10:00:00.000Z'),
      dateOnly: false,
    });
  });

  it('says when count.json’s count is unreadable', () => {
    expect(failure(() => parliament.read({ signature_count: null }, COUNT_URL, OPEN))).toEqual({
      code: 'malformed-document',
      field: 'petition-id',
      message:
        'The signature_count in https://petition.parliament.uk/petitions/700001/count.json is null, not a number. The petitions site may be having trouble; Placard will keep trying.',
    });
    expect(failure(() => parliament.read([48390], COUNT_URL, OPEN)).code).toBe('malformed-document');
  });
});

describe('json: a count anywhere in a JSON document', () => {
  const campaign = fixtureJson('campaign');

  it('reads the nested count and goal', () => {
    const source = polled({
      provider: 'json',
      src: 'stats.json',
      'count-path': '/campaign/signatures/count',
      'goal-path': '/campaign/signatures/goal',
    });
    expect(source).toMatchObject({
      provider: 'json',
      key: `json:${CAMPAIGN_URL} /campaign/signatures/count /campaign/signatures/goal`,
      field: 'src',
      thresholds: [],
    });
    expect(source.url(undefined)).toBe(CAMPAIGN_URL);
    expect(source.read(campaign, CAMPAIGN_URL, undefined)).toEqual({
      count: 8421,
      goal: 10000,
      milestones: [],
    });
  });

  it('reads items of lists, counts written as text, the fragment form and escaped names', () => {
    const read = (countPath: string) =>
      polled({ src: CAMPAIGN_URL, 'count-path': countPath }).read(campaign, CAMPAIGN_URL, undefined).count;
    expect(read('/actions/0/count')).toBe(8421);
    expect(read('/actions/1/count')).toBe(1204);
    expect(read('#/campaign/signatures/count')).toBe(8421);
    expect(read('/a~1b')).toBe(1);
    expect(read('  /m~0n')).toBe(2);
  });

  it('takes an empty count-path as the whole document', () => {
    const source = polled({ provider: 'json', src: '/count.json', 'count-path': '' });
    expect(source.read(1234, 'https://branch.example/count.json', undefined).count).toBe(1234);
  });

  it('gives counters with the same src and paths one key, and others their own', () => {
    const attrs = { src: 'stats.json', 'count-path': '/campaign/signatures/count' };
    expect(polled(attrs).key).toBe(polled({ ...attrs, src: CAMPAIGN_URL }).key);
    expect(polled(attrs).key).not.toBe(polled({ ...attrs, 'count-path': '/actions/0/count' }).key);
    expect(polled(attrs).key).not.toBe(polled({ ...attrs, 'goal-path': '/campaign/signatures/goal' }).key);
  });

  it('says what is missing or wrong in the attributes', () => {
    expect(failure(() => readPetitionSource({ provider: 'json', 'count-path': '/count' }))).toEqual({
      code: 'missing-field',
      field: 'src',
      message:
        'The json counter has no src. Add the address of the JSON file that holds the count, e.g. src="/campaign/count.json".',
    });
    expect(
      failure(() => readPetitionSource({ provider: 'json', src: 'javascript:alert(1)', 'count-path': '/c' })),
    ).toEqual({
      code: 'invalid-value',
      field: 'src',
      message:
        'The src "javascript:alert(1)" is not a web address. Give the address of the JSON file, starting with https://, or a path on this website such as /campaign/count.json.',
    });
    expect(
      failure(() =>
        readPetitionSource({ provider: 'json', src: 'mailto:branch@example.org', 'count-path': '/c' }),
      ).field,
    ).toBe('src');
    // Without a page to resolve it against, a path is not an address.
    expect(
      failure(() => readPetitionSource({ provider: 'json', src: 'stats.json', 'count-path': '/c' })).field,
    ).toBe('src');
    expect(failure(() => readPetitionSource({ provider: 'json', src: CAMPAIGN_URL }))).toEqual({
      code: 'missing-field',
      field: 'count-path',
      message:
        'The json counter does not say where the count is in its file. Add count-path with a JSON Pointer to it, e.g. count-path="/signatures" for a file holding {"signatures": 1234}.',
    });
    expect(
      failure(() => readPetitionSource({ src: CAMPAIGN_URL, 'count-path': '/count', 'goal-path': 'goal' })),
    ).toMatchObject({ code: 'invalid-value', field: 'goal-path' });
  });

  it('says when a pointer finds nothing, or something that is not a count or goal', () => {
    const read = (attrs: PetitionAttributes) => () =>
      polled({ src: CAMPAIGN_URL, ...attrs }).read(campaign, CAMPAIGN_URL, undefined);
    expect(failure(read({ 'count-path': '/campaign/signature/count' }))).toEqual({
      code: 'not-found',
      field: 'count-path',
      message:
        'The count-path "/campaign/signature/count" finds nothing in https://branch.example/campaigns/stats.json: there is no "signature" in the object at /campaign (it has "name", "slug", "signatures", "updated"). Check the count-path against the file.',
    });
    expect(failure(read({ 'count-path': '/campaign/name' }))).toEqual({
      code: 'invalid-value',
      field: 'count-path',
      message:
        'In https://branch.example/campaigns/stats.json, the count-path "/campaign/name" finds "Save our library", which is not a whole number. Point count-path at the number of signatures: a whole number of 0 or more, e.g. 1234.',
    });
    expect(failure(read({ 'count-path': '/campaign/signatures' })).message).toContain(
      'the count-path "/campaign/signatures" finds an object, not a number.',
    );
    expect(
      failure(() =>
        polled({ src: CAMPAIGN_URL, 'count-path': '/n' }).read({ n: -12 }, CAMPAIGN_URL, undefined),
      ).message,
    ).toContain('finds -12, which is below 0.');
    expect(failure(read({ 'count-path': '/actions/0/count', 'goal-path': '/actions/2/count' }))).toEqual({
      code: 'not-found',
      field: 'goal-path',
      message:
        'The goal-path "/actions/2/count" finds nothing in https://branch.example/campaigns/stats.json: the list at /actions has 2 items (0 to 1), so there is no item 2. Check the goal-path against the file.',
    });
    expect(failure(read({ 'count-path': '/a~1b', 'goal-path': '/' }))).toEqual({
      code: 'not-found',
      field: 'goal-path',
      message:
        'The goal-path "/" finds nothing in https://branch.example/campaigns/stats.json: there is no "" in the object at the top of the document (it has "campaign", "actions", "a/b", "m~n"). Check the goal-path against the file.',
    });
    expect(
      failure(() =>
        polled({ src: CAMPAIGN_URL, 'count-path': '/n', 'goal-path': '/g' }).read(
          { n: 5, g: 0 },
          CAMPAIGN_URL,
          undefined,
        ),
      ),
    ).toEqual({
      code: 'invalid-value',
      field: 'goal-path',
      message:
        'In https://branch.example/campaigns/stats.json, the goal-path "/g" finds the number 0, not a goal. Point goal-path at a whole number above 0, e.g. 10000, or leave it out.',
    });
  });
});

describe('static: a count written on the element', () => {
  it('reads the count, with separators, and the goal', () => {
    const source = fixed({ provider: 'static', count: '4,210', goal: '5 000' });
    expect(source).toMatchObject({ provider: 'static', goal: 5000, thresholds: [] });
    expect(source.snapshot).toEqual({ count: 4210, milestones: [] });
    expect(fixed({ count: '0' }).snapshot.count).toBe(0);
    expect(fixed({ count: '12\u202f345' }).snapshot.count).toBe(12345);
  });

  it.each([
    [
      'abc',
      'The count attribute is "abc", which is not a whole number. Write the number of signatures as a whole number of 0 or more, e.g. count="1234".',
    ],
    [
      '-5',
      'The count attribute is "-5", which is below 0. Write the number of signatures as a whole number of 0 or more, e.g. count="1234".',
    ],
    [
      '12.345',
      'The count attribute is "12.345", which is not a whole number. Write the number of signatures as a whole number of 0 or more, e.g. count="1234".',
    ],
    [
      '1,23',
      'The count attribute is "1,23", which is not a whole number. Write the number of signatures as a whole number of 0 or more, e.g. count="1234".',
    ],
  ])('says count=%j is not a count', (count, message) => {
    expect(failure(() => readPetitionSource({ provider: 'static', count }))).toEqual({
      code: 'invalid-value',
      field: 'count',
      message,
    });
  });

  it('says when there is no count', () => {
    expect(failure(() => readPetitionSource({ provider: 'static', goal: '100' }))).toEqual({
      code: 'missing-field',
      field: 'count',
      message: 'The static counter has no count. Add the number of signatures, e.g. count="1234".',
    });
  });
});

describe('readPetitionSource: choosing the provider', () => {
  it('guesses the provider from the attributes when it is left out', () => {
    expect(readPetitionSource({ 'petition-id': '700001' }).provider).toBe('parliament-uk');
    expect(readPetitionSource({ src: CAMPAIGN_URL, 'count-path': '/n' }).provider).toBe('json');
    expect(readPetitionSource({ count: '12' }).provider).toBe('static');
    expect(readPetitionSource({ provider: ' Static ', count: '12' }).provider).toBe('static');
  });

  it('reads the goal attribute for every provider', () => {
    expect(readPetitionSource({ 'petition-id': '700001', goal: '250000' }).goal).toBe(250000);
    expect(readPetitionSource({ src: CAMPAIGN_URL, 'count-path': '/n', goal: '10,000' }).goal).toBe(10000);
    expect(readPetitionSource({ 'petition-id': '700001' }).goal).toBeUndefined();
    expect(failure(() => readPetitionSource({ count: '12', goal: '0' }))).toEqual({
      code: 'invalid-value',
      field: 'goal',
      message:
        'The goal attribute is "0", not a number of signatures to aim for. Write a whole number above 0, e.g. goal="10000", or leave it out.',
    });
  });

  it('says when there is nothing to count, or the provider is unknown', () => {
    expect(failure(() => readPetitionSource({}))).toEqual({
      code: 'missing-field',
      field: 'provider',
      message:
        'The petition counter has nothing to count. Add provider="parliament-uk" with petition-id="700001", provider="json" with src and count-path, or provider="static" with count="1234".',
    });
    expect(failure(() => readPetitionSource({ src: CAMPAIGN_URL }))).toMatchObject({ field: 'provider' });
    expect(failure(() => readPetitionSource({ provider: 'change-org', count: '5' }))).toEqual({
      code: 'invalid-value',
      field: 'provider',
      message: 'The provider "change-org" is not one Placard knows. Use "parliament-uk", "json", "static".',
    });
  });
});
