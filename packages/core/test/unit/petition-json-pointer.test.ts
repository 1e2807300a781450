import { describe, expect, it } from 'vitest';
import { PlacardInputError } from '../../src/model/errors.js';
import { formatJsonPointer, parseJsonPointer, resolveJsonPointer } from '../../src/petition/json-pointer.js';

/** The example document of RFC 6901, section 5. */
const RFC_DOCUMENT = {
  foo: ['bar', 'baz'],
  '': 0,
  'a/b': 1,
  'c%d': 2,
  'e^f': 3,
  'g|h': 4,
  'i\\j': 5,
  'k"l': 6,
  ' ': 7,
  'm~n': 8,
};

const find = (document: unknown, text: string) =>
  resolveJsonPointer(document, parseJsonPointer(text, 'count-path'));

function syntaxError(text: string): PlacardInputError {
  try {
    parseJsonPointer(text, 'count-path');
  } catch (error) {
    expect(error).toBeInstanceOf(PlacardInputError);
    return error as PlacardInputError;
  }
  throw new Error(`${JSON.stringify(text)} was accepted`);
}

describe('JSON Pointer: the RFC 6901 examples', () => {
  // Section 5: the JSON string representation.
  it.each([
    ['', RFC_DOCUMENT],
    ['/foo', ['bar', 'baz']],
    ['/foo/0', 'bar'],
    ['/', 0],
    ['/a~1b', 1],
    ['/c%d', 2],
    ['/e^f', 3],
    ['/g|h', 4],
    ['/i\\j', 5],
    ['/k"l', 6],
    ['/ ', 7],
    ['/m~0n', 8],
  ])('%j finds %j', (text, value) => {
    expect(find(RFC_DOCUMENT, text)).toEqual({ found: true, value });
  });

  // Section 6: the URI fragment identifier representation.
  it.each([
    ['#', RFC_DOCUMENT],
    ['#/foo', ['bar', 'baz']],
    ['#/foo/0', 'bar'],
    ['#/', 0],
    ['#/a~1b', 1],
    ['#/c%25d', 2],
    ['#/e%5Ef', 3],
    ['#/g%7Ch', 4],
    ['#/i%5Cj', 5],
    ['#/k%22l', 6],
    ['#/%20', 7],
    ['#/m~0n', 8],
  ])('the fragment %j finds %j', (text, value) => {
    expect(find(RFC_DOCUMENT, text)).toEqual({ found: true, value });
  });

  it('unescapes ~1 before ~0, so "~01" is a "~" followed by "1"', () => {
    expect(parseJsonPointer('/~01', 'count-path').tokens).toEqual(['~1']);
    expect(find({ '~1': 'tilde one', '/': 'slash' }, '/~01')).toEqual({ found: true, value: 'tilde one' });
  });

  it('formats tokens back into the pointer they came from', () => {
    for (const text of ['', '/foo/0', '/', '/a~1b', '/m~0n', '/~01', '/ ']) {
      expect(formatJsonPointer(parseJsonPointer(text, 'count-path').tokens)).toBe(text);
    }
    expect(formatJsonPointer(['actions', 1, 'count'])).toBe('/actions/1/count');
  });
});

