/**
 * Problems with a widget's input, written for the webmaster who has to fix them.
 *
 * `message` is plain English that names the field and says what is wrong and how
 * to fix it; `field` and `code` let code and tests tell problems apart.
 */
export type PlacardErrorCode =
  | 'missing-field'
  | 'invalid-value'
  | 'invalid-date'
  | 'unknown-time-zone'
  | 'end-before-start'
  | 'unsupported-format'
  | 'malformed-document'
  | 'not-found'
  | 'network'
  | 'http-status'
  | 'timeout'
  | 'too-large';

export class PlacardInputError extends Error {
  override readonly name = 'PlacardInputError';

  constructor(
    readonly code: PlacardErrorCode,
    message: string,
    /** The attribute, JSON property or feed line the problem is in. */
    readonly field?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isPlacardInputError(value: unknown): value is PlacardInputError {
  return value instanceof PlacardInputError;
}

/**
 * `error` as a `PlacardInputError`: itself when it already is one, else wrapped
 * with a message saying what was being read, so a widget's error state always
 * has a plain message to show.
 */
export function toInputError(error: unknown, what: string): PlacardInputError {
  return isPlacardInputError(error)
    ? error
    : new PlacardInputError(
        'invalid-value',
        `Something unexpected went wrong reading ${what}: ${String(error)}`,
        undefined,
        {
          cause: error,
        },
      );
}
