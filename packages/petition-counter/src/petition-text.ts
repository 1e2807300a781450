/**
 * The counter's words: counts with their noun in the right form, the progress
 * bar's value text, milestones, and "last updated".
 *
 * Every function here calls `msg()`, so call them while rendering: outside
 * `withLocale` (an event handler, a poll's callback) `msg()` answers in English.
 */
import { msg, str } from '@lit/localize';
import { dateTimeFormat, numberFormat, pluralRules, type PetitionMilestone } from '@placard/core';

/** A count as the locale writes it: "12,345". */
export function formatCount(count: number, locale: string): string {
  return numberFormat(locale).format(count);
}

/**
 * "12,345 signatures", with the noun in the form the number takes.
 *
 * @lit/localize has no plural messages, so each CLDR plural category has a
 * message of its own, picked with `Intl.PluralRules`: English uses two of them
 * (1 signature, 2 signatures), Welsh all six (1 llofnod, 2 lofnod, 20 o
 * lofnodion). English gives every category a text, because Welsh needs each id.
 *
 * @param figure What stands for the number; default the count, formatted.
 *   The component passes a marker to find where the number goes in the phrase.
 */
export function signatures(count: number, locale: string, figure = formatCount(count, locale)): string {
  switch (pluralRules(locale).select(count)) {
    case 'zero':
      return msg(str`${figure} signatures`, { id: 'petition-signatures-zero' });
    case 'one':
      return msg(str`${figure} signature`, { id: 'petition-signatures-one' });
    case 'two':
      return msg(str`${figure} signatures`, { id: 'petition-signatures-two' });
    case 'few':
      return msg(str`${figure} signatures`, { id: 'petition-signatures-few' });
    case 'many':
      return msg(str`${figure} signatures`, { id: 'petition-signatures-many' });
    default:
      return msg(str`${figure} signatures`, { id: 'petition-signatures-other' });
  }
}

/**
 * The progress bar's value text, "12,345 of 20,000 signatures": the noun
 * follows the goal, the number nearest it.
 */
export function progressText(count: number, goal: number, locale: string): string {
  const counted = formatCount(count, locale);
  const target = formatCount(goal, locale);
  switch (pluralRules(locale).select(goal)) {
    case 'zero':
      return msg(str`${counted} of ${target} signatures`, { id: 'petition-progress-zero' });
    case 'one':
      return msg(str`${counted} of ${target} signature`, { id: 'petition-progress-one' });
    case 'two':
      return msg(str`${counted} of ${target} signatures`, { id: 'petition-progress-two' });
    case 'few':
      return msg(str`${counted} of ${target} signatures`, { id: 'petition-progress-few' });
    case 'many':
      return msg(str`${counted} of ${target} signatures`, { id: 'petition-progress-many' });
    default:
      return msg(str`${counted} of ${target} signatures`, { id: 'petition-progress-other' });
  }
}

/**
 * A milestone's date. A calendar date is midnight UTC (see `PetitionMilestone`),
 * so it is formatted in UTC; an instant in the reader's own zone.
 */
function milestoneDate(milestone: PetitionMilestone, locale: string): string {
  const options: Intl.DateTimeFormatOptions = milestone.dateOnly
    ? { dateStyle: 'long', timeZone: 'UTC' }
    : { dateStyle: 'long' };
  return dateTimeFormat(locale, options).format(milestone.at);
}

/**
 * A milestone in words, with its date: "The Government responded on 3
 * December 2024".
 *
 * @param thresholds The source's milestone counts in increasing order
 *   (Parliament's 10,000 for a response and 100,000 for a debate).
 */
export function milestoneText(
  milestone: PetitionMilestone,
  locale: string,
  thresholds: readonly number[],
): string {
  const date = milestoneDate(milestone, locale);
  switch (milestone.kind) {
    case 'response-threshold': {
      const passed = signatures(thresholds[0] ?? 10_000, locale);
      return msg(str`Passed ${passed} on ${date}, so the Government will respond`, {
        id: 'petition-milestone-response-threshold',
      });
    }
    case 'government-response':
      return msg(str`The Government responded on ${date}`, { id: 'petition-milestone-government-response' });
    case 'debate-threshold': {
      const passed = signatures(thresholds[1] ?? 100_000, locale);
      return msg(str`Passed ${passed} on ${date}, so Parliament will consider it for a debate`, {
        id: 'petition-milestone-debate-threshold',
      });
    }
    case 'debate-scheduled':
      return msg(str`Parliament will debate it on ${date}`, { id: 'petition-milestone-debate-scheduled' });
    case 'debated':
      return msg(str`Debated in Parliament on ${date}`, { id: 'petition-milestone-debated' });
  }
}

/**
 * "Last updated 23 Nov 2026, 14:05", for a count that is not fresh: from the
 * last page view, or kept while the source fails. A time rather than "5
 * minutes ago", so it stays true without a clock to re-render it.
 */
export function lastUpdatedText(fetchedAt: Date, locale: string): string {
  const when = dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(fetchedAt);
  return msg(str`Last updated ${when}`, { id: 'petition-updated' });
}

/** The notice on a petition that takes no more signatures. */
export function finalNotice(state: string | undefined, closedAt: Date | undefined, locale: string): string {
  if (state === 'rejected') return msg('This petition was rejected.', { id: 'petition-rejected' });
  if (!closedAt) return msg('This petition is closed.', { id: 'petition-closed' });
  const date = dateTimeFormat(locale, { dateStyle: 'long' }).format(closedAt);
  return msg(str`This petition closed on ${date}.`, { id: 'petition-closed-on' });
}
