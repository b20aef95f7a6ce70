import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { startGitLab, UIS, type SandboxGitLab, type Ui } from './server/index.ts';
import { gitlabUrl, launchAgainst } from './server/browser.ts';
import { sandboxRequest } from './server/request.ts';

// Token creation through the real pages of each generation in headless Chromium, asserting
// where GitLab exposes the secret (docs/gitlab-compatibility.md). Needs `npm run build:sandbox`.

// `npm test` builds the Vue apps first; a missing build is a failure, never a skip.
if (!existsSync(new URL('./dist/tokens.js', import.meta.url))) throw new Error('Run `npm run build:sandbox` first.');

/** Checks a checkbox the way scripts do (GitLab's custom-control inputs are visually hidden). */
const check = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLInputElement).checked || (el as HTMLInputElement).click());
const newer = (ui: Ui) => ui === '16.6' || ui === '17.6' || ui === '18.6';
const glpat = /^glpat-[\w-]{20}$/;
const gldt = /^gldt-[\w-]{20}$/;

async function jwtStatus(gl: SandboxGitLab, username: string, secret: string): Promise<number> {
  const auth = `Basic ${Buffer.from(`${username}:${secret}`).toString('base64')}`;
  const res = await sandboxRequest(gl, 'GET', '/jwt/auth?service=container_registry&scope=repository:acme/backend:pull', { headers: { Authorization: auth } });
  return res.status;
}

/** Fills and submits the HAML token form of a project/group/old personal page. */
async function submitTokenForm(page: Page, ui: Ui, prefix: 'resource_access_token' | 'personal_access_token', name: string) {
  if (newer(ui)) await page.click('[data-testid="add-new-token-button"]');
  await page.fill(`#${prefix}_name`, name);
  await check(page, `#${prefix}_scopes_read_registry`);
  const scopeBox = page.locator(`#${prefix}_scopes_read_registry`);
  expect(await scopeBox.getAttribute(newer(ui) ? 'data-testid' : 'data-qa-selector')).toBe(newer(ui) ? 'read_registry-checkbox' : 'read_registry_checkbox');
  if (prefix === 'resource_access_token') await page.selectOption('#resource_access_token_access_level', '20');
  await page.click(newer(ui) ? 'button[data-testid="create-token-button"]' : 'input[type=submit][data-qa-selector="create_token_button"]');
}

/** Where the page exposes the new project/group/old personal token. */
async function readShownToken(page: Page, ui: Ui): Promise<string> {
  if (ui === '15.0') {
    const input = page.locator('.created-personal-access-token-container input#created-personal-access-token[name="created-personal-access-token"]');
    await input.waitFor({ state: 'attached' });
    const attr = await input.getAttribute('value');
    expect(await input.inputValue()).toBe(attr);
    return attr!;
  }
  const selector = ui === '15.11' ? '#new-access-token[data-qa-selector="created_access_token_field"]' : '#new-access-token[data-testid="created-access-token-field"]';
  const input = page.locator(selector);
  await input.waitFor({ state: 'attached' });
  expect(await input.getAttribute('name')).toBe('new-access-token');
  const copy = await page.locator('[data-clipboard-text^="glpat-"]').first().getAttribute('data-clipboard-text');
  // Vue sets the value property, never the attribute.
  expect(await input.getAttribute('value')).toBeNull();
  const prop = await input.evaluate((el) => (el as HTMLInputElement).value);
  if (ui === '15.11') {
    expect(prop).toMatch(/^\*+$/); // hidden: asterisks; the secret is only in the copy button
    return copy!;
  }
  expect(prop).toBe(copy);
  if (ui === '17.6' || ui === '18.6') {
    expect(await input.evaluate((el) => Boolean(el.closest('[data-testid="access-token-section"] > .gl-alert[data-testid="success-message"]')))).toBe(true);
  }
  return prop;
}

