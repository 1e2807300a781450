import { expect } from 'vitest';
import { PlacardInputError, type PlacardErrorCode } from '../../src/model/errors.js';

/** Awaits `promise`, expecting it to fail with exactly this PlacardInputError. */
export async function expectInputError(
  promise: Promise<unknown>,
  expected: { code: PlacardErrorCode; field?: string | undefined; message: string },
): Promise<void> {
  const error: unknown = await promise.then(
    (value) => {
      throw new Error(`Expected a PlacardInputError, got ${JSON.stringify(value)}`);
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(PlacardInputError);
  const { code, field, message } = error as PlacardInputError;
  expect({ code, field, message }).toEqual({
    code: expected.code,
    field: expected.field,
    message: expected.message,
  });
}
