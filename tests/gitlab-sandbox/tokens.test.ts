import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { startGitLab, UIS, type SandboxGitLab, type Ui } from './server/index.ts';
import { gitlabUrl, launchAgainst } from './server/browser.ts';
import { sandboxRequest } from './server/request.ts';

// Token creation through the real pages of each generation in headless Chromium (no extension),
// asserting where GitLab exposes the secret and how its components behave
// (docs/gitlab-compatibility.md). Needs `npm run build:sandbox`.

// `npm test` builds the Vue apps first; a missing build is a failure, never a skip.
if (!existsSync(new URL('./dist/tokens.js', import.meta.url))) throw new Error('Run `npm run build:sandbox` first.');

/** Checks a checkbox the way scripts do (GitLab's custom-control inputs are visually hidden). */
const check = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLInputElement).checked || (el as HTMLInputElement).click());
const newer = (ui: Ui) => ui === '16.6' || ui === '17.6' || ui === '18.6';
/** 17.6 and 18.6: copy buttons without data-clipboard-text, copying through navigator.clipboard. */
const newest = (ui: Ui) => ui === '17.6' || ui === '18.6';
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
  // settled: the form is in the page's HTML, its test ids with it
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
    // settled: 15.0 shows the token in the HTML of the page it loads after the form is sent
    expect(await input.inputValue()).toBe(attr);
    return attr!;
  }
  const selector = ui === '15.11' ? '#new-access-token[data-qa-selector="created_access_token_field"]' : '#new-access-token[data-testid="created-access-token-field"]';
  const input = page.locator(selector);
  await input.waitFor({ state: 'attached' });
  // settled: Vue creates the field with its attributes before it puts it into the page
  expect(await input.getAttribute('name')).toBe('new-access-token');
  // Vue sets the value property, never the attribute.
  // settled: as above, the field came in whole
  expect(await input.getAttribute('value')).toBeNull();
  const prop = await input.evaluate((el) => (el as HTMLInputElement).value);
  const copyButton = page.locator(ui === '15.11' ? '[data-qa-selector="clipboard_button"]' : '[data-testid="clipboard-button"]');
  if (ui === '15.11') {
    expect(prop).toMatch(/^\*+$/); // hidden: asterisks; the secret is only in the copy button
    return (await copyButton.getAttribute('data-clipboard-text'))!;
  }
  // 16.6 still has the older copy button with the secret; the newest has none.
  // settled: the copy button is rendered with the field (waited for above), in the same alert
  expect(await copyButton.getAttribute('data-clipboard-text')).toBe(newest(ui) ? null : prop);
  if (newest(ui)) {
    expect(await input.evaluate((el) => Boolean(el.closest('[data-testid="access-token-section"] > .gl-alert[data-testid="success-message"]')))).toBe(true);
  }
  return prop;
}

/** Fills and submits the deploy token form of any generation (a name and read_registry). */
async function submitDeployTokenForm(page: Page, ui: Ui, name: string) {
  await page.fill('#deploy_token_name', name);
  await check(page, '#deploy_token_read_registry');
  await page.click(ui === '15.0' ? 'input[type=submit][data-qa-selector="create_deploy_token_button"]' : ui === '15.11' ? '[data-qa-selector="create_deploy_token_button"]' : '[data-testid="create-deploy-token"]');
}

/** 17.6+ personal tokens page: opens the shared app's form and creates a read_registry token. */
async function createSharedAppToken(page: Page, name: string) {
  await page.click('[data-testid="add-new-token-button"]');
  await page.fill('#token-create-form input[name="name"]', name);
  await check(page, '#token-create-form [data-testid="read_registry-checkbox"]');
  await page.click('#token-create-form [data-testid="create-token-button"]');
}

/** Where the Vue generations show a new deploy token (the display that stays for further tokens). */
const deployDisplay = (ui: Ui) =>
  ui === '15.11' ? '.created-deploy-token-container' : ui === '18.6' ? '#new-deploy-token-alert' : '[data-testid="deploy-token-success-alert"]';

/** The value property of the first element matching `selector`, or null (never waits). */
const valueOf = (page: Page, selector: string) => page.evaluate((sel) => document.querySelector<HTMLInputElement>(sel)?.value ?? null, selector);

