import { defineConfig } from 'vite';

// Storybook builds an app, not the library. One copy of Lit for Storybook's renderer and our elements.
export default defineConfig({
  resolve: { dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'] },
  optimizeDeps: { include: ['lit', 'lit/directives/if-defined.js', '@lit/localize', 'valibot', '@valibot/to-json-schema'] },
});
