import type { StorybookConfig } from '@storybook/web-components-vite';
import { dirname } from 'node:path';

// npm hoists storybook to the root; resolve the framework and addons from here
// so Storybook finds them wherever it runs from (toolchain note 7).
const resolvePackage = (name: string) =>
  dirname(new URL(import.meta.resolve(`${name}/package.json`)).pathname);

const config: StorybookConfig = {
  stories: ['../packages/*/stories/**/*.stories.ts'],
  addons: [
    resolvePackage('@storybook/addon-docs'),
    resolvePackage('@storybook/addon-a11y'),
    resolvePackage('@storybook/addon-vitest'),
  ],
  framework: { name: resolvePackage('@storybook/web-components-vite'), options: {} },
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // One copy of Lit for every story (toolchain note 8).
    viteConfig.optimizeDeps = {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/decorators.js',
        'lit/directive-helpers.js',
        'lit/static-html.js',
      ],
    };
    return viteConfig;
  },
};

export default config;
