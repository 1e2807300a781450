/**
 * Every Placard element the loader knows, with the module that registers it.
 * Adding a component to the script-tag bundle is one line here.
 */
export const components: Record<string, () => Promise<unknown>> = {
  'placard-event-card': () => import('@placard/event-card/placard-event-card.js'),
  'placard-agenda': () => import('@placard/agenda/placard-agenda.js'),
  'placard-petition-counter': () => import('@placard/petition-counter/placard-petition-counter.js'),
  'placard-action-calendar': () => import('@placard/action-calendar/placard-action-calendar.js'),
};
