export { PlacardEventCard } from './event-card.js';
export { PlacardAddToCalendar } from './add-to-calendar.js';
