import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_EXTENSION } from '../support/extension';
import { BUILT_FIREFOX_EXTENSION } from '../support/firefox';

// Pins what the shipped manifests may ask for, in both browsers' builds. Adding a permission, a
// host or a script match must fail here until this test is changed on purpose.
const read = (root: string) => JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const readMessages = (root: string, folder: string) => JSON.parse(readFileSync(join(root, '_locales', folder, 'messages.json'), 'utf8'));

describe('Firefox build', () => {
  const manifest = read(BUILT_FIREFOX_EXTENSION);

  it('is Manifest V3 with an add-on id, the lowest Firefox that has every API used, and no data collected', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings).toEqual({
      gecko: { id: 'docker-auth-config-for-gitlab@dac-extension', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
    });
  });

  it('runs its background as an event page (Firefox has no extension service workers)', () => {
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
  });
});

describe('Chromium build', () => {
  it('runs its background as a service worker and carries no Firefox settings', () => {
    const manifest = read(BUILT_EXTENSION);
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    expect(manifest.browser_specific_settings).toBeUndefined();
  });
});

for (const [browser, root] of [['Chromium', BUILT_EXTENSION], ['Firefox', BUILT_FIREFOX_EXTENSION]] as const) {
  describe(`built manifest (${browser})`, () => {
    const manifest = read(root);

    it('asks for storage and gitlab.com only', () => {
      expect(manifest.manifest_version).toBe(3);
      // scripting: content scripts registered at runtime for the GitLab instances a person adds.
      // activeTab: the popup looks at the one tab it was opened on (URL and page data, read once)
      // to offer "Enable on this GitLab"; without it that needs `tabs` or access to every site.
      // alarms: a pending hand-off is wiped at its expiry even when the service worker was stopped
      // (MV3 stops it when idle, and a timer of its own dies with it); no install warning.
      expect(manifest.permissions ?? []).toEqual(['storage', 'scripting', 'activeTab', 'alarms']);
      expect(manifest.host_permissions ?? []).toEqual(['https://gitlab.com/*']);
      // Self-managed GitLab: each origin is asked for at runtime, one at a time, when added.
      expect(manifest.optional_host_permissions ?? []).toEqual(['https://*/*', 'http://*/*']);
      expect(manifest.permissions ?? []).not.toContain('tabs');
      expect(manifest.permissions ?? []).not.toContain('cookies');
      expect(manifest.permissions ?? []).not.toContain('webRequest');
      expect(manifest.host_permissions ?? []).not.toContain('<all_urls>');
      expect(manifest.web_accessible_resources ?? []).toEqual([]);
    });

    it('runs content scripts only on the pages they serve', () => {
      expect(manifest.content_scripts).toEqual([
        {
          matches: ['https://gitlab.com/*/-/settings/ci_cd*', 'https://gitlab.com/admin/application_settings/ci_cd*'],
          // A `*` also matches the query string: a URL whose query names a route is not served.
          exclude_matches: ['https://gitlab.com/*?*/-/*'],
          run_at: 'document_start',
          js: ['content-scripts/ci-variables.js'],
        },
        {
          matches: [
            'https://gitlab.com/*/-/settings/access_tokens*',
            'https://gitlab.com/*/-/settings/repository*',
            'https://gitlab.com/-/profile/personal_access_tokens*',
            'https://gitlab.com/-/user_settings/personal_access_tokens*',
            'https://gitlab.com/profile/personal_access_tokens*',
          ],
          exclude_matches: ['https://gitlab.com/*?*/-/*'],
          run_at: 'document_start',
          js: ['content-scripts/token-pages.js'],
        },
      ]);
    });

    it('ships the panels as files the background injects, which no web page can load', () => {
      // Issue 16: utils/background/panel-injection.ts injects them with scripting.executeScript.
      for (const file of ['token-panel.js', 'variable-panel.js']) {
        expect(existsSync(join(root, file)), file).toBe(true);
        expect(JSON.stringify(manifest.content_scripts)).not.toContain(file);
      }
      expect(manifest.web_accessible_resources ?? []).toEqual([]);
    });

    it('has an options page for the GitLab instances, in a tab of its own', () => {
      expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    });

    it('loads no remote code', () => {
      const csp = manifest.content_security_policy?.extension_pages ?? '';
      expect(csp).not.toMatch(/unsafe-eval|https?:/);
    });

    it('ships icons at 16, 32, 48 and 128 pixels and a name that says what it does, in English by default', () => {
      expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
      expect(manifest.name).toBe('__MSG_extName__');
      expect(manifest.description).toBe('__MSG_extDescription__');
      expect(manifest.default_locale).toBe('en');
      expect(readMessages(root, 'en').extName.message).toBe('DOCKER_AUTH_CONFIG for GitLab CI');
    });

    it("names and describes itself in each of the nine languages, within the stores' lengths", () => {
      const folders = readdirSync(join(root, '_locales')).sort();
      expect(folders).toEqual(['de', 'en', 'es', 'fr', 'ja', 'ko', 'pt_BR', 'ru', 'zh_CN']);
      const english = readMessages(root, 'en');
      for (const folder of folders) {
        const messages = readMessages(root, folder);
        expect(Object.keys(messages).sort(), folder).toEqual(['extDescription', 'extName']);
        // The Chrome Web Store's limits: a name of 75 characters, a description of 132.
        expect([...messages.extName.message].length, folder).toBeLessThanOrEqual(75);
        expect([...messages.extDescription.message].length, folder).toBeLessThanOrEqual(132);
        expect(messages.extName.message, folder).toContain('DOCKER_AUTH_CONFIG');
        expect(messages.extDescription.message, folder).toContain('DOCKER_AUTH_CONFIG');
        if (folder !== 'en') expect(messages.extDescription.message, folder).not.toBe(english.extDescription.message);
      }
    });
  });
}
