import { define } from '@placard/core';
import { PlacardAddToCalendar } from './add-to-calendar.js';

define('placard-add-to-calendar', PlacardAddToCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'placard-add-to-calendar': PlacardAddToCalendar;
  }
}
