export { PlacardPetitionCounter } from './petition-counter.js';
export type { PetitionLoadDetail } from './petition-feed.js';
