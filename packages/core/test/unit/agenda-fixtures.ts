/** The sample agenda lives once, in @placard/test-kit, shared with stories and browser tests. */
export { barnetAgendaJson, barnetAgendaJsonLd } from '@placard/test-kit/agenda-fixtures.js';

/** An instant written in UTC, for readable expectations. */
export const at = (iso: string): Date => new Date(iso);
