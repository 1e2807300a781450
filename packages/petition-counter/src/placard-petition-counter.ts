import { define } from '@placard/core';
import { PlacardPetitionCounter } from './petition-counter.js';

define('placard-petition-counter', PlacardPetitionCounter);

declare global {
  interface HTMLElementTagNameMap {
    'placard-petition-counter': PlacardPetitionCounter;
  }
}
