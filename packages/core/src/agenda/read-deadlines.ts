/**
 * Reading an agenda's deadlines (motions, amendments, questions). A deadline
 * without a title or a readable due date is left out and reported: there is
 * nothing useful to show for it.
 */
import type { AgendaDeadline } from '../model/agenda.js';
import { PlacardInputError } from '../model/errors.js';
import { cleanLine } from '../sources/clean-text.js';
import { isJsonObject } from '../sources/json-text.js';
import { readDateInput } from '../sources/read-date.js';
import { safeUrl } from '../sources/safe-url.js';
import { addDays, wallTimeToInstant } from '../time/wall-time.js';
import type { AgendaVocabulary } from './agenda-input.js';
import { agendaMessages } from './agenda-messages.js';

/**
 * When a deadline given as `due` passes, in `timeZone`: the instant of a
 * date-time, or, for a date alone, the end of that day ("motions by
 * 5 February" may still arrive on the 5th).
 */
async function readDue(
  text: string,
  timeZone: string,
  field: string,
): Promise<Pick<AgendaDeadline, 'due' | 'date'>> {
  const read = await readDateInput(text, timeZone, field);
  if ('instant' in read) return { due: read.instant };
  const nextDay = await addDays(read.date, 1);
  return { due: await wallTimeToInstant(`${nextDay}T00:00`, timeZone, field), date: read.date };
}

/** The deadlines in `value`, in the order given, and the problems with those left out. */
export async function readDeadlines(
  value: unknown,
  context: { timeZone: string; vocabulary: AgendaVocabulary; baseUrl: string | undefined },
  problems: PlacardInputError[],
): Promise<AgendaDeadline[]> {
  if (!Array.isArray(value)) return [];
  const { timeZone, vocabulary, baseUrl } = context;
  const deadlines: AgendaDeadline[] = [];
  for (const [index, entry] of (value as unknown[]).entries()) {
    if (!isJsonObject(entry)) continue;
    const title = cleanLine(entry.title);
    if (title === undefined) {
      problems.push(
        agendaMessages.deadlineWithoutTitle(index, vocabulary, vocabulary.deadline(index, 'title')),
      );
      continue;
    }
    const field = vocabulary.deadline(index, 'due');
    const dueText = cleanLine(entry.due);
    if (dueText === undefined) {
      problems.push(
        entry.due === undefined || entry.due === null || typeof entry.due === 'string'
          ? agendaMessages.deadlineWithoutDue(index, title, vocabulary, field)
          : agendaMessages.unreadableDue(index, title, entry.due, field),
      );
      continue;
    }
    let due: Pick<AgendaDeadline, 'due' | 'date'>;
    try {
      due = await readDue(dueText, timeZone, field);
    } catch (error) {
      if (!(error instanceof PlacardInputError)) throw error;
      problems.push(agendaMessages.unreadableDue(index, title, dueText, field));
      continue;
    }
    const deadline: AgendaDeadline = { title, ...due };
    const url = safeUrl(cleanLine(entry.url), baseUrl);
    if (url !== undefined) deadline.url = url;
    deadlines.push(deadline);
  }
  return deadlines;
}
