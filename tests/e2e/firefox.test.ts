import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startGitLab, type SandboxGitLab, type Ui } from '../gitlab-sandbox/server/index.ts';
import { badInputs } from '../support/bad-inputs';
import { launchFirefoxWithExtension, IN_PANEL, type FirefoxWithExtension } from '../support/firefox';
import { GENERATIONS } from '../support/generations';
import { expectedJson, expectedVariable, storedVariable, tokenDescription } from '../support/gitlab-variables';
import { rememberSecret } from '../support/secret-ledger';
import { shellRecipeAuth } from '../support/shell-recipe';

// The main flows of the Chromium suite, in Debian's firefox-esr with the Firefox build
// (.output/firefox-mv3) installed as a temporary add-on, driven through WebDriver BiDi.
// Firefox resolves every host to 127.0.0.1 here, so the local GitLab listens on port 443 and
// the pages are https://gitlab.com/... exactly as the manifest's content scripts match them.

const GENERATE = '[data-docker-auth-config-button]';
const FILLED = '[data-docker-auth-config-status="filled"]';

let firefox: FirefoxWithExtension;
beforeAll(async () => {
  firefox = await launchFirefoxWithExtension();
});
afterAll(async () => {
  // Throws if a secret is at rest in the profile; the session store must have been read.
  const { sessionStore } = await firefox.close();
  expect(sessionStore).toContain('https://gitlab.com/acme/backend/-/settings/access_tokens');
});

/** The id of the input our own label names (the extension's pages, never GitLab's markup). */
async function inputLabelled(page: Page, text: string): Promise<string> {
  const id = await page.$$eval('label', (labels, wanted) => labels.find((label) => label.textContent?.trim() === wanted)?.htmlFor ?? '', text);
  if (!id) throw new Error(`no field labelled ${text}`);
  return `[id="${id}"]`;
}

const valueOf = (page: Page, selector: string) => page.$eval(selector, (element) => (element as HTMLInputElement).value);

/** Clicks the extension's own button with this text (its words, never GitLab's), in `scope`. */
async function clickButton(page: Page, text: string, scope = IN_PANEL('button')) {
  for (const button of await page.$$(scope)) {
    if ((await button.evaluate((element) => element.textContent?.trim())) === text) {
      await button.click();
      return;
    }
  }
  throw new Error(`no ${text} button in ${scope}`);
}

describe('popup builder in Firefox', () => {
  it('builds the JSON the shell recipe gives from what a person types', async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    await popup.locator(await inputLabelled(popup, 'Registry')).fill('https://Registry.Example.com:5050/');
    await popup.locator(await inputLabelled(popup, 'Username')).fill('alice');
    await popup.locator(await inputLabelled(popup, 'Token')).fill('  glpat-abcdefghijklmnopqrst ');
    await expect
      .poll(() => valueOf(popup, '#result'))
      .toBe(`{"auths":{"registry.example.com:5050":{"auth":"${shellRecipeAuth('alice', 'glpat-abcdefghijklmnopqrst')}"}}}`);
    await popup.close();
  });

  it('says what is wrong with a bad registry and offers nothing to copy', async () => {
    const bad = badInputs().find((row) => row.field === 'Registry' && row.input === 'registry example.com');
    if (!bad) throw new Error('the bad-input table has no "registry example.com" row');
    const popup = await firefox.openExtensionPage('popup.html');
    const registry = await inputLabelled(popup, 'Registry');
    await popup.locator(await inputLabelled(popup, 'Username')).fill('alice');
    await popup.locator(await inputLabelled(popup, 'Token')).fill('glpat-abcdefghijklmnopqrst');
    await popup.locator(registry).fill(bad.input);
    await popup.$eval(registry, (input) => (input as HTMLInputElement).blur());
    await expect.poll(() => popup.$eval(registry, (input) => input.getAttribute('aria-invalid'))).toBe('true');
    const describedBy = await popup.$eval(registry, (input) => input.getAttribute('aria-describedby'));
    await expect.poll(() => popup.$eval(`[id="${describedBy}"]`, (element) => element.textContent), { message: 'the message next to Registry' }).toContain(bad.message);
    // settled: the popup has judged the field (aria-invalid, above) in the render that gives the JSON
    expect(await valueOf(popup, '#result')).toBe('');
    await popup.close();
  });
});