describe('JSON Pointer: what it cannot find, in words', () => {
  it('rejects array indexes with leading zeros', () => {
    expect(find(RFC_DOCUMENT, '/foo/01')).toEqual({
      found: false,
      reason:
        '/foo is a list, whose items are numbered 0, 1, 2 … without leading zeros, and "01" is not such a number',
    });
  });

  it('says "-" is the place after the last item', () => {
    expect(find(RFC_DOCUMENT, '/foo/-')).toEqual({
      found: false,
      reason: '"-" at /foo means the place after the last item of the list, where there is nothing yet',
    });
  });

  it('says how many items a list has when the index is past the end', () => {
    expect(find(RFC_DOCUMENT, '/foo/2')).toEqual({
      found: false,
      reason: 'the list at /foo has 2 items (0 to 1), so there is no item 2',
    });
    expect(find({ list: ['only'] }, '/list/1')).toEqual({
      found: false,
      reason: 'the list at /list has 1 item (0 to 0), so there is no item 1',
    });
    expect(find({ list: [] }, '/list/0')).toEqual({ found: false, reason: 'the list at /list is empty' });
  });

  it('says when a step lands on something with nothing inside', () => {
    expect(find(RFC_DOCUMENT, '/foo/0/length')).toEqual({
      found: false,
      reason:
        '/foo/0 holds text ("bar"), not an object or a list, so there is nothing inside it to find "length" in',
    });
    expect(find(42, '/count')).toEqual({
      found: false,
      reason:
        'the top of the document holds the number 42, not an object or a list, so there is nothing inside it to find "count" in',
    });
    expect(find({ a: null }, '/a/b')).toEqual({
      found: false,
      reason: '/a holds null, not an object or a list, so there is nothing inside it to find "b" in',
    });
  });

  it('lists the names an object does have, up to six', () => {
    expect(find({ data: { total: 1, goal: 2 } }, '/data/count')).toEqual({
      found: false,
      reason: 'there is no "count" in the object at /data (it has "total", "goal")',
    });
    expect(find(RFC_DOCUMENT, '/bar')).toEqual({
      found: false,
      reason:
        'there is no "bar" in the object at the top of the document (it has "foo", "", "a/b", "c%d", "e^f", "g|h", …)',
    });
    expect(find({ data: {} }, '/data/count')).toEqual({
      found: false,
      reason: 'there is no "count" in the object at /data (it is empty)',
    });
  });

  it('never finds what an object inherits', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(find({ count: 1 }, `/${name}`).found).toBe(false);
    }
    expect(find(JSON.parse('{"__proto__": 5}'), '/__proto__')).toEqual({ found: true, value: 5 });
  });

  it('reads a number token as a name inside an object', () => {
    expect(find({ '0': 'zero', '01': 'oh one' }, '/01')).toEqual({ found: true, value: 'oh one' });
  });
});

describe('JSON Pointer: text that is not a pointer', () => {
  it('suggests the pointer meant by a dotted path, JSONPath, or a missing slash', () => {
    expect(syntaxError('data.count').message).toBe(
      'The count-path "data.count" is not a JSON Pointer: it must start with "/", e.g. count-path="/data/count". Leave it empty to use the whole document.',
    );
    expect(syntaxError('$.campaign.signatures.count').message).toContain(
      'e.g. count-path="/campaign/signatures/count"',
    );
    expect(syntaxError('data/count').message).toContain('e.g. count-path="/data/count"');
    expect(syntaxError('count')).toMatchObject({ code: 'invalid-value', field: 'count-path' });
  });

  it('rejects "~" not followed by 0 or 1', () => {
    expect(syntaxError('/a~2b').message).toBe(
      'The count-path "/a~2b" has "~2". In a JSON Pointer "~" only starts an escape: write ~0 for a "~" in a name and ~1 for a "/" in a name.',
    );
    expect(syntaxError('/a~').message).toBe(
      'The count-path "/a~" has a "~" at the end. In a JSON Pointer "~" only starts an escape: write ~0 for a "~" in a name and ~1 for a "/" in a name.',
    );
    expect(syntaxError('/m~0n/~x').message).toContain('has "~x"');
  });

  it('rejects a fragment with a broken percent escape', () => {
    expect(syntaxError('#/c%d').message).toBe(
      'The count-path "#/c%d" has a "%" that does not start a valid escape such as %20. Write % itself as %25, or leave out the "#" and write the pointer plainly, e.g. count-path="/data/count".',
    );
    expect(syntaxError('#foo').message).toContain('it must start with "/"');
  });

  it('names the attribute it was given', () => {
    expect(() => parseJsonPointer('goal', 'goal-path')).toThrow(
      'The goal-path "goal" is not a JSON Pointer: it must start with "/", e.g. goal-path="/goal".',
    );
  });
});
