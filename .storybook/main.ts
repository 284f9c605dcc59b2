import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The stories' pictures, served as files beside the stories (a dataset's picture must be an http(s) address; Vite
  // would inline these small files as data: URLs, which the elements refuse).
  staticDirs: [{ from: '../stories/assets', to: '/story-assets' }],
  framework: {
    name: '@storybook/web-components-vite',
    // Storybook builds an app, not the library: it gets a Vite config of its own.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true },
};
export default config;
