import { define } from '@placard/core';
import { PlacardActionCalendar } from './action-calendar.js';

define('placard-action-calendar', PlacardActionCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'placard-action-calendar': PlacardActionCalendar;
  }
}
