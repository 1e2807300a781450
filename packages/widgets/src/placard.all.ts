/**
 * The all-in-one file for sites that can upload only one file: every Placard
 * component, registered at once. Registration is guarded, so this file and the
 * loader can share a page.
 */
import '@placard/event-card/placard-event-card.js';
