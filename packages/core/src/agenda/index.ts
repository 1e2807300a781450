/**
 * Agendas: the model, the readers for each input channel, the shared builder
 * they use, and the live state and wording `<placard-agenda>` shows.
 */
export {
  AGENDA_ITEM_KINDS,
  agendaItems,
  type Agenda,
  type AgendaAttachment,
  type AgendaDeadline,
  type AgendaItem,
  type AgendaItemKind,
  type AgendaMeeting,
  type AgendaResult,
  type AgendaSection,
} from '../model/agenda.js';
export {
  AGENDA_EXAMPLES,
  pathAgendaVocabulary,
  type AgendaAttachmentInput,
  type AgendaAttachmentKey,
  type AgendaDeadlineInput,
  type AgendaDeadlineKey,
  type AgendaExampleKey,
  type AgendaInput,
  type AgendaItemInput,
  type AgendaItemKey,
  type AgendaItemPosition,
  type AgendaPathNames,
  type AgendaSectionInput,
  type AgendaVocabulary,
} from './agenda-input.js';
export { buildAgenda, type BuildAgendaOptions } from './build-agenda.js';
export {
  agendaLiveState,
  deadlineStates,
  type AgendaDeadlineState,
  type AgendaLiveState,
} from './live-state.js';
export { formatDuration, formatRelative, type DurationDisplay } from './format-minutes.js';
export {
  AgendaAttachmentJsonSchema,
  AgendaDeadlineJsonSchema,
  AgendaItemJsonSchema,
  AgendaJsonSchema,
  AgendaSectionJsonSchema,
  parseAgendaJson,
  type AgendaAttachmentJson,
  type AgendaDeadlineJson,
  type AgendaItemJson,
  type AgendaJson,
  type AgendaSectionJson,
} from '../sources/agenda-json.js';
export { agendaJsonSchema } from '../sources/agenda-json-schema.js';
export { parseJsonLdAgenda } from '../sources/agenda-json-ld.js';
export { readAgendaMarkup, type AgendaMarkupInput } from '../sources/agenda-markup.js';
export { parseAgendaMarkup } from '../sources/agenda-markup-parse.js';
