/**
 * Petition counts: the model, the providers that read each source, goals,
 * live polling shared across the page, the first-paint cache, and the pure
 * decisions `<placard-petition-counter>` makes about showing and announcing.
 */
export {
  FINAL_PETITION_STATES,
  isFinalPetition,
  PETITION_MILESTONE_KINDS,
  type PetitionMilestone,
  type PetitionMilestoneKind,
  type PetitionSnapshot,
} from './petition.js';
export type {
  FixedPetitionSource,
  PetitionAttributes,
  PetitionProvider,
  PetitionSource,
  PolledPetitionSource,
} from './petition-source.js';
export { PETITION_PROVIDERS, readPetitionSource } from './providers.js';
export { loadPetitionPolls, readPetitionInputs, type PetitionInputs } from './petition-inputs.js';
export { readPetitionOptions, type PetitionOptions } from './petition-options.js';
export {
  AUTO_GOAL_TRIGGER,
  nextRoundNumber,
  petitionGoal,
  resolvePetitionGoal,
  type GoalOptions,
} from './petition-goal.js';
export { easeOutCubic, interpolateCount, showsCount } from './count-display.js';
export {
  createPetitionPolls,
  domPollEnvironment,
  petitionPolls,
  type PetitionListener,
  type PetitionPollEnvironment,
  type PetitionPolls,
  type PetitionSubscribeOptions,
  type PetitionUpdate,
} from './petition-polls.js';
export {
  readCachedPetition,
  writeCachedPetition,
  type CachedPetition,
  type PetitionStorage,
} from './petition-cache.js';
export {
  ANNOUNCE_INTERVAL_MS,
  milestonesReached,
  shouldAnnounce,
  type Announced,
  type MilestonesReached,
} from './announce.js';
