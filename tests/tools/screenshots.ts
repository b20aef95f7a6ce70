// Screenshots for the README, taken from the built extension: `npm run screenshots`.
// The popup, and the in-page flow on the local GitLab (17.6): a new project token, the panel,
// GitLab's variable form filled by "Fill CI/CD variable", and credential health (issue 15) on a
// variable whose token expires soon. One of them alone: `tsx tests/tools/screenshots.ts <name>`.
// Each flow also writes the stores' screenshot of the same state into docs/store/screenshots/,
// at the size the stores take (issue 17).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startGitLab } from '../gitlab-sandbox/server/index.ts';
import { launchWithExtension } from '../support/extension';
import { describeToken } from '../../utils/credential-health';
import { createAccessToken, gitlabUrl } from '../support/gitlab-user';

const docs = resolve(import.meta.dirname, '../../docs');
const storeShots = resolve(docs, 'store/screenshots');

/** The Chrome Web Store's screenshot size (addons.mozilla.org takes it too); device scale 1, so exactly these pixels. */
const STORE_SCREENSHOT = { width: 1280, height: 800 } as const;

/** The page as it is now, in a 1280×800 viewport: what a store shows beside the listing text. */
async function storeScreenshot(page: Page, name: string) {
  mkdirSync(storeShots, { recursive: true });
  await page.setViewportSize(STORE_SCREENSHOT);
  await page.screenshot({ path: resolve(storeShots, `${name}.png`), animations: 'disabled' });
}

async function popupScreenshot() {
  const browser = await launchWithExtension();
  try {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.getByLabel('Registry', { exact: true }).fill('https://registry.example.com:5050/');
    await popup.getByLabel('Username', { exact: true }).fill('project_42_bot_3f1c');
    await popup.getByLabel('Token', { exact: true }).fill(' glpat-EXAMPLEexample1234 ');
    await popup.getByLabel('Token', { exact: true }).blur();
    const shot = await popup.screenshot({ path: resolve(docs, 'popup.png'), fullPage: true });
    // The popup is 420 px wide: shown as the toolbar shows it, on a plain backdrop of store size.
    const stage = await browser.context.newPage();
    await stage.setContent(
      `<body style="margin:0;height:100vh;display:grid;place-items:center;background:#ececef">` +
        `<img alt="" style="max-height:760px;border-radius:8px;box-shadow:0 4px 24px rgb(0 0 0 / 25%)" src="data:image/png;base64,${shot.toString('base64')}"></body>`,
    );
    await stage.locator('img').evaluate((image: HTMLImageElement) => image.decode());
    await storeScreenshot(stage, 'popup');
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
    await storeScreenshot(page, 'token-panel');
    const settingsTab = browser.context.waitForEvent('page');
    await dialog.getByRole('button', { name: 'Fill CI/CD variable' }).click();
    const settings = await settingsTab;
    await settings.setViewportSize({ width: 1100, height: 800 });
    await settings.locator('[data-docker-auth-config-status="filled"]').waitFor();
    // The state GitLab saves: File, Masked, Expand off (wait for the drawer's own rendering of it).
    await settings.locator('input[data-testid="ci-variable-masked-radio"]:checked').waitFor();
    await settings.locator('input[data-testid="ci-variable-expanded-checkbox"]:not(:checked)').waitFor();
    await settings.screenshot({ path: resolve(docs, 'filled-form.png') });
    await storeScreenshot(settings, 'ci-variables-filled');
  } finally {
    await browser.close();
    await gl.stop();
  }
}

async function credentialHealthScreenshot() {
  const gl = await startGitLab({ ui: '17.6' });
  const browser = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl.port}` });
  try {
    const expiresAt = new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10);
    const token = gl.createTokenDirectly({ kind: 'project', resourceId: 42, name: 'registry-read-token', scopes: ['read_registry'], accessLevel: 20, expiresAt });
    const auth = (text: string) => Buffer.from(text).toString('base64');
    gl.setVariable({ project: 'acme/backend' }, {
      key: 'DOCKER_AUTH_CONFIG',
      value: JSON.stringify({ auths: { [gl.registryHost]: { auth: auth(`${token.username}:${token.token}`) }, 'ghcr.io': { auth: auth('octocat:ghp_EXAMPLEexample1234') } } }),
      variable_type: 'file',
      raw: true,
      environment_scope: '*',
      description: describeToken({ name: token.name, kind: 'project', expiresAt }),
    });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/ci_cd#js-cicd-variables-settings'));
    await page.locator('[data-docker-auth-config-hint="warning"]').waitFor();
    await page.locator('[data-docker-auth-config-button]').click();
    await page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' }).locator('[data-health="warning"]').waitFor();
    await page.screenshot({ path: resolve(docs, 'credential-health.png') });
    await storeScreenshot(page, 'credential-health');
  } finally {
    await browser.close();
    await gl.stop();
  }
}

const shots: Record<string, () => Promise<void>> = {
  popup: popupScreenshot,
  'filled-form': filledFormScreenshot,
  'credential-health': credentialHealthScreenshot,
};
for (const [name, take] of Object.entries(shots)) {
  if (process.argv.length <= 2 || process.argv.includes(name)) await take();
}
