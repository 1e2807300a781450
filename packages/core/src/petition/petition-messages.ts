/**
 * Every message the petition counter's core writes, in one place so the
 * wording stays consistent. Each names the attribute to look at (and the
 * address, when one was fetched), says what is wrong, and says how to fix it —
 * or, when the fault is the other site's, that Placard will keep trying.
 */
import { PlacardInputError } from '../model/errors.js';
import { describeValue } from '../sources/json-text.js';
import { isNegativeNumber } from './count-value.js';
import type { JsonPointer } from './json-pointer.js';

/** An attribute value as messages show it: `"abc"`, shortened when long. */
function shown(value: string): string {
  const text = value.trim();
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}…` : text);
}

/** `-5, which is below 0` or `text ("many"), not a number`: what a value that is not a count is. */
function notACount(value: unknown): string {
  if (isNegativeNumber(value))
    return `${typeof value === 'string' ? shown(value) : String(value)}, which is below 0`;
  if (typeof value === 'string') return `${shown(value)}, which is not a whole number`;
  if (typeof value === 'number') return `${describeValue(value)}, which is not a whole number`;
  return `${describeValue(value)}, not a number`;
}

/** Whether the other site, not the webmaster, has to fix an HTTP status: busy or broken servers. */
function isServerTrouble(status: number): boolean {
  return status >= 500 || status === 429;
}

export const petitionMessages = {
  noSource: () =>
    new PlacardInputError(
      'missing-field',
      'The petition counter has nothing to count. Add provider="parliament-uk" with petition-id="700001", provider="json" with src and count-path, or provider="static" with count="1234".',
      'provider',
    ),

  unknownProvider: (value: string, known: readonly string[]) =>
    new PlacardInputError(
      'invalid-value',
      `The provider ${shown(value)} is not one Placard knows. Use ${known.map((name) => `"${name}"`).join(', ')}.`,
      'provider',
    ),

  noPetition: () =>
    new PlacardInputError(
      'missing-field',
      'The counter does not say which UK Parliament petition to count. Add petition-id="700001" (the number at the end of the petition’s address), or set src to the petition’s address, e.g. src="https://petition.parliament.uk/petitions/700001".',
      'petition-id',
    ),

  badPetitionId: (value: string) =>
    new PlacardInputError(
      'invalid-value',
      `The petition-id ${shown(value)} is not a petition number. Use the number at the end of the petition’s address: for https://petition.parliament.uk/petitions/700001 it is petition-id="700001".`,
      'petition-id',
    ),

  notParliamentAddress: (value: string) =>
    new PlacardInputError(
      'invalid-value',
      `The src ${shown(value)} is not the address of a petition on petition.parliament.uk. Copy the address from the petition’s page, e.g. src="https://petition.parliament.uk/petitions/700001", or give its number in petition-id.`,
      'src',
    ),

  notAPetition: (url: string, field: string) =>
    new PlacardInputError(
      'malformed-document',
      `The answer from ${url} is not a UK Parliament petition: it has no data.attributes. Check the ${field} attribute.`,
      field,
    ),

  badSignatureCount: (value: unknown, url: string, field: string) =>
    new PlacardInputError(
      'malformed-document',
      `The signature_count in ${url} is ${notACount(value)}. The petitions site may be having trouble; Placard will keep trying.`,
      field,
    ),

  noSrc: () =>
    new PlacardInputError(
      'missing-field',
      'The json counter has no src. Add the address of the JSON file that holds the count, e.g. src="/campaign/count.json".',
      'src',
    ),

  badSrc: (value: string) =>
    new PlacardInputError(
      'invalid-value',
      `The src ${shown(value)} is not a web address. Give the address of the JSON file, starting with https://, or a path on this website such as /campaign/count.json.`,
      'src',
    ),

  noCountPath: () =>
    new PlacardInputError(
      'missing-field',
      'The json counter does not say where the count is in its file. Add count-path with a JSON Pointer to it, e.g. count-path="/signatures" for a file holding {"signatures": 1234}.',
      'count-path',
    ),

  pointerFindsNothing: (field: string, pointer: JsonPointer, url: string, reason: string) =>
    new PlacardInputError(
      'not-found',
      `The ${field} ${shown(pointer.text)} finds nothing in ${url}: ${reason}. Check the ${field} against the file.`,
      field,
    ),

  badPointedCount: (value: unknown, pointer: JsonPointer, url: string) =>
    new PlacardInputError(
      'invalid-value',
      `In ${url}, the count-path ${shown(pointer.text)} finds ${notACount(value)}. Point count-path at the number of signatures: a whole number of 0 or more, e.g. 1234.`,
      'count-path',
    ),

  badPointedGoal: (value: unknown, pointer: JsonPointer, url: string) =>
    new PlacardInputError(
      'invalid-value',
      `In ${url}, the goal-path ${shown(pointer.text)} finds ${describeValue(value)}, not a goal. Point goal-path at a whole number above 0, e.g. 10000, or leave it out.`,
      'goal-path',
    ),

  noCount: () =>
    new PlacardInputError(
      'missing-field',
      'The static counter has no count. Add the number of signatures, e.g. count="1234".',
      'count',
    ),

  badCount: (value: string) =>
    new PlacardInputError(
      'invalid-value',
      `The count attribute is ${notACount(value)}. Write the number of signatures as a whole number of 0 or more, e.g. count="1234".`,
      'count',
    ),

  badGoal: (value: string) =>
    new PlacardInputError(
      'invalid-value',
      `The goal attribute is ${shown(value)}, not a number of signatures to aim for. Write a whole number above 0, e.g. goal="10000", or leave it out.`,
      'goal',
    ),

  badRefresh: (value: string) =>
    new PlacardInputError(
      'invalid-value',
      `The refresh attribute is ${shown(value)}, not a number of seconds. Write e.g. refresh="120", or leave it out to check every 60 seconds.`,
      'refresh',
    ),

  badMinDisplay: (value: string) =>
    new PlacardInputError(
      'invalid-value',
      `The min-display attribute is ${shown(value)}, not a whole number. Write e.g. min-display="100" to show the count once it reaches 100.`,
      'min-display',
    ),

  timeout: (url: string, field: string, timeoutMs: number, cause: unknown) =>
    new PlacardInputError(
      'timeout',
      `The address ${url} did not answer within ${timeoutMs / 1000} seconds. Placard will try again; if this goes on, check the ${field} attribute and that the site is up.`,
      field,
      { cause },
    ),

  network: (url: string, field: string, cause: unknown) =>
    new PlacardInputError(
      'network',
      `Placard could not read ${url}. Either the site did not answer, or it does not let other websites read it (CORS). Check the ${field} attribute; if the file is your own, put it on this website or have its host allow cross-origin requests.`,
      field,
      { cause },
    ),

  httpStatus: (url: string, field: string, status: number, statusText: string) =>
    new PlacardInputError(
      'http-status',
      `The address ${url} answered ${status}${statusText ? ` ${statusText}` : ''}. ${
        isServerTrouble(status)
          ? 'The site is busy or has a problem of its own; Placard will keep trying.'
          : `Check the ${field} attribute.`
      }`,
      field,
    ),

  webPage: (url: string, field: string) =>
    new PlacardInputError(
      'malformed-document',
      `The address ${url} answered with a web page, not JSON. Check that the ${field} attribute is the address of the JSON itself.`,
      field,
    ),
};
