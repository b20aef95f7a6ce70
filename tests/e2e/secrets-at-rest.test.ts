import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGitLab, type SandboxGitLab } from '../gitlab-sandbox/server/index.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { createAccessToken, gitlabUrl } from '../support/gitlab-user';
import { findSecretsAtRest } from '../support/secrets-at-rest';
import { gitLabSaveButton } from '../support/gitlab-variables';
import { shellRecipeAuth } from '../support/shell-recipe';

// "Nothing at rest": after the flows that handle secrets, the whole Chromium profile (extension
// storage, IndexedDB, Local/Session Storage, caches, logs) holds no token and no auth value.
// A canary that the extension does store on purpose (the last registry host, no secret) must be
// found, so the scan is shown to read where a leak would land.

const POPUP_TOKEN = 'glpat-PopupTypedToken0042';
const CANARY_REGISTRY = 'canary-registry.example.com';

let gl: SandboxGitLab;
let browser: ExtensionBrowser;
const profileDir = mkdtempSync(join(tmpdir(), 'dac-at-rest-'));

beforeAll(async () => {
  gl = await startGitLab({ ui: '17.6' });
  browser = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl.port}`, profileDir });
});
afterAll(async () => {
  await gl?.stop();
  if (!process.env.KEEP_PROFILE) rmSync(profileDir, { recursive: true, force: true });
  else console.log('PROFILE', profileDir);
});

it('leaves no token, auth or generated JSON in the browser profile, and talks to no one but GitLab', async () => {
  // Every request of the pages and of the extension's service worker (Playwright reports both).
  const requests: string[] = [];
  browser.context.on('request', (request) => requests.push(request.url()));
  // Token page: capture, Verify, Copy, and hand the JSON to the CI/CD page.
  const page = await browser.context.newPage();
  await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
  await createAccessToken(page, '17.6', 'resource_access_token', 'registry');
  await page.locator('[data-docker-auth-config-button]').click();
  const dialog = page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
  await expect.poll(() => dialog.getByLabel('Username', { exact: true }).inputValue()).not.toBe('');
  const json = await dialog.getByLabel('DOCKER_AUTH_CONFIG', { exact: true }).inputValue();
  expect(json).not.toBe('');
  await dialog.getByRole('button', { name: 'Verify' }).click();
  await dialog.locator('[data-verdict]').waitFor();
  await dialog.getByRole('button', { name: 'Copy' }).click();
  const settingsTab = browser.context.waitForEvent('page');
  await dialog.getByRole('button', { name: 'Fill CI/CD variable' }).click();
  const settings = await settingsTab;
  // The CI/CD page takes the value and fills GitLab's form with it; the person saves it.
  // (GitLab's own form fields are Chromium's to keep: an unsaved filled form would be written to
  // the session file like any typed text, so the flow ends as a person ends it, with Save.)
  await expect.poll(() => settings.locator('textarea#ci-variable-value').inputValue()).toBe(json);
  await expect.poll(() => gitLabSaveButton(settings).isEnabled()).toBe(true);
  await gitLabSaveButton(settings).click();
  await expect.poll(() => gl.state().variables['project:acme/backend']?.length ?? 0).toBe(1);

  // Popup: a token typed by hand, copied; the registry host is remembered on purpose.
  const popup = await browser.context.newPage();
  const popupRequests: string[] = [];
  popup.on('request', (request) => popupRequests.push(request.url()));
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByLabel('Registry', { exact: true }).fill(CANARY_REGISTRY);
  await popup.getByLabel('Username', { exact: true }).fill('someone');
  await popup.getByLabel('Token', { exact: true }).fill(POPUP_TOKEN);
  await popup.getByRole('button', { name: 'Copy' }).click();
  await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Copied' }).count()).toBe(1);

  await browser.close(); // flushes everything Chromium writes to disk

  // Only the GitLab in use and the extension's own files; the background's API calls among them.
  const ours = (url: string) =>
    url.startsWith('https://gitlab.com/') || url.startsWith(`chrome-extension://${browser.extensionId}/`) || url.startsWith('data:');
  expect(requests.filter((url) => !ours(url))).toEqual([]);
  expect(requests).toContain('https://gitlab.com/api/v4/projects/42');
  // The popup asks no one anything: it only loads its own files.
  expect(popupRequests.length).toBeGreaterThan(0);
  expect(popupRequests.every((url) => url.startsWith(`chrome-extension://${browser.extensionId}/`))).toBe(true);

  const token = gl.state().tokens.find((t) => t.kind === 'project')!;
  const secrets = [
    token.token,
    shellRecipeAuth(token.username, token.token),
    json,
    POPUP_TOKEN,
    shellRecipeAuth('someone', POPUP_TOKEN),
  ];
  expect(findSecretsAtRest(profileDir, secrets)).toEqual([]);
  expect(findSecretsAtRest(profileDir, [CANARY_REGISTRY]).length).toBeGreaterThan(0);
});
