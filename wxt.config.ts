import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { manifestLocaleFiles } from './utils/i18n/manifest-locales';
import { panelCatalogueFiles } from './utils/i18n/panel-catalogue-files';

// Permissions stay minimal on purpose: gitlab.com only, every other GitLab is asked for at
// runtime (optional host permissions, one origin at a time, from the options page or the popup).
// `scripting` registers the content scripts on those origins; `activeTab` lets the popup look
// at the page it was opened on to offer "Enable on this GitLab"; `alarms` wipes a pending hand-off
// at its expiry even when the service worker was stopped (a timer would die with the worker).
// None of them shows a warning at install. tests/e2e/manifest.test.ts pins this list.
//
// Firefox gets Manifest V3 too (`wxt build -b firefox --mv3`): WXT's Firefox default, MV2, drops
// optional_host_permissions and has no storage.session. Firefox 140 is the first release with
// every API and key used here: data_collection_permissions is the newest of them (the others,
// optional_host_permissions, storage.session and scripting.registerContentScripts, came earlier).
const GECKO_ID = 'docker-auth-config-for-gitlab@dac-extension';
const FIREFOX_MIN_VERSION = '140.0';

export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  manifest: ({ browser }) => ({
    // Name and description in the browser's language, from the message catalogue (utils/i18n).
    name: '__MSG_extName__',
    short_name: 'DOCKER_AUTH_CONFIG',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab', 'alarms'],
    host_permissions: ['https://gitlab.com/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: FIREFOX_MIN_VERSION,
          // Firefox asks extensions to declare what they collect: nothing.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  // Firefox's reviewers rebuild the add-on from the sources zip with the README's build command;
  // the tests, the local GitLab and the screenshots are not part of what they build.
  hooks: {
    // The manifest's `_locales`, generated from the catalogue rather than kept as copies beside it.
    'build:publicAssets': (_wxt, files) => {
      files.push(...manifestLocaleFiles());
      // One small catalogue file per language, injected before a panel file (utils/i18n/page-catalogue.ts).
      files.push(...panelCatalogueFiles());
    },
  },
  zip: { excludeSources: ['tests/**', 'docs/**', 'vitest.config.ts'] },
  vite: () => ({
    resolve: {
      alias: [
        { find: /^rate-limiter-flexible$/, replacement: resolve(import.meta.dirname, 'utils/background/rate-limiter-subset.ts') },
        // The content scripts are watchers parsed on every page they serve, budgeted at 3 KB gzip:
        // they get the part of WXT's context they use (utils/wxt/content-script-context-subset.ts).
        { find: /^wxt\/utils\/content-script-context$/, replacement: resolve(import.meta.dirname, 'utils/wxt/content-script-context-subset.ts') },
      ],
    },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    // terser: a few hundred bytes smaller than esbuild's minifier on the content scripts, whose
    // gzip size is budgeted (tests/e2e/bundle-size.test.ts).
    build: { sourcemap: false, minify: 'terser', terserOptions: { compress: { passes: 2 } } },
  }),
});
