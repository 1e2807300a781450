/**
 * @placard/core: what every Placard widget shares. Components import from here
 * and never parse, format, fetch or localise on their own (architecture.md).
 */
export * from './model/event.js';
export * from './model/errors.js';
export * from './time/index.js';
export * from './links/index.js';
export * from './sources/index.js';
export { readEventInputs, type EventInputs, type EventInputChannel } from './sources/event-input.js';
export { loadEventDocument } from './sources/event-document.js';
export { readAgendaInputs, parseAgendaText, type AgendaInputs } from './sources/agenda-inputs.js';
export { isJsonLdText } from './sources/json-input.js';
export * from './i18n/index.js';
export {
  fetchDocument,
  clearDocumentCache,
  type FetchedDocument,
  type FetchDocumentOptions,
} from './loading/fetch-document.js';
export { detectDocumentFormat, type DocumentFormat } from './loading/document-format.js';
export { define } from './elements/define.js';
export { PlacardElement } from './elements/placard-element.js';
export { renderHeading } from './elements/heading.js';
export { renderInputError } from './elements/input-error.js';
export { renderProblemList } from './elements/problem-list.js';
export { InputReader, type InputReaderOptions } from './elements/input-reader.js';
export { MenuButtonController } from './elements/menu-keyboard.js';
export { menuOpeningFocus } from './elements/menu-opening-keys.js';
export {
  ClockController,
  sharedClockSubscriberCount,
  type ClockControllerOptions,
  type ClockListener,
} from './elements/clock-controller.js';
export * from './agenda/index.js';
export * from './petition/index.js';
export * from './calendar/index.js';
export {
  dispatchError,
  reportError,
  reportLoad,
  type PlacardErrorDetail,
  type PlacardLoadDetail,
} from './elements/events.js';
export { writeJsonLdScript, removeJsonLdScript, GENERATED_ATTRIBUTE } from './elements/json-ld-script.js';
export { themeTokens } from './theme/tokens.js';
export { focusRing, visuallyHidden, buttonStyles } from './theme/shared-styles.js';
export { problemListStyles } from './theme/problem-list-styles.js';
export { widgetStyles } from './theme/widget-styles.js';
