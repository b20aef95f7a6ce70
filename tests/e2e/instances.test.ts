import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitLab, type SandboxGitLab } from '../gitlab-sandbox/server/index.ts';
import { launchWithExtension, type ExtensionBrowser } from '../support/extension';
import { createAccessToken } from '../support/gitlab-user';
import { expectVerdict } from '../support/panel';

// Issue 6 end to end: the production build, self-managed GitLab instances added in the options
// page. Two local GitLabs stand in for them: one at the root of gitlab.example.test, one below the
// relative URL root /gitlab of gitlab-root.example.test (Chromium maps both names onto them).
//
// Granting access. Chromium's permission prompt cannot be answered in automation (headless, it
// stays open and permissions.request never settles). So, as a person can, the test first allows
// the site in chrome://extensions (Site access › On specific sites › Add: what
// chrome.developerPrivate.addHostPermission does for that page). A permissions.request for an
// origin the person already allowed there resolves true at once, without a prompt: the options
// page's click handler, its request, the registration and the content scripts are all real.
// The refusal is the only answer a person gives in the prompt itself; that test replaces
// chrome.permissions.request in the options page by one that answers "no" (see below).

const HOST = 'gitlab.example.test';
const ROOT_HOST = 'gitlab-root.example.test';
const ORIGIN = `https://${HOST}`;
const ROOT_ORIGIN = `https://${ROOT_HOST}`;
const GENERATE = '[data-docker-auth-config-button]';

let gl: SandboxGitLab;
let glRoot: SandboxGitLab;
let profileDir: string;
let browser: ExtensionBrowser;
let rules: string;

async function launch() {
  browser = await launchWithExtension({ hostResolverRules: rules, profileDir });
}

/** What a person does in chrome://extensions › Site access › On specific sites › Add a site. */
async function allowSiteInChromeExtensions(origin: string) {
  const page = await browser.context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    ([id, pattern]) => (globalThis as any).chrome.developerPrivate.addHostPermission(id, pattern),
    [browser.extensionId, `${origin}/*`],
  );
  await page.close();
}

async function options(): Promise<Page> {
  const page = await browser.openExtensionPage('options.html');
  await page.getByRole('list', { name: 'GitLab instances' }).waitFor();
  return page;
}

async function addInstance(page: Page, address: string): Promise<string | null> {
  await page.getByLabel('GitLab address').fill(address);
  await page.getByRole('button', { name: 'Add GitLab instance' }).click();
  const outcome = page.locator('[data-outcome]');
  await outcome.waitFor();
  // The outcome line appears only once the browser has answered, with its final attribute and text.
  return outcome.getAttribute('data-outcome');
}

type Registered = { id: string; js?: string[]; matches?: string[]; runAt?: string };
const registered = (page: Page): Promise<Registered[]> =>
  page.evaluate(() => (globalThis as any).chrome.scripting.getRegisteredContentScripts());
const hasAccess = (page: Page, origin: string): Promise<boolean> =>
  page.evaluate((pattern) => (globalThis as any).chrome.permissions.contains({ origins: [pattern] }), `${origin}/*`);
const manifestScripts = (page: Page): Promise<Array<{ js: string[]; run_at: string }>> =>
  page.evaluate(() => (globalThis as any).chrome.runtime.getManifest().content_scripts);

/** Creates a project access token in GitLab's own UI and waits for our button next to it. */
async function tokenPageWithButton(url: string, tokenName: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await createAccessToken(page, '17.6', 'resource_access_token', tokenName);
  await page.locator(GENERATE).waitFor({ timeout: 15_000 });
  return page;
}

