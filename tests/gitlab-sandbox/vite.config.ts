import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const ENTRIES = {
  'ci-variables': here('./client/ci-variables/main.ts'),
  tokens: here('./client/tokens/main.ts'),
};

/**
 * CSS imported by BOTH entries (@gitlab/ui's stylesheet) lands in a shared chunk's CSS file that
 * nothing would link. The server links only <entry>.css, so each entry's CSS is made complete:
 * the CSS of every chunk it statically imports, then its own, in import order.
 */
function selfContainedEntryCss(): Plugin {
  return {
    name: 'self-contained-entry-css',
    enforce: 'post',
    generateBundle(_options, bundle) {
      type Meta = { viteMetadata?: { importedCss: Set<string> } };
      const cssOf = (fileName: string, seen: Set<string>, out: string[]): void => {
        if (seen.has(fileName)) return;
        seen.add(fileName);
        const chunk = bundle[fileName];
        if (!chunk || chunk.type !== 'chunk') return;
        for (const imported of chunk.imports) cssOf(imported, seen, out);
        for (const css of (chunk as unknown as Meta).viteMetadata?.importedCss ?? []) {
          if (!out.includes(css)) out.push(css);
        }
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        const files: string[] = [];
        cssOf(chunk.fileName, new Set(), files);
        if (files.length === 0) continue;
        const source = files
          .map((file) => {
            const asset = bundle[file];
            return asset && asset.type === 'asset' ? String(asset.source) : '';
          })
          .join('\n');
        const target = `${chunk.name}.css`;
        const existing = bundle[target];
        if (existing && existing.type === 'asset') existing.source = source;
        else this.emitFile({ type: 'asset', fileName: target, source });
      }
    },
  };
}

// The local GitLab's Vue apps, built with GitLab's own component library (@gitlab/ui, Vue 2.7)
// so that the extension meets GitLab's real markup and event handling. One bundle per page kind,
// stable file names: the server links them as <root>/assets/sandbox/<name>.js and .css.
export default defineConfig({
  root: here('.'),
  // Relative asset URLs (the icon sprite, CSS urls) so the bundles work wherever the server
  // mounts them (<root>/assets/sandbox/); the entries are ES modules (shared chunks, and
  // import.meta.url for assets), so the server loads them with <script type="module">.
  base: './',
  logLevel: 'warn',
  resolve: {
    // String templates need Vue's full build (no SFC compiler here).
    alias: { vue: 'vue/dist/vue.esm.js' },
  },
  plugins: [selfContainedEntryCss()],
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    rollupOptions: {
      input: ENTRIES,
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Entry CSS keeps its stable name; CSS of shared chunks goes beside them.
        assetFileNames: (asset) => {
          const name = asset.names?.[0] ?? '';
          const isEntryCss = Object.keys(ENTRIES).some((entry) => name === `${entry}.css`);
          return name.endsWith('.css') && !isEntryCss ? 'chunks/[name]-[hash][extname]' : '[name][extname]';
        },
      },
    },
  },
});
