export { PlacardAgenda } from './agenda.js';
