// Screenshots for the README, taken from the built extension: `npm run screenshots`.
// The popup, and the in-page flow on the local GitLab (17.6): a new project token, the panel,
// and GitLab's variable form filled by "Fill CI/CD variable".
import { resolve } from 'node:path';
import { startGitLab } from '../gitlab-sandbox/server/index.ts';
import { launchWithExtension } from '../support/extension';
import { createAccessToken, gitlabUrl } from '../support/gitlab-user';

const docs = resolve(import.meta.dirname, '../../docs');

async function popupScreenshot() {
  const browser = await launchWithExtension();
  try {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.getByLabel('Registry', { exact: true }).fill('https://registry.example.com:5050/');
    await popup.getByLabel('Username', { exact: true }).fill('project_42_bot_3f1c');
    await popup.getByLabel('Token', { exact: true }).fill(' glpat-EXAMPLEexample1234 ');
    await popup.getByLabel('Token', { exact: true }).blur();
    await popup.screenshot({ path: resolve(docs, 'popup.png'), fullPage: true });
  } finally {
    await browser.close();
  }
}

async function filledFormScreenshot() {
  const gl = await startGitLab({ ui: '17.6' });
  const browser = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl.port}` });
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
    await createAccessToken(page, '17.6', 'resource_access_token', 'registry-read-token');
    await page.locator('[data-docker-auth-config-button]').click();
    const dialog = page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
    await dialog.getByLabel('DOCKER_AUTH_CONFIG', { exact: true }).and(page.locator('textarea')).waitFor();
    const settingsTab = browser.context.waitForEvent('page');
    await dialog.getByRole('button', { name: 'Fill CI/CD variable' }).click();
    const settings = await settingsTab;
    await settings.setViewportSize({ width: 1100, height: 800 });
    await settings.locator('[data-docker-auth-config-status="filled"]').waitFor();
    // The state GitLab saves: File, Masked, Expand off (wait for the drawer's own rendering of it).
    await settings.locator('input[data-testid="ci-variable-masked-radio"]:checked').waitFor();
    await settings.locator('input[data-testid="ci-variable-expanded-checkbox"]:not(:checked)').waitFor();
    await settings.screenshot({ path: resolve(docs, 'filled-form.png') });
  } finally {
    await browser.close();
    await gl.stop();
  }
}

await popupScreenshot();
await filledFormScreenshot();
