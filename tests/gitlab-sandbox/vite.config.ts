import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The local GitLab's Vue apps, built with GitLab's own component library (@gitlab/ui, Vue 2.7)
// so that the extension meets GitLab's real markup and event handling. One bundle per page kind,
// stable file names: the server links them as <root>/assets/sandbox/<name>.js and .css.
export default defineConfig({
  root: here('.'),
  logLevel: 'warn',
  resolve: {
    // String templates need Vue's full build (no SFC compiler here).
    alias: { vue: 'vue/dist/vue.esm.js' },
  },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    rollupOptions: {
      input: {
        'ci-variables': here('./client/ci-variables/main.ts'),
        tokens: here('./client/tokens/main.ts'),
      },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: '[name][extname]',
      },
    },
  },
});