describe('token pages in Chromium', () => {
  for (const ui of UIS) {
    describe(`GitLab ${ui}`, () => {
      let gl: SandboxGitLab;
      let browser: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        gl = await startGitLab({ ui, locale: 'en', relativeRoot: '' });
        browser = await launchAgainst(gl);
        page = await browser.newPage();
      });
      afterAll(async () => {
        await browser?.close();
        await gl?.stop();
      });

      it('project access token: shown where this generation shows it, usable at /jwt/auth', async () => {
        await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
        expect(await page.evaluate(() => document.body.dataset.page)).toBe('projects:settings:access_tokens:index');
        await submitTokenForm(page, ui, 'resource_access_token', 'registry pull');
        const secret = await readShownToken(page, ui);
        expect(secret).toMatch(glpat);
        const stored = gl.state().tokens.find((t) => t.token === secret)!;
        expect(stored).toMatchObject({ kind: 'project', resourceId: 42, scopes: ['read_registry'], accessLevel: 20 });
        expect(stored.username).toMatch(/^project_42_bot_[0-9a-f]{32}$/);
        expect(await jwtStatus(gl, 'any-name', secret)).toBe(200);
        await page.waitForSelector(`[data-testid="active-tokens-table"] tr[data-token-id="${stored.id}"]`);
      });

      it('a second token replaces the shown one in place', async () => {
        if (ui === '15.0') return; // full reload era: a new page each time
        const before = gl.state().tokens.length;
        await submitTokenForm(page, ui, 'resource_access_token', 'second');
        await expect.poll(() => gl.state().tokens.length).toBe(before + 1);
        const newest = gl.state().tokens.at(-1)!.token;
        await page.waitForSelector(`[data-clipboard-text="${newest}"]`);
        expect(await page.locator('#new-access-token').count()).toBe(1);
        expect(await readShownToken(page, ui)).toBe(newest);
      });

      it('group access token page works the same', async () => {
        await page.goto(gitlabUrl(gl, '/groups/acme/-/settings/access_tokens'));
        const initial = await page.evaluate(() => document.body.dataset.page);
        expect(initial).toBe('groups:settings:access_tokens:index');
        await submitTokenForm(page, ui, 'resource_access_token', 'group pull');
        const secret = await readShownToken(page, ui);
        expect(gl.state().tokens.find((t) => t.token === secret)!.username).toMatch(/^group_10_bot_[0-9a-f]+$/);
      });

      it('personal access token', async () => {
        await page.goto(gitlabUrl(gl, '/-/profile/personal_access_tokens'));
        const dataPage = await page.evaluate(() => document.body.dataset.page);
        let secret: string;
        if (ui === '17.6') {
          expect(dataPage).toBe('user_settings:personal_access_tokens:index');
          await page.click('[data-testid="add-new-token-button"]');
          await page.fill('#token-create-form input[name="name"]', 'mine');
          await check(page, '#token-create-form [data-testid="read_registry-checkbox"]');
          await page.click('#token-create-form [data-testid="create-token-button"]');
          const field = page.locator('.gl-alert-success input#access-token-field[name="access-token-field"][data-testid="access-token-field"]');
          await field.waitFor({ state: 'attached' });
          expect(await field.getAttribute('value')).toBeNull();
          secret = await field.evaluate((el) => (el as HTMLInputElement).value);
        } else if (ui === '18.6') {
          expect(dataPage).toBe('user_settings:personal_access_tokens:index');
          await page.click('[data-testid="generate-legacy-token-button"]');
          await page.waitForSelector('#token-create-form');
          expect(await page.evaluate(() => document.body.dataset.page)).toBe('user_settings:personal_access_tokens:legacy_new');
          await page.fill('#token-create-form input[name="name"]', 'mine');
          await check(page, '#token-create-form [data-testid="read_registry-checkbox"]');
          await page.click('#token-create-form [data-testid="create-token-button"]');
          const field = page.locator('input[data-testid="created-personal-access-token-field"]');
          await field.waitFor({ state: 'attached' });
          expect(await field.getAttribute('id')).toBeNull();
          expect(await page.locator('#token-create-form').count()).toBe(0);
          secret = await field.evaluate((el) => (el as HTMLInputElement).value);
          expect(await page.locator('[data-testid="copy-token-button"]').getAttribute('data-clipboard-text')).toBe(secret);
        } else {
          expect(dataPage).toBe(ui === '16.6' ? 'user_settings:personal_access_tokens:index' : 'profiles:personal_access_tokens:index');
          await submitTokenForm(page, ui, 'personal_access_token', 'mine');
          secret = await readShownToken(page, ui);
        }
        expect(secret).toMatch(glpat);
        expect(gl.state().tokens.find((t) => t.token === secret)).toMatchObject({ kind: 'personal', userId: 1, username: 'alice' });
        expect(await jwtStatus(gl, 'alice', secret)).toBe(200);
      });

      it('deploy token: username and token shown, the registry checks the exact username', async () => {
        await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/repository#js-deploy-tokens'));
        expect(await page.evaluate(() => document.body.dataset.page)).toBe('projects:settings:repository:show');
        await page.fill('#deploy_token_name', 'ci pull');
        await check(page, '#deploy_token_read_registry');
        await page.click(ui === '15.0' ? 'input[type=submit][data-qa-selector="create_deploy_token_button"]' : ui === '15.11' ? '[data-qa-selector="create_deploy_token_button"]' : '[data-testid="create-deploy-token"]');
        let username: string;
        let secret: string;
        if (ui === '15.0') {
          await page.waitForSelector('.created-deploy-token-container #deploy-token');
          expect(await page.evaluate(() => document.body.dataset.page)).toBe('projects:settings:repository:create_deploy_token');
          username = (await page.locator('#deploy-token-user').getAttribute('value'))!;
          secret = (await page.locator('#deploy-token').getAttribute('value'))!;
        } else {
          const scope = ui === '18.6' ? '#new-deploy-token-alert ' : '';
          const tokenInput = page.locator(`${scope}input[name="deploy-token"]`);
          await tokenInput.waitFor({ state: 'attached' });
          expect(await tokenInput.getAttribute('id')).toBeNull();
          username = await page.locator(`${scope}input[name="deploy-token-user"]`).evaluate((el) => (el as HTMLInputElement).value);
          secret = await tokenInput.evaluate((el) => (el as HTMLInputElement).value);
          expect(await page.locator(`[data-clipboard-text="${secret}"]`).count()).toBe(1);
          expect(await page.locator(`[data-clipboard-text="${username}"]`).count()).toBe(1);
        }
        expect(secret).toMatch(gldt);
        expect(username).toMatch(/^gitlab\+deploy-token-\d+$/);
        expect(await jwtStatus(gl, username, secret)).toBe(200);
        expect(await jwtStatus(gl, 'alice', secret)).toBe(401);
      });
    });
  }
});

