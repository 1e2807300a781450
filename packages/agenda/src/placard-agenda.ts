import { define } from '@placard/core';
import '@placard/event-card/placard-add-to-calendar.js';
import { PlacardAgenda } from './agenda.js';

define('placard-agenda', PlacardAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'placard-agenda': PlacardAgenda;
  }
}