/** Creates a project access token with read_registry in GitLab's own form (ids, not text). */
async function createProjectToken(page: Page, ui: Ui, name: string) {
  await page.waitForSelector('#resource_access_token_name', { visible: false });
  // From 16.6 on the form stays folded until "Add new token" is clicked.
  if (!(await page.$eval('#resource_access_token_name', (input) => (input as HTMLElement).offsetParent !== null))) {
    if (ui === '15.11') throw new Error('the 15.11 token form should be unfolded');
    await page.click('[data-testid="add-new-token-button"]');
  }
  await page.locator('#resource_access_token_name').fill(name);
  await page.$eval('#resource_access_token_scopes_read_registry', (input) => {
    if (!(input as HTMLInputElement).checked) (input as HTMLInputElement).click();
  });
  await page.select('#resource_access_token_access_level', '20');
  await page.click('[data-testid="create-token-button"], [data-qa-selector="create_token_button"]');
}

async function openTokenPanel(page: Page) {
  await page.locator(GENERATE).click();
  await page.waitForSelector(IN_PANEL('#dac-registry'));
  await expect.poll(() => valueOf(page, IN_PANEL('#dac-username'))).not.toBe('');
}

// 18.6 shows a new token in place (its value only in the input's property); 15.11 reloads the
// page with the token in it, which the content script must catch from document_start.
for (const ui of (['15.11', '18.6'] as const).filter((version) => GENERATIONS.includes(version))) {
  describe(`GitLab ${ui} in Firefox`, () => {
    let gl: SandboxGitLab;
    beforeAll(async () => {
      gl = await startGitLab({ ui, locale: 'en', port: 443 });
    });
    afterAll(async () => {
      await gl?.stop();
    });

    it('captures a new project token, builds its JSON with the bot user, and Verify says valid', async () => {
      const page = await firefox.browser.newPage();
      await page.goto('https://gitlab.com/acme/backend/-/settings/access_tokens');
      await createProjectToken(page, ui, `firefox-${ui}`);
      await openTokenPanel(page);
      const token = gl.state().tokens.findLast((t) => t.kind === 'project')!;
      // The bot's username came from GitLab's API: the background's requests carry the session.
      await expect.poll(() => valueOf(page, IN_PANEL('#dac-username')), { message: 'Username prefilled from the bot user' }).toBe(token.username);
      await expect.poll(() => valueOf(page, IN_PANEL('textarea'))).toBe(expectedJson(gl.registryHost, token.username, token.token));
      await clickButton(page, 'Verify');
      await expect.poll(() => page.$eval(IN_PANEL('[data-verdict]'), (element) => element.getAttribute('data-verdict')).catch(() => null)).toBe('valid');
      await page.close();
    });

    it(`Fill CI/CD variable fills GitLab's form (${ui === '18.6' ? 'the newest drawer' : 'the modal GitLab creates on demand'}), type File, and GitLab stores the JSON`, async () => {
      const page = await firefox.browser.newPage();
      await page.goto('https://gitlab.com/acme/backend/-/settings/access_tokens');
      await createProjectToken(page, ui, 'firefox-handoff');
      await openTokenPanel(page);
      const token = gl.state().tokens.findLast((t) => t.kind === 'project')!;
      const json = expectedJson(gl.registryHost, token.username, token.token);
      await expect.poll(() => valueOf(page, IN_PANEL('textarea'))).toBe(json);

      const opened = firefox.browser.waitForTarget((target) => target.url().includes('/-/settings/ci_cd'));
      await clickButton(page, 'Fill CI/CD variable');
      const settings = (await (await opened).page())!;
      await settings.waitForSelector(FILLED);
      await expect.poll(() => valueOf(settings, 'textarea#ci-variable-value'), { message: "GitLab's value field after the fill" }).toBe(json);
      // Once Firefox's session store holds this tab, filled, nothing in the profile holds the JSON
      // or the token (scanNow throws otherwise). Firefox collects a page's form fields after a
      // person's input, which the control test below shows the scan finds; GitLab's value field
      // also keeps the autocomplete="off" the extension set, which that collection skips.
      await expect.poll(async () => (await firefox.scanNow()).sessionStore).toContain('https://gitlab.com/acme/backend/-/settings/ci_cd');
      // A locator waits until GitLab's drawer (or modal) has stopped sliding in and the button is enabled.
      await settings.locator('[data-testid="ci-variable-confirm-button"], #add-ci-variable [data-testid="ciUpdateOrAddVariableBtn"]').click();
      await expect.poll(() => storedVariable(gl, 'project')?.value).toBe(json);
      // The description names the new token (issue 15): the background identified it at the hand-off.
      expect(storedVariable(gl, 'project')).toEqual(expectedVariable(ui, json, gl.registryHost, false, tokenDescription(token)));
      await settings.close();
      await page.close();
    });

    it.runIf(ui === '18.6')("the Firefox at-rest scan finds a secret Firefox's session store keeps (the control)", async () => {
      // A field GitLab does not mark autocomplete="off", typed into by hand: Firefox's session
      // store keeps it, so the scan must find it there, decoded from mozLz4.
      const secret = 'glpat-FirefoxSessionCanary42';
      rememberSecret(secret, 'typed into a GitLab field on purpose, to be found');
      const other = await launchFirefoxWithExtension();
      try {
        const page = await other.browser.newPage();
        await page.goto('https://gitlab.com/acme/backend/-/settings/access_tokens');
        await page.click('[data-testid="add-new-token-button"]');
        await page.locator('#resource_access_token_name').fill(secret);
        const verdict = () => other.scanNow().then(() => 'clean', (error: Error) => error.message);
        await expect.poll(verdict).toMatch(/sessionstore.*\(decoded\): .*typed into a GitLab field on purpose/);
      } finally {
        await other.close().catch(() => undefined); // it holds the canary, on purpose
      }
    });

    it.runIf(ui === '18.6')('Add to existing merges through GitLab\'s API: writes carry the session and CSRF token', async () => {
      const other = '{"auths":{"other.example:5000":{"auth":"b3RoZXI6c2VjcmV0"}}}';
      gl.setVariable({ group: 'acme' }, { key: 'DOCKER_AUTH_CONFIG', value: other, variable_type: 'file', raw: true });
      const page = await firefox.browser.newPage();
      await page.goto('https://gitlab.com/groups/acme/-/settings/ci_cd#ci-variables');
      await page.locator(GENERATE).click();
      await expect.poll(() => valueOf(page, IN_PANEL('#dac-registry'))).not.toBe('');
      const credentials = { registry: 'registry.example.com:5050', username: 'deployer', secret: 'glpat-firefoxfirefox0001' };
      await page.locator(IN_PANEL('#dac-token')).fill(credentials.secret);
      await page.locator(IN_PANEL('#dac-registry')).fill(credentials.registry);
      await page.locator(IN_PANEL('#dac-username')).fill(credentials.username);
      const entry = `"${credentials.registry}":{"auth":"${shellRecipeAuth(credentials.username, credentials.secret)}"}`;
      await expect.poll(() => valueOf(page, IN_PANEL('textarea'))).toBe(`{"auths":{${entry}}}`);
      await clickButton(page, 'Add to existing');
      await expect.poll(() => storedVariable(gl, 'group')?.value).toBe(other.replace('}}}', `},${entry}}}`));
      await page.close();
    });
  });
}