describe('token pages: locale, relative root, revoke', () => {
  it('German 16.6 pages show German labels and still work by ids', async () => {
    const gl = await startGitLab({ ui: '16.6', locale: 'de', relativeRoot: '' });
    const browser = await launchAgainst(gl);
    try {
      const page = await browser.newPage();
      await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      expect(await page.textContent('h1')).toBe('Projektzugriffstoken');
      expect((await page.textContent('[data-testid="add-new-token-button"]'))!.trim()).toBe('Neues Token hinzufügen');
      expect((await page.textContent('[data-testid="create-token-button"]'))!.trim()).toBe('Projektzugriffstoken erstellen');
      await submitTokenForm(page, '16.6', 'resource_access_token', 'Registry');
      const secret = await readShownToken(page, '16.6');
      expect((await page.textContent('label[for="new-access-token"]'))!.trim()).toBe('Dein neues Projektzugriffstoken');
      expect(secret).toMatch(glpat);
      await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/repository'));
      // The section is collapsed (no hash): the form exists but is not visible.
      await page.waitForSelector('#deploy_token_name', { state: 'attached' });
      expect(await page.isVisible('#deploy_token_name')).toBe(false);
      expect((await page.textContent('[data-testid="create-deploy-token"]'))!.trim()).toBe('Deploy-Token erstellen');
    } finally {
      await browser.close();
      await gl.stop();
    }
  });

  it('works under the relative root /gitlab (17.6), and revoking from the table kills the token', async () => {
    const gl = await startGitLab({ ui: '17.6', locale: 'en', relativeRoot: '/gitlab' });
    const browser = await launchAgainst(gl);
    try {
      const page = await browser.newPage();
      await page.goto(gitlabUrl(gl, '/acme/platform/api/-/settings/access_tokens'));
      expect(page.url()).toBe('https://gitlab.com/gitlab/acme/platform/api/-/settings/access_tokens');
      expect(await page.evaluate(() => document.body.dataset.projectFullPath)).toBe('acme/platform/api');
      await submitTokenForm(page, '17.6', 'resource_access_token', 'rooted');
      const secret = await readShownToken(page, '17.6');
      const stored = gl.state().tokens.find((t) => t.token === secret)!;
      expect(stored.resourceId).toBe(43);
      page.once('dialog', (dialog) => void dialog.accept());
      await Promise.all([page.waitForNavigation(), page.click(`tr[data-token-id="${stored.id}"] [data-testid="revoke-button"]`)]);
      expect(gl.state().tokens.find((t) => t.id === stored.id)!.revoked).toBe(true);
      expect(await page.locator(`tr[data-token-id="${stored.id}"]`).count()).toBe(0);
      expect(await jwtStatus(gl, 'x', secret)).toBe(401);
    } finally {
      await browser.close();
      await gl.stop();
    }
  });
});
