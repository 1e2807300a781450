import { msg, str } from '@lit/localize';

/** "1 event", "12 events". */
export function itemCount(count: number): string {
  return count === 1
    ? msg('1 event', { id: 'calendar-one-event' })
    : msg(str`${count} events`, { id: 'calendar-event-count' });
}
