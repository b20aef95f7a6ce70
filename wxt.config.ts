import { defineConfig } from 'wxt';

// Permissions stay minimal on purpose: gitlab.com only, every other GitLab is asked for at
// runtime (optional host permissions, one origin at a time, from the options page or the popup).
// `scripting` registers the content scripts on those origins; `activeTab` lets the popup look
// at the page it was opened on to offer "Enable on this GitLab". tests/e2e/manifest.test.ts pins this list.
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  manifest: {
    name: 'DOCKER_AUTH_CONFIG for GitLab CI',
    short_name: 'DOCKER_AUTH_CONFIG',
    description:
      'Turn a GitLab registry token into a DOCKER_AUTH_CONFIG CI/CD variable without a terminal. Everything stays in your browser.',
    permissions: ['storage', 'scripting', 'activeTab'],
    host_permissions: ['https://gitlab.com/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // terser: a few hundred bytes smaller than esbuild's minifier on the content scripts, whose
    // gzip size is budgeted (15 KB each, tests/e2e/bundle-size.test.ts).
    build: { sourcemap: false, minify: 'terser', terserOptions: { compress: { passes: 2 } } },
  }),
});
