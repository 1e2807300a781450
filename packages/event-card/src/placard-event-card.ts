import { define } from '@placard/core';
import { PlacardEventCard } from './event-card.js';
import './placard-add-to-calendar.js';

define('placard-event-card', PlacardEventCard);

declare global {
  interface HTMLElementTagNameMap {
    'placard-event-card': PlacardEventCard;
  }
}