beforeAll(async () => {
  gl = await startGitLab({ ui: '17.6', locale: 'en' });
  glRoot = await startGitLab({ ui: '17.6', locale: 'en', relativeRoot: '/gitlab' });
  rules = `MAP ${HOST} 127.0.0.1:${gl.port}, MAP ${ROOT_HOST} 127.0.0.1:${glRoot.port}`;
  profileDir = mkdtempSync(join(tmpdir(), 'dac-instances-profile-'));
  await launch();
});
afterAll(async () => {
  await browser?.close();
  await gl?.stop();
  await glRoot?.stop();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

describe('self-managed GitLab instances', () => {
  it('a refused permission leaves a clear message and registers nothing', async () => {
    const page = await options();
    // The person answers "Deny" in Chromium's prompt, which automation cannot click: only the
    // answer is replaced, the request is still made from the click handler with the origin.
    await page.evaluate(() => {
      const permissions = (globalThis as any).chrome.permissions;
      (globalThis as any).asked = [];
      permissions.request = (request: unknown) => {
        (globalThis as any).asked.push(request);
        return Promise.resolve(false);
      };
    });
    expect(await addInstance(page, ORIGIN)).toBe('refused');
    // settled: the outcome line appeared (addInstance) with its text
    expect(await page.locator('[data-outcome]').textContent()).toMatch(/Access to https:\/\/gitlab\.example\.test was not granted, so nothing was added/);
    expect(await page.evaluate(() => (globalThis as any).asked)).toEqual([{ origins: [`${ORIGIN}/*`] }]);
    expect(await registered(page)).toEqual([]);
    expect(await hasAccess(page, ORIGIN)).toBe(false);
    expect(await page.locator('li.instance').count()).toBe(1); // gitlab.com only
    await page.close();
  });

  it('adds https://gitlab.example.test: the same scripts as the manifest, the button there, styled', async () => {
    await allowSiteInChromeExtensions(ORIGIN);
    const page = await options();
    expect(await addInstance(page, ORIGIN)).toBe('added');
    await page.locator(`li.instance[data-origin="${ORIGIN}"]`).waitFor();

    const scripts = await registered(page);
    const shipped = await manifestScripts(page);
    expect(scripts.map((script) => script.js)).toEqual(expect.arrayContaining(shipped.map((script) => script.js)));
    expect(scripts).toHaveLength(shipped.length);
    for (const script of scripts) {
      expect(script.id.startsWith(`dac:${ORIGIN}:`)).toBe(true);
      expect(script.runAt).toBe(shipped.find((entry) => entry.js[0] === script.js![0])!.run_at);
      expect(script.matches!.every((match) => match.startsWith(`${ORIGIN}/`))).toBe(true);
    }
    expect(scripts.find((script) => script.id.endsWith(':token-pages'))!.matches).toContain(`${ORIGIN}/*/-/settings/access_tokens*`);

    const gitlab = await tokenPageWithButton(`${ORIGIN}/acme/backend/-/settings/access_tokens`, 'ci-one');
    // GitLab's own button classes, so GitLab's CSS styles it as one of its buttons.
    // settled: the button is made with its classes before it is put into the page
    expect(await gitlab.locator(GENERATE).getAttribute('class')).toContain('gl-button');
    await gitlab.locator(GENERATE).click();
    const dialog = gitlab.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
    await dialog.waitFor();
    // The panel's own CSS (inline in its shadow root) applies on an origin added at runtime.
    const style = await dialog.evaluate((panel) => {
      const textarea = panel.querySelector('textarea')!;
      return {
        inShadowRoot: panel.getRootNode() instanceof ShadowRoot,
        panelRadius: getComputedStyle(panel).borderTopLeftRadius,
        panelBackground: getComputedStyle(panel).backgroundColor,
        textareaFont: getComputedStyle(textarea).fontFamily,
      };
    });
    expect(style).toEqual({
      inShadowRoot: true,
      panelRadius: '8px',
      panelBackground: 'rgb(255, 255, 255)',
      textareaFont: 'ui-monospace, monospace',
    });
    await expect.poll(() => dialog.getByLabel('Registry', { exact: true }).inputValue()).not.toBe('');
    await gitlab.close();
    await page.close();
  });

  it('adds one below a relative URL root: https://gitlab-root.example.test/gitlab', async () => {
    await allowSiteInChromeExtensions(ROOT_ORIGIN);
    const page = await options();
    expect(await addInstance(page, `${ROOT_ORIGIN}/gitlab/`)).toBe('added');
    await page.getByRole('heading', { name: `${ROOT_ORIGIN}/gitlab` }).waitFor();
    const tokenPages = (await registered(page)).find((script) => script.id === `dac:${ROOT_ORIGIN}:token-pages`)!;
    expect(tokenPages.matches).toContain(`${ROOT_ORIGIN}/gitlab/-/user_settings/personal_access_tokens*`);
    expect(tokenPages.matches).toContain(`${ROOT_ORIGIN}/gitlab/*/-/settings/access_tokens*`);

    const gitlab = await tokenPageWithButton(`${ROOT_ORIGIN}/gitlab/acme/backend/-/settings/access_tokens`, 'ci-root');
    await gitlab.locator(GENERATE).click();
    const dialog = gitlab.getByRole('dialog', { name: 'DOCKER_AUTH_CONFIG' });
    // The background reached the API below the relative root for the registry.
    await expect.poll(() => dialog.getByLabel('Registry', { exact: true }).inputValue()).toBe(glRoot.registryHost);
    await expect.poll(() => dialog.getByLabel('Username', { exact: true }).inputValue()).not.toBe('');
    // ...and /jwt/auth below it to verify the new token.
    await expectVerdict(dialog, 'valid');
    await gitlab.close();

    // The personal token page sits right below the root: only a pattern with the root serves it.
    const personal = await browser.context.newPage();
    await personal.goto(`${ROOT_ORIGIN}/gitlab/-/user_settings/personal_access_tokens`);
    await personal.click('[data-testid="add-new-token-button"]');
    await personal.fill('#token-create-form input[name="name"]', 'personal-root');
    await personal.locator('#token-create-form [data-testid="read_registry-checkbox"]').evaluate((input: HTMLInputElement) => {
      if (!input.checked) input.click();
    });
    await personal.click('#token-create-form [data-testid="create-token-button"]');
    await personal.locator(GENERATE).waitFor({ timeout: 15_000 });
    await personal.close();
    await page.close();
  });

  it('still serves both after a browser restart with the same profile, restored at start-up', async () => {
    // Persisted registrations survive a restart by themselves; to see that start-up restores
    // them too (as after an update, when the browser may drop them), ours are dropped first.
    const before = await options();
    await before.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const ours = (await chrome.scripting.getRegisteredContentScripts()).filter((script: { id: string }) => script.id.startsWith('dac:'));
      await chrome.scripting.unregisterContentScripts({ ids: ours.map((script: { id: string }) => script.id) });
    });
    expect(await registered(before)).toEqual([]);
    await browser.close(); // keeps profileDir: the test owns it
    await launch();

    const page = await options();
    const names = (await manifestScripts(page)).map((script) => script.js[0]!.replace(/^.*\/|\.js$/g, ''));
    const expected = [ORIGIN, ROOT_ORIGIN].flatMap((origin) => names.map((name) => `dac:${origin}:${name}`)).sort();
    await expect.poll(async () => (await registered(page)).map((script) => script.id).sort(), { timeout: 10_000 }).toEqual(expected);
    expect(await hasAccess(page, ORIGIN)).toBe(true);
    await page.close();
    await (await tokenPageWithButton(`${ORIGIN}/acme/backend/-/settings/access_tokens`, 'after-restart')).close();
    await (await tokenPageWithButton(`${ROOT_ORIGIN}/gitlab/acme/backend/-/settings/access_tokens`, 'after-restart')).close();
  });

  it('removing an instance unregisters its scripts and gives its access back', async () => {
    const page = await options();
    await page.getByRole('button', { name: `Remove ${ORIGIN}` }).click();
    await page.locator(`li.instance[data-origin="${ORIGIN}"]`).waitFor({ state: 'detached' });
    await expect.poll(async () => (await registered(page)).map((script) => script.id).filter((id) => id.includes(HOST))).toEqual([]);
    expect((await registered(page)).some((script) => script.id.startsWith(`dac:${ROOT_ORIGIN}:`))).toBe(true);
    // Given back after the scripts are unregistered (polled above): it may come a moment later.
    await expect.poll(() => hasAccess(page, ORIGIN), { message: `access to ${ORIGIN} given back` }).toBe(false);

    const gitlab = await browser.context.newPage();
    await gitlab.goto(`${ORIGIN}/acme/backend/-/settings/access_tokens`);
    await createAccessToken(gitlab, '17.6', 'resource_access_token', 'after-removal');
    const shown = gl.state().tokens.find((token) => token.name === 'after-removal')!.token;
    browser.allowInGitLabFormState(shown, 'GitLab shows its new token in its own field on an instance the extension was removed from');
    await gitlab.locator('#new-access-token, #created-personal-access-token').first().waitFor({ state: 'attached' });
    await gitlab.waitForTimeout(1500);
    expect(await gitlab.locator(GENERATE).count()).toBe(0);
    await gitlab.close();
    await page.close();
  });
});
