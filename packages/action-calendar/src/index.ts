export { PlacardActionCalendar, type CalendarView } from './action-calendar.js';
