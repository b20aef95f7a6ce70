import { defineConfig } from 'wxt';

// Permissions stay minimal on purpose: gitlab.com only, every other GitLab is asked for at
// runtime (optional host permissions). tests/unit/manifest.test.ts pins this list.
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  manifest: {
    name: 'DOCKER_AUTH_CONFIG for GitLab CI',
    short_name: 'DOCKER_AUTH_CONFIG',
    description:
      'Turn a GitLab registry token into a DOCKER_AUTH_CONFIG CI/CD variable without a terminal. Everything stays in your browser.',
    permissions: ['storage'],
    host_permissions: ['https://gitlab.com/*'],
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { sourcemap: false },
  }),
});
