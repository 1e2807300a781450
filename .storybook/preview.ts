import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import actionCalendarManifest from '../packages/action-calendar/custom-elements.json';
import agendaManifest from '../packages/agenda/custom-elements.json';
import eventCardManifest from '../packages/event-card/custom-elements.json';
import petitionCounterManifest from '../packages/petition-counter/custom-elements.json';

// Docs tables and controls come from the JSDoc-generated manifests of every package.
setCustomElementsManifest({
  schemaVersion: eventCardManifest.schemaVersion,
  modules: [
    ...eventCardManifest.modules,
    ...agendaManifest.modules,
    ...petitionCounterManifest.modules,
    ...actionCalendarManifest.modules,
  ],
});

const preview: Preview = {
  parameters: {
    // axe violations fail the story's test, in Storybook and in `npm test`.
    a11y: { test: 'error' },
    controls: { expanded: true },
    viewport: {
      options: {
        narrow: { name: 'Narrow phone (320 px)', styles: { width: '320px', height: '640px' } },
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
