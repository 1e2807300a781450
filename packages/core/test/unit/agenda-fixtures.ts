/** The sample agenda lives once, in @placard/test-kit, shared with stories and browser tests. */
export { barnetAgendaJson, barnetAgendaJsonLd } from '@placard/test-kit/agenda-fixtures.js';

/** An instant written in UTC, for readable expectations. */
export const at = (iso: string): Date => new Date(iso);

/** A meeting that runs past midnight (23:00–01:00), for date rollover. */
export const acrossMidnightAgenda = {
  name: 'Night shift branch meeting',
  start: '2026-01-16T23:00',
  end: '2026-01-17T01:00',
  timeZone: 'Europe/London',
  items: [
    { time: '23:00', title: 'Welcome' },
    { time: '23:30', title: 'Rota dispute' },
    { time: '00:15', title: 'Any other business' },
    { time: '01:00', title: 'Close' },
  ],
};

/** A meeting across the change to British Summer Time (29 March 2026, 00:30 GMT–03:30 BST). */
export const springForwardAgenda = {
  name: 'Overnight strike committee',
  start: '2026-03-29T00:30',
  end: '2026-03-29T03:30',
  timeZone: 'Europe/London',
  items: [
    { time: '00:30', title: 'Welcome' },
    { time: '00:50', title: 'Picket rota' },
    { time: '02:00', title: 'Reports from sites' },
    { time: '03:00', title: 'Any other business' },
    { time: '03:30', title: 'Close' },
  ],
};