/** What the clipboard holds, read the way a page reads it (needs the clipboard permissions). */
const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/**
 * Marks the input shown in `display` and records every mutation inside the display from now on,
 * so that a later `displayChanges` can tell whether a new token arrived in the same node and
 * what the DOM announced.
 */
async function watchDisplay(page: Page, display: string, input: string): Promise<void> {
  await page.evaluate(
    ([displaySelector, inputSelector]) => {
      const root = document.querySelector(displaySelector!)!;
      const field = root.querySelector(inputSelector!) as HTMLInputElement & { sandboxMark?: string };
      field.sandboxMark = 'first token';
      const seen: { type: string; onInput: boolean; attribute: string | null; added: number }[] = [];
      const observer = new MutationObserver((records) => {
        for (const r of records) seen.push({ type: r.type, onInput: r.target === field, attribute: r.attributeName, added: r.addedNodes.length });
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      (window as unknown as { sandboxWatch: unknown }).sandboxWatch = { observer, seen, field };
    },
    [display, input],
  );
}

interface DisplayChanges {
  sameNode: boolean;
  value: string;
  inputAttributeChanges: string[];
  addedNodes: number;
  attributeChanges: string[];
}

async function displayChanges(page: Page, display: string, input: string): Promise<DisplayChanges> {
  return page.evaluate(
    ([displaySelector, inputSelector]) => {
      const watch = (window as unknown as { sandboxWatch: { observer: MutationObserver; seen: { type: string; onInput: boolean; attribute: string | null; added: number }[]; field: HTMLInputElement } }).sandboxWatch;
      for (const r of watch.observer.takeRecords()) watch.seen.push({ type: r.type, onInput: r.target === watch.field, attribute: r.attributeName, added: r.addedNodes.length });
      const now = document.querySelector(displaySelector!)?.querySelector(inputSelector!) as (HTMLInputElement & { sandboxMark?: string }) | null;
      return {
        sameNode: now === watch.field && now.sandboxMark === 'first token',
        value: watch.field.value,
        inputAttributeChanges: watch.seen.filter((m) => m.type === 'attributes' && m.onInput).map((m) => m.attribute ?? ''),
        addedNodes: watch.seen.reduce((sum, m) => sum + m.added, 0),
        attributeChanges: watch.seen.filter((m) => m.type === 'attributes').map((m) => m.attribute ?? ''),
      };
    },
    [display, input],
  );
}

/** expect.poll options: a name for what is awaited, and room for a busy machine. */
const settles = (message: string) => ({ message, timeout: 20_000 });

describe('token pages in Chromium', () => {
  for (const ui of UIS) {
    describe(`GitLab ${ui}`, () => {
      let gl: SandboxGitLab;
      let browser: BrowserContext;
      let page: Page;
      beforeAll(async () => {
        gl = await startGitLab({ ui, locale: 'en', relativeRoot: '' });
        browser = await launchAgainst(gl);
        // The newest copy buttons write through navigator.clipboard; the tests read it back.
        await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://gitlab.com' });
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

      if (ui === '15.0') {
        it('the token form is a classic POST with the authenticity_token field, and the next page shows the token', async () => {
          await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
          const csrf = await page.getAttribute('meta[name="csrf-token"]', 'content');
          // settled: the form is in the page's HTML, loaded before goto returned
          expect(await page.getAttribute('#js-new-access-token-form', 'data-remote')).toBeNull();
          const requestSeen = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/acme/backend/-/settings/access_tokens'));
          await submitTokenForm(page, ui, 'resource_access_token', 'classic');
          const request = await requestSeen;
          expect(request.resourceType()).toBe('document');
          expect(new URLSearchParams(request.postData() ?? '').get('authenticity_token')).toBe(csrf);
          expect(await readShownToken(page, ui)).toBe(gl.state().tokens.at(-1)!.token);
        });
      } else {
        it('the token form is submitted by Rails-UJS: an XHR with X-CSRF-Token from the meta tag, ajax:success detail [data, status, xhr]', async () => {
          await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
          const csrf = await page.getAttribute('meta[name="csrf-token"]', 'content');
          expect(csrf).toBeTruthy();
          // settled: the form is in the page's HTML, loaded before goto returned
          expect(await page.getAttribute('#js-new-access-token-form', 'data-remote')).toBe('true');
          // As Rails renders remote forms: no authenticity_token field, the header carries it.
          expect(await page.locator('#js-new-access-token-form input[name="authenticity_token"]').count()).toBe(0);
          await page.evaluate(() => {
            document.querySelector('#js-new-access-token-form')!.addEventListener('ajax:success', (event) => {
              const detail = (event as CustomEvent).detail as unknown[];
              const data = detail[0] as { new_token?: string } | null;
              (window as unknown as { ujsSuccess: unknown }).ujsSuccess = {
                length: detail.length,
                newToken: data?.new_token ?? null,
                status: detail[1],
                fromXhr: detail[2] instanceof XMLHttpRequest,
              };
            });
          });
          const requestSeen = page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/acme/backend/-/settings/access_tokens'));
          await submitTokenForm(page, ui, 'resource_access_token', 'through ujs');
          const request = await requestSeen;
          expect(request.resourceType()).toBe('xhr');
          const headers = await request.allHeaders();
          expect(headers['x-csrf-token']).toBe(csrf);
          expect(headers['x-requested-with']).toBe('XMLHttpRequest');
          expect(headers['content-type']).toBe('application/x-www-form-urlencoded; charset=UTF-8');
          const sent = new URLSearchParams(request.postData() ?? '');
          expect(sent.get('resource_access_token[name]')).toBe('through ujs');
          expect(sent.get('authenticity_token')).toBeNull();
          const secret = await readShownToken(page, ui);
          expect(gl.state().tokens.at(-1)).toMatchObject({ name: 'through ujs', token: secret });
          await expect
            .poll(() => page.evaluate(() => (window as unknown as { ujsSuccess?: unknown }).ujsSuccess ?? null), settles('the ajax:success detail NewAccessTokenApp read'))
            .toEqual({ length: 3, newToken: secret, status: 'OK', fromXhr: true });
        });

        it('a second token is patched into the same input (.value, no attribute change on it, no node added)', async () => {
          await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
          await submitTokenForm(page, ui, 'resource_access_token', 'first');
          const first = await readShownToken(page, ui);
          const display = newest(ui) ? '[data-testid="access-token-section"]' : '.gl-form-group:has(#new-access-token)';
          await watchDisplay(page, display, '#new-access-token');
          await submitTokenForm(page, ui, 'resource_access_token', 'second');
          await expect.poll(() => gl.state().tokens.at(-1)!.name, settles('the newest stored token')).toBe('second');
          const second = gl.state().tokens.at(-1)!.token;
          expect(second).not.toBe(first);
          if (ui === '15.11') {
            // Asterisks in the input (same length); the secret reaches the older copy button.
            await expect.poll(() => page.getAttribute('[data-qa-selector="clipboard_button"]', 'data-clipboard-text'), settles('the copy button')).toBe(second);
          } else {
            await expect.poll(() => valueOf(page, '#new-access-token'), settles('the shown token')).toBe(second);
          }
          const changes = await displayChanges(page, display, '#new-access-token');
          expect(changes.sameNode, 'the input that showed the first token shows the second').toBe(true);
          expect(changes.addedNodes).toBe(0);
          expect(changes.inputAttributeChanges).toEqual([]);
          // The older copy button's data-clipboard-text is the only attribute that changes; the newest has none.
          expect([...new Set(changes.attributeChanges)]).toEqual(newest(ui) ? [] : ['data-clipboard-text']);
          expect(await readShownToken(page, ui)).toBe(second);
          expect(await page.locator('#new-access-token').count()).toBe(1);
        });
      }

      it('group access token page works the same', async () => {
        await page.goto(gitlabUrl(gl, '/groups/acme/-/settings/access_tokens'));
        const initial = await page.evaluate(() => document.body.dataset.page);
        expect(initial).toBe('groups:settings:access_tokens:index');
        await submitTokenForm(page, ui, 'resource_access_token', 'group pull');
        const secret = await readShownToken(page, ui);
        expect(gl.state().tokens.find((t) => t.token === secret)!.username).toMatch(/^group_10_bot_[0-9a-f]+$/);
      });

      it('group pages carry no data-namespace-id in <body>; project pages do', async () => {
        for (const path of ['/groups/acme/-/settings/access_tokens', '/groups/acme/-/settings/repository', '/groups/acme/-/settings/ci_cd']) {
          await page.goto(gitlabUrl(gl, path));
          const body = await page.evaluate(() => ({ ...document.body.dataset }));
          expect(body, path).not.toHaveProperty('namespaceId');
          expect(body.group, path).toBe('acme');
          expect(body.groupFullPath, path).toBe(newer(ui) ? 'acme' : undefined);
          // The page still names its group where a person sees it.
          // settled: GitLab renders the sidebar title in the page's HTML, loaded before goto returned
          expect(await page.textContent('[data-testid="sidebar-context-title"]'), path).toBe('Acme');
        }
        await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
        expect(await page.evaluate(() => ({ ...document.body.dataset }))).toMatchObject({ projectId: '42', namespaceId: '10', group: 'acme' });
      });

      it('personal access token', async () => {
        await page.goto(gitlabUrl(gl, '/-/profile/personal_access_tokens'));
        const dataPage = await page.evaluate(() => document.body.dataset.page);
        let secret: string;
        if (ui === '17.6') {
          expect(dataPage).toBe('user_settings:personal_access_tokens:index');
          await createSharedAppToken(page, 'mine');
          const field = page.locator('.gl-alert-success input#access-token-field[name="access-token-field"][data-testid="access-token-field"]');
          await field.waitFor({ state: 'attached' });
          // settled: Vue creates the field with its attributes before it puts it into the page
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
          // settled: the field comes with its attributes (no id)
          expect(await field.getAttribute('id')).toBeNull();
          expect(await page.locator('#token-create-form').count()).toBe(0);
          secret = await field.evaluate((el) => (el as HTMLInputElement).value);
          // The separate copy button copies through navigator.clipboard: no secret in it.
          // settled: the copy button is rendered with the field (waited for above), without the attribute
          expect(await page.locator('[data-testid="copy-token-button"]').getAttribute('data-clipboard-text')).toBeNull();
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
        await submitDeployTokenForm(page, ui, 'ci pull');
        let username: string;
        let secret: string;
        if (ui === '15.0') {
          await page.waitForSelector('.created-deploy-token-container #deploy-token');
          expect(await page.evaluate(() => document.body.dataset.page)).toBe('projects:settings:repository:create_deploy_token');
          username = (await page.locator('#deploy-token-user').getAttribute('value'))!;
          secret = (await page.locator('#deploy-token').getAttribute('value'))!;
        } else {
          const display = deployDisplay(ui);
          const tokenInput = page.locator(`${display} input[name="deploy-token"]`);
          await tokenInput.waitFor({ state: 'attached' });
          // settled: the field comes with its attributes (no value attribute)
          expect(await tokenInput.getAttribute('value')).toBeNull();
          username = await page.locator(`${display} input[name="deploy-token-user"]`).evaluate((el) => (el as HTMLInputElement).value);
          secret = await tokenInput.evaluate((el) => (el as HTMLInputElement).value);
          // settled: the field comes with its attributes (no id)
          if (ui !== '15.11') expect(await tokenInput.getAttribute('id')).toBeNull(); // 15.11: generated ids, see below
          // Older copy buttons hold the values; the newest copy through navigator.clipboard.
          expect(await page.locator(`[data-clipboard-text="${secret}"]`).count()).toBe(newest(ui) ? 0 : 1);
          expect(await page.locator(`[data-clipboard-text="${username}"]`).count()).toBe(newest(ui) ? 0 : 1);
        }
        expect(secret).toMatch(gldt);
        expect(username).toMatch(/^gitlab\+deploy-token-\d+$/);
        expect(await jwtStatus(gl, username, secret)).toBe(200);
        expect(await jwtStatus(gl, 'alice', secret)).toBe(401);
      });

      if (ui === '15.11') {
        it('deploy token shown inline: .created-deploy-token-container.info-well, generated ids, no alert, older copy buttons', async () => {
          await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/repository#js-deploy-tokens'));
          await page.waitForSelector('#deploy_token_name');
          // Vue 2 replaced the mount element.
          expect(await page.locator('#js-new-deploy-token').count()).toBe(0);
          await submitDeployTokenForm(page, ui, 'inline');
          const container = '.created-deploy-token-container.info-well';
          // GlFormInput gives itself an id once mounted.
          await page.waitForSelector(`${container} input[name="deploy-token"][id^="gl-form-input-"]`, { state: 'attached' });
          const fields = await page.$$eval(`${container} input`, (inputs) =>
            inputs.map((input) => ({ name: input.getAttribute('name'), id: input.id, attribute: input.getAttribute('value'), value: (input as HTMLInputElement).value })),
          );
          const stored = gl.state().tokens.at(-1)!;
          expect(stored).toMatchObject({ kind: 'deploy', name: 'inline' });
          expect(fields).toEqual([
            { name: 'deploy-token-user', id: expect.stringMatching(/^gl-form-input-\d+$/), attribute: null, value: stored.username },
            { name: 'deploy-token', id: expect.stringMatching(/^gl-form-input-\d+$/), attribute: null, value: stored.token },
          ]);
          expect(fields[0]!.id).not.toBe(fields[1]!.id);
          expect(await page.locator('.gl-alert').count()).toBe(0);
          expect(await page.locator('#new-deploy-token-alert').count()).toBe(0);
          expect(await page.locator('#deploy-token, #deploy-token-user').count()).toBe(0);
          const copyTexts = await page.$$eval(`${container} .input-group-append [data-clipboard-text]`, (buttons) => buttons.map((b) => b.getAttribute('data-clipboard-text')));
          expect(copyTexts).toEqual([stored.username, stored.token]);
        });
      }

      if (ui !== '15.0') {
        it('a second deploy token is patched into the same inputs (.value, no attribute change on them, no node added)', async () => {
          await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/repository#js-deploy-tokens'));
          await submitDeployTokenForm(page, ui, 'first deploy');
          const display = deployDisplay(ui);
          // 15.11's inputs get their generated id right after mounting: wait for it before watching.
          const ready = ui === '15.11' ? `${display} input[name="deploy-token"][id]` : `${display} input[name="deploy-token"]`;
          await page.waitForSelector(ready, { state: 'attached' });
          await watchDisplay(page, display, 'input[name="deploy-token"]');
          await submitDeployTokenForm(page, ui, 'second deploy');
          await expect.poll(() => gl.state().tokens.at(-1)!.name, settles('the newest stored token')).toBe('second deploy');
          const second = gl.state().tokens.at(-1)!;
          await expect.poll(() => valueOf(page, `${display} input[name="deploy-token"]`), settles('the shown deploy token')).toBe(second.token);
          expect(await valueOf(page, `${display} input[name="deploy-token-user"]`)).toBe(second.username);
          const changes = await displayChanges(page, display, 'input[name="deploy-token"]');
          expect(changes.sameNode, 'the input that showed the first token shows the second').toBe(true);
          expect(changes.addedNodes).toBe(0);
          expect(changes.inputAttributeChanges).toEqual([]);
          expect([...new Set(changes.attributeChanges)]).toEqual(newest(ui) ? [] : ['data-clipboard-text']);
          expect(await page.locator('input[name="deploy-token"]').count()).toBe(1);
        });
      }

      if (newest(ui)) {
        it('personal tokens page: a second token is patched into the same input (.value, no attribute change, no node added)', async () => {
          await page.goto(gitlabUrl(gl, '/-/user_settings/personal_access_tokens'));
          const display = '.gl-alert[data-testid="success-message"]';
          await createSharedAppToken(page, 'first personal');
          await page.waitForSelector(`${display} #access-token-field`, { state: 'attached' });
          await watchDisplay(page, display, '#access-token-field');
          await createSharedAppToken(page, 'second personal');
          await expect.poll(() => gl.state().tokens.at(-1)!.name, settles('the newest stored token')).toBe('second personal');
          const second = gl.state().tokens.at(-1)!.token;
          await expect.poll(() => valueOf(page, '#access-token-field'), settles('the shown personal token')).toBe(second);
          const changes = await displayChanges(page, display, '#access-token-field');
          expect(changes).toMatchObject({ sameNode: true, addedNodes: 0, inputAttributeChanges: [], attributeChanges: [] });
        });

        it('copy buttons carry no data-clipboard-text and still put the token on the clipboard', async () => {
          const copies = async (button: string, expected: string) => {
            await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
            await page.click(button);
            await expect.poll(() => clipboardText(page), settles(`the clipboard after clicking ${button}`)).toBe(expected);
          };
          await page.bringToFront();

          await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/access_tokens'));
          await submitTokenForm(page, ui, 'resource_access_token', 'copy me');
          const projectToken = await readShownToken(page, ui);
          expect(await page.locator('[data-clipboard-text]').count()).toBe(0);
          await copies('[data-testid="access-token-section"] [data-testid="clipboard-button"]', projectToken);

          if (ui === '17.6') {
            await page.goto(gitlabUrl(gl, '/-/user_settings/personal_access_tokens'));
            await createSharedAppToken(page, 'copy me too');
            await expect.poll(() => valueOf(page, '#access-token-field'), settles('the shown personal token')).toMatch(glpat);
            const personal = (await valueOf(page, '#access-token-field'))!;
            expect(await page.locator('[data-clipboard-text]').count()).toBe(0);
            await copies('[data-testid="success-message"] [data-testid="clipboard-button"]', personal);
          } else {
            await page.goto(gitlabUrl(gl, '/-/user_settings/personal_access_tokens/legacy/new'));
            await page.fill('#token-create-form input[name="name"]', 'copy me too');
            await check(page, '#token-create-form [data-testid="read_registry-checkbox"]');
            await page.click('#token-create-form [data-testid="create-token-button"]');
            await page.waitForSelector('input[data-testid="created-personal-access-token-field"]', { state: 'attached' });
            const legacy = (await valueOf(page, 'input[data-testid="created-personal-access-token-field"]'))!;
            expect(legacy).toMatch(glpat);
            expect(await page.locator('[data-clipboard-text]').count()).toBe(0);
            await copies('[data-testid="copy-token-button"]', legacy);
          }

          await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/repository#js-deploy-tokens'));
          await submitDeployTokenForm(page, ui, 'copy deploy');
          const display = deployDisplay(ui);
          await page.waitForSelector(`${display} input[name="deploy-token"]`, { state: 'attached' });
          const deploy = gl.state().tokens.at(-1)!;
          expect(deploy.name).toBe('copy deploy');
          expect(await page.locator('[data-clipboard-text]').count()).toBe(0);
          await copies(`${display} .input-group:has(input[name="deploy-token-user"]) .input-group-append button`, deploy.username);
          await copies(`${display} .input-group:has(input[name="deploy-token"]) .input-group-append button`, deploy.token);
        });
      }
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
      // settled: the language, heading and form are in the page's HTML, loaded before goto returned
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      // settled: as above
      expect(await page.textContent('h1')).toBe('Projektzugriffstoken');
      // settled: as above
      expect((await page.textContent('[data-testid="add-new-token-button"]'))!.trim()).toBe('Neues Token hinzufügen');
      // settled: as above
      expect((await page.textContent('[data-testid="create-token-button"]'))!.trim()).toBe('Projektzugriffstoken erstellen');
      await submitTokenForm(page, '16.6', 'resource_access_token', 'Registry');
      const secret = await readShownToken(page, '16.6');
      // settled: the label is created with its text, and textContent waits for it
      expect((await page.textContent('label[for="new-access-token"]'))!.trim()).toBe('Dein neues Projektzugriffstoken');
      expect(secret).toMatch(glpat);
      await page.goto(gitlabUrl(gl, '/acme/backend/-/settings/repository'));
      // The section is collapsed (no hash): the form exists but is not visible.
      await page.waitForSelector('#deploy_token_name', { state: 'attached' });
      // settled: the section is collapsed in the page's HTML and nothing expands it without the hash
      expect(await page.isVisible('#deploy_token_name')).toBe(false);
      // settled: the button is in the page's HTML with its label
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
