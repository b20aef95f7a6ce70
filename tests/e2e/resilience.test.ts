import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startGitLab, type SandboxGitLab } from '../gitlab-sandbox/server/index.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { gitlabUrl } from '../support/gitlab-user';

// GitLab markup the adapters do not know (a GitLab release we have not seen, simulated by
// renaming GitLab's ids and test ids in the served page): the page keeps working, the button does
// not appear, nothing is thrown into the page, and the extension says so in one debug line.

let gl: SandboxGitLab;
let browser: ExtensionBrowser;
beforeAll(async () => {
  gl = await startGitLab({ ui: '15.0' });
  browser = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl.port}` });
});
afterAll(async () => {
  await browser?.close();
  await gl?.stop();
});

async function watched(page: Page) {
  const errors: string[] = [];
  const lines: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => lines.push(message.text()));
  return { errors, ours: () => lines.filter((line) => line.startsWith('[DOCKER_AUTH_CONFIG]')) };
}

it('on unknown token page markup: no button, no error in the page, one debug line', async () => {
  const page = await browser.context.newPage();
  const seen = await watched(page);
  await page.route('**/-/settings/access_tokens', async (route) => {
    // Fetched from the test process, which knows gitlab.com only through the browser's mapping.
    const response = await route.fetch({ url: `https://127.0.0.1:${gl.port}${new URL(route.request().url()).pathname}` });
    const renamed = (await response.text())
      .replace(/resource_access_token_/g, 'token_v99_')
      .replace(/js-new-access-token-form/g, 'token-form-v99')
      .replace(/created-personal-access-token/g, 'token-v99')
      .replace(/data-qa-selector=/g, 'data-v99=');
    await route.fulfill({ response, body: renamed });
  });
  await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
  // The page itself still works: its own form is there and can be used.
  await page.locator('#token_v99_name').fill('still works');
  await expect.poll(() => seen.ours().length).toBe(1);
  expect(seen.ours()[0]).toMatch(/unknown GitLab markup/);
  expect(await page.locator('[data-docker-auth-config-button], [data-docker-auth-config-form-helper]').count()).toBe(0);
  expect(seen.errors).toEqual([]);
});

it('on known markup the same page gets the helper and no debug line (the control)', async () => {
  const page = await browser.context.newPage();
  const seen = await watched(page);
  await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
  await page.locator('[data-docker-auth-config-form-helper]').waitFor();
  expect(seen.ours()).toEqual([]);
  expect(seen.errors).toEqual([]);
});

it('ignores a look-alike token field outside GitLab\'s containers and puts no secret into the page', async () => {
  const gl17 = await startGitLab({ ui: '17.6' });
  const other = await launchWithExtension({ hostResolverRules: `MAP gitlab.com 127.0.0.1:${gl17.port}` });
  try {
    const page = await other.context.newPage();
    const seen = await watched(page);
    await page.goto(gitlabUrl(gl17, '/acme/backend/-/settings/access_tokens'));
    // Page content (say, a rendered description) that copies GitLab's ids and test ids.
    await page.evaluate(() => {
      const fake = document.createElement('div');
      fake.className = 'md';
      fake.innerHTML =
        '<div class="input-group"><input id="new-access-token" data-testid="created-access-token-field" value="glpat-hostileLookAlike00">' +
        '<button data-clipboard-text="glpat-hostileLookAlike00"></button></div>';
      document.querySelector('main, body')!.prepend(fake);
    });
    await page.locator('#resource_access_token_name').waitFor({ state: 'attached' });
    // The form helper is placed when the watcher starts: from then on it has seen the look-alike,
    // in its first look at the page or as the insertion happened (a MutationObserver, no timer).
    await page.locator('[data-docker-auth-config-form-helper]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-docker-auth-config-button]').count()).toBe(0);

    await page.click('[data-testid="add-new-token-button"]');
    await page.fill('#resource_access_token_name', 'real');
    await page.locator('#resource_access_token_scopes_read_registry').evaluate((input: HTMLInputElement) => input.click());
    await page.click('[data-testid="create-token-button"]');
    await page.locator('[data-docker-auth-config-button]').waitFor();
    const token = gl17.state().tokens.filter((t) => t.kind === 'project').at(-1)!.token;

    // Where the secret is in the page's own DOM (GitLab's copy button), before and after our UI.
    const inAttributes = () =>
      page.evaluate((needle) => {
        let count = 0;
        for (const element of Array.from(document.querySelectorAll('*'))) {
          for (const attribute of Array.from(element.attributes)) if (attribute.value.includes(needle)) count += 1;
        }
        return { count, url: location.href.includes(needle) };
      }, token);
    const before = await inAttributes();
    await page.locator('[data-docker-auth-config-button]').click();
    const dialog = page.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
    await expect.poll(() => dialog.getByLabel('DOCKER_AUTH_CONFIG', { exact: true }).inputValue()).toContain('"auth":"');
    // The JSON holds GitLab's real token, never the look-alike's.
    const json = JSON.parse(await dialog.getByLabel('DOCKER_AUTH_CONFIG', { exact: true }).inputValue());
    const auth = Buffer.from(json.auths['registry.gitlab.com'].auth, 'base64').toString('utf8');
    expect(auth.endsWith(`:${token}`)).toBe(true);
    expect(await inAttributes()).toEqual(before);
    expect(seen.errors).toEqual([]);
  } finally {
    await other.close();
    await gl17.stop();
  }
});
