import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_EXTENSION } from '../support/extension';

// Pins what the shipped manifest may ask for. Adding a permission, a host or a script match
// must fail here until this test is changed on purpose.
const manifest = JSON.parse(readFileSync(join(BUILT_EXTENSION, 'manifest.json'), 'utf8'));

describe('built manifest', () => {
  it('asks for storage and gitlab.com only', () => {
    expect(manifest.manifest_version).toBe(3);
    // scripting: content scripts registered at runtime for the GitLab instances a person adds.
    // activeTab: the popup looks at the one tab it was opened on (URL and page data, read once)
    // to offer "Enable on this GitLab"; without it that needs `tabs` or access to every site.
    expect(manifest.permissions ?? []).toEqual(['storage', 'scripting', 'activeTab']);
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
        run_at: 'document_start',
        js: ['content-scripts/token-pages.js'],
      },
    ]);
  });

  it('has an options page for the GitLab instances, in a tab of its own', () => {
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
  });

  it('loads no remote code', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).not.toMatch(/unsafe-eval|https?:/);
  });

  it('ships icons at 16, 32, 48 and 128 pixels and a name that says what it does', () => {
    expect(Object.keys(manifest.icons)).toEqual(['16', '32', '48', '128']);
    expect(manifest.name).toBe('DOCKER_AUTH_CONFIG for GitLab CI');
  });
});
