import { setProjectAnnotations } from '@storybook/web-components-vite';
import * as a11yAddonAnnotations from '@storybook/addon-a11y/preview';
import * as projectAnnotations from './preview';

// Apply Storybook's project annotations (a11y checks included) to the story tests.
setProjectAnnotations([a11yAddonAnnotations, projectAnnotations]);