// Self-managed GitLab in Firefox: added in the options page, its access granted at runtime, its
// content scripts registered with scripting.registerContentScripts (Firefox's match patterns take
// no port), and the token page on that host getting the button with the bot user from its API.
describe.runIf(GENERATIONS.includes('17.6'))('self-managed GitLab in Firefox (17.6)', () => {
  const HOST = 'gitlab.example.test';
  let gl: SandboxGitLab;
  let granting: FirefoxWithExtension;
  beforeAll(async () => {
    gl = await startGitLab({ ui: '17.6', locale: 'en', port: 443 });
    granting = await launchFirefoxWithExtension({ grantOptionalPermissions: true });
  });
  afterAll(async () => {
    await granting?.close();
    await gl?.stop();
  });

  it('adds the instance, registers its scripts, and its token page gets the button', async () => {
    const options = await granting.openExtensionPage('options.html');
    await options.locator(await inputLabelled(options, 'GitLab address')).fill(`https://${HOST}`);
    await clickButton(options, 'Add GitLab instance', 'button');
    await options.waitForSelector('[data-outcome]');
    // The outcome line appears only once the browser has answered, with its final attribute and text.
    const outcome = await options.$eval('[data-outcome]', (element) => `${element.getAttribute('data-outcome')}: ${element.textContent}`);
    expect(outcome).toMatch(/^added: /);
    await options.close();

    const page = await granting.browser.newPage();
    await page.goto(`https://${HOST}/acme/backend/-/settings/access_tokens`);
    await createProjectToken(page, '17.6', 'firefox-self-managed');
    await openTokenPanel(page);
    const token = gl.state().tokens.findLast((t) => t.kind === 'project')!;
    await expect.poll(() => valueOf(page, IN_PANEL('#dac-username')), { message: "Username prefilled from the bot user (this GitLab's API)" }).toBe(token.username);
    await page.close();
  });
});
